package org.galen.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/** Every field name and analyzer of the library index, in one place. */
public final class Fields {
  /** "source" for a source's stored record, "passage" for a searchable passage. */
  public static final String TYPE = "type";

  public static final String TYPE_SOURCE = "source";
  public static final String TYPE_PASSAGE = "passage";

  /** Unique key: the source id for sources, the passage id for passages. */
  public static final String ID = "id";

  public static final String SOURCE_ID = "source_id";

  /** The passage text, analyzed for BM25. */
  public static final String TEXT = "text";

  /** The source's title and topic names, copied onto each passage so a query can match them. */
  public static final String TOPICS = "topics";

  public static final String KIND = "kind";
  public static final String REF_KIND = "ref_kind";
  public static final String GROUP = "group";

  /** The concepts a source is about ({@code DOID:10825}), one stored value each. */
  public static final String CONCEPT = "concept";

  /** Whom a passage applies to: one stored {@code Qualifier} per value. */
  public static final String APPLIES = "applies";

  public static final String AUDIENCE = "audience";
  public static final String BOTTOM_LINE = "bottom_line";
  public static final String POSITION = "position";
  public static final String START = "start";
  public static final String END = "end";

  public static final String TITLE = "title";
  public static final String PUBLISHER = "publisher";
  public static final String AUTHOR = "author";
  public static final String PUBLICATION_TYPE = "publication_type";
  public static final String YEAR = "year";
  public static final String URL = "url";
  public static final String PMID = "pmid";
  public static final String DOI = "doi";
  public static final String TOPIC = "topic";
  public static final String BASIS = "basis";
  public static final String REVIEW_STATUS = "review_status";
  public static final String SOURCE_TEXT = "source_text";
  public static final String HASH = "hash";

  /**
   * The passage's dense vector (HNSW, dot product of unit vectors), present only when the library
   * is built with embeddings on.
   */
  public static final String VECTOR = "vector";

  /**
   * Hash of the embedding model and the exact text it embedded: a passage whose key is already in
   * the library reuses that vector instead of being embedded again.
   */
  public static final String EMBED_KEY = "embed_key";

  /**
   * Doc values of a passage that fusion and the re-ranking priors read for every candidate, so no
   * stored document (with the full passage text) has to be loaded until the final few are known.
   * Libraries written before these existed lack them; their passages fall back to stored fields.
   */
  public static final String KIND_DV = "ref_kind_dv";

  /** The source's year as a numeric doc value, absent when the year is unknown. */
  public static final String YEAR_DV = "year_dv";

  /** The source's title and topic names (as {@link #TOPICS}) as a binary doc value. */
  public static final String TOPICS_DV = "topics_dv";

  private Fields() {}

  /** The analyzer for both indexing and querying: English stemming for text, exact keys else. */
  public static Analyzer analyzer() {
    Analyzer english = new EnglishAnalyzer();
    return new PerFieldAnalyzerWrapper(
        new KeywordAnalyzer(), Map.of(TEXT, english, TOPICS, english));
  }
}
