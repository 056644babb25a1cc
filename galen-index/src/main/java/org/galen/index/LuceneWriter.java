package org.galen.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.galen.core.Passage;
import org.galen.ingest.Document;
import org.galen.ingest.Hashes;
import org.jspecify.annotations.Nullable;

/**
 * The one writer of a Lucene library index. Nothing it does is visible, or durable, until {@link
 * #commit}; closing without a commit rolls back, so a failed ingest leaves the last committed
 * library intact.
 *
 * <p>When the library has an {@link Embedder}, every passage written gets a vector. A passage whose
 * exact text (with the same model) is already in the library, or earlier in the same batch, reuses
 * that vector: a re-ingest of a changed source embeds only its changed passages.
 */
final class LuceneWriter implements LibraryWriter {

  private final IndexWriter writer;
  private final LibraryIndex index;
  private final @Nullable Embedder embedder;
  private final @Nullable SourceJournal journal;
  private SourceJournal.@Nullable Position journalCommitted;
  private final Map<String, float[]> uncommittedVectors = new HashMap<>();
  private boolean committed;
  private long embedded;
  private long reused;

  LuceneWriter(
      IndexWriter writer,
      LibraryIndex index,
      @Nullable Embedder embedder,
      @Nullable SourceJournal journal) {
    this.writer = writer;
    this.index = index;
    this.embedder = embedder;
    this.journal = journal;
    this.journalCommitted = journal == null ? null : journal.position();
  }

  /**
   * Upserts several sources; their new passages are embedded together, in batches over the
   * embedder's threads, which is much faster than one source at a time.
   */
  @Override
  public List<Outcome> upsertAll(List<Document> docs) {
    List<Outcome> outcomes = new ArrayList<>(docs.size());
    List<Document> changed = new ArrayList<>();
    for (Document doc : docs) {
      Optional<String> previous = index.hash(doc.source().id());
      if (previous.isPresent() && previous.get().equals(doc.contentHash())) {
        outcomes.add(Outcome.UNCHANGED);
      } else {
        outcomes.add(previous.isPresent() ? Outcome.UPDATED : Outcome.ADDED);
        changed.add(doc);
      }
    }
    Map<Document, List<StoredDocs.@Nullable Vector>> vectors = vectors(changed);
    if (journal != null) {
      changed.forEach(journal::upsert);
    }
    try {
      for (Document doc : changed) {
        // one atomic delete-then-add of the whole block: searchers never see half a source
        writer.updateDocuments(
            new Term(Fields.SOURCE_ID, doc.source().id()),
            StoredDocs.all(
                doc.source(),
                doc.passages(),
                doc.contentHash(),
                vectors.getOrDefault(doc, List.of())));
      }
    } catch (IOException e) {
      throw Storage.failure(e, "writing the library index in " + index.path());
    }
    if (!changed.isEmpty()) {
      committed = false;
    }
    return outcomes;
  }

  private Map<Document, List<StoredDocs.@Nullable Vector>> vectors(List<Document> docs) {
    Map<Document, List<StoredDocs.@Nullable Vector>> out = new IdentityHashMap<>();
    if (embedder == null || docs.isEmpty()) {
      return out;
    }
    // key -> text of every passage whose vector is not known yet, in first-seen order
    Map<String, String> missing = new LinkedHashMap<>();
    Map<Document, List<String>> keys = new IdentityHashMap<>();
    for (Document doc : docs) {
      List<String> docKeys = new ArrayList<>();
      for (Passage p : doc.passages()) {
        String input = Embedder.input(doc.source(), p);
        String key = Hashes.sha256(embedder.model() + "\u0000" + input);
        docKeys.add(key);
        if (!uncommittedVectors.containsKey(key) && !missing.containsKey(key)) {
          Optional<float[]> stored = index.vector(key);
          if (stored.isPresent()) {
            uncommittedVectors.put(key, stored.get());
            reused++;
          } else {
            missing.put(key, input);
          }
        } else {
          reused++;
        }
      }
      keys.put(doc, docKeys);
    }
    List<String> missingKeys = new ArrayList<>(missing.keySet());
    List<float[]> computed = embedder.embedPassages(new ArrayList<>(missing.values()));
    for (int i = 0; i < missingKeys.size(); i++) {
      uncommittedVectors.put(missingKeys.get(i), computed.get(i));
    }
    embedded += missingKeys.size();
    keys.forEach(
        (doc, docKeys) -> {
          List<StoredDocs.@Nullable Vector> v = new ArrayList<>(docKeys.size());
          for (String k : docKeys) {
            v.add(new StoredDocs.Vector(k, Objects.requireNonNull(uncommittedVectors.get(k))));
          }
          out.put(doc, v);
        });
    return out;
  }

  /** Passages embedded by this writer so far. */
  @Override
  public long embedded() {
    return embedded;
  }

  /** Passages that reused a vector already in the library (or in this batch) so far. */
  @Override
  public long reused() {
    return reused;
  }

  @Override
  public void delete(String sourceId) {
    if (journal != null) {
      journal.delete(sourceId);
    }
    try {
      writer.deleteDocuments(new Term(Fields.SOURCE_ID, sourceId));
    } catch (IOException e) {
      throw Storage.failure(e, "writing the library index in " + index.path());
    }
    committed = false;
  }

  /**
   * Makes every change so far durable and visible, recording {@code data} with the commit on top of
   * what earlier commits recorded.
   */
  @Override
  public void commit(Map<String, String> data) {
    Map<String, String> merged = new HashMap<>(index.commitData());
    merged.putAll(data);
    SourceJournal.Position journaled = null;
    if (journal != null) {
      // the journal is durable before the commit that needs it
      journal.sync();
      journaled = journal.position();
      merged.put(SourceJournal.ID_KEY, journal.id());
      merged.put(SourceJournal.POSITION_KEY, journaled.toString());
    }
    commitWith(merged);
    if (journaled != null) {
      journalCommitted = journaled;
    }
  }

  /**
   * Commits with exactly {@code data} and the embedding model: a rebuilt index records the journal
   * it was rebuilt from.
   */
  void commitWith(Map<String, String> data) {
    Map<String, String> recorded = new HashMap<>(data);
    if (embedder != null) {
      // the model of every vector: opening the library with another one is refused
      recorded.put(EmbeddingRecord.KEY, embedder.model());
    }
    try {
      writer.setLiveCommitData(recorded.entrySet());
      writer.commit();
      committed = true;
      index.refresh();
      uncommittedVectors.clear();
    } catch (IOException e) {
      throw Storage.failure(e, "committing the library index in " + index.path());
    }
  }

  @Override
  public void close() {
    try {
      if (!committed) {
        writer.rollback();
      } else {
        writer.close();
      }
    } catch (IOException e) {
      throw Storage.failure(e, "closing the library index in " + index.path());
    } finally {
      if (journal != null) {
        try {
          if (!committed && journalCommitted != null) {
            // what this writer journaled since its last commit was rolled back with the index
            journal.truncate(journalCommitted);
          }
        } finally {
          journal.close();
        }
      }
    }
  }
}
