package org.galen.index;

import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.galen.core.GalenException;
import org.galen.core.Passage;
import org.galen.core.Source;
import org.galen.ingest.Hashes;

/**
 * Which embedding model made a library's vectors. A question embedded by another model than its
 * passages' finds nonsense neighbours without any error, so a library records its model with each
 * commit ({@link #KEY}) and is opened with that model or not at all.
 */
public final class EmbeddingRecord {
  /** The commit data key of the model that embedded the library's passages. */
  public static final String KEY = "embedding_model";

  /** How many passages are tried when a library written before {@link #KEY} is told by its keys. */
  private static final int SAMPLE = 8;

  private EmbeddingRecord() {}

  /** A library opened with another embedding model than the one its passages were embedded by. */
  public static final class Mismatch extends GalenException {
    private static final long serialVersionUID = 1L;
    private final String recorded;

    Mismatch(String location, String recorded, String asked) {
      super(
          "the library in "
              + location
              + " was embedded with "
              + recorded
              + ", not "
              + asked
              + ": set GALEN_EMBEDDING_MODEL="
              + recorded
              + ", or run `bin/galen reindex` with GALEN_EMBEDDING_MODEL="
              + asked
              + " to embed every passage again with it");
      this.recorded = recorded;
    }

    /** The model the library's passages were embedded with. */
    public String recorded() {
      return recorded;
    }
  }

  /**
   * Checks that a library opened with an embedder was embedded by the same model.
   *
   * @throws Mismatch when it was embedded by another one
   */
  public static void check(SearchBackend library) {
    Optional<Embedder> embedder = library.embedder();
    if (embedder.isEmpty()) {
      return;
    }
    Optional<String> recorded = of(library);
    if (recorded.isPresent() && !recorded.get().equals(embedder.get().model())) {
      throw new Mismatch(library.location(), recorded.get(), embedder.get().model());
    }
  }

  /**
   * The model the library's passages were embedded with: the one its last commit recorded; for a
   * library written before models were recorded, the model whose key ({@link Fields#EMBED_KEY}, a
   * hash of the model and the text) a sampled passage carries. Empty when no passage has a vector,
   * or none of the sampled passages matches a known model.
   */
  public static Optional<String> of(SearchBackend library) {
    String recorded = library.commitData().get(KEY);
    if (recorded != null) {
      return Optional.of(recorded);
    }
    if (!library.hasVectors()) {
      return Optional.empty();
    }
    List<PassageHit> sample =
        library.searchHits(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PASSAGE)), SAMPLE);
    for (PassageHit hit : sample) {
      Passage p = hit.scored().passage();
      Optional<Source> source = library.source(p.sourceId());
      if (source.isEmpty()) {
        continue;
      }
      String input = Embedder.input(source.get(), p);
      for (OnnxEmbedder.Model m : OnnxEmbedder.Model.values()) {
        String key = Hashes.sha256(m.id() + "\u0000" + input);
        if (library.count(new TermQuery(new Term(Fields.EMBED_KEY, key))) > 0) {
          return Optional.of(m.id());
        }
      }
    }
    return Optional.empty();
  }
}
