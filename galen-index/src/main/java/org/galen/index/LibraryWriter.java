package org.galen.index;

import java.io.Closeable;
import java.util.List;
import java.util.Map;
import org.galen.ingest.Document;

/**
 * The one writer of a library. Nothing it does is visible until {@link #commit}; what a backend has
 * acknowledged before a crash is described by the backend (the Lucene index rolls back to its last
 * commit, a cluster keeps every acknowledged write).
 */
public interface LibraryWriter extends Closeable {
  /** What an upsert did to a source. */
  enum Outcome {
    ADDED,
    UPDATED,
    UNCHANGED
  }

  /** Adds or replaces a source with its passages; a no-op when its hash is unchanged. */
  default Outcome upsert(Document doc) {
    return upsertAll(List.of(doc)).getFirst();
  }

  /** Upserts several sources; their new passages are embedded together, in batches. */
  List<Outcome> upsertAll(List<Document> docs);

  /** Passages embedded by this writer so far. */
  long embedded();

  /** Passages that reused a vector already in the library (or in this batch) so far. */
  long reused();

  void delete(String sourceId);

  /**
   * Makes every change so far durable and visible, recording {@code data} with the commit on top of
   * what earlier commits recorded.
   */
  void commit(Map<String, String> data);

  @Override
  void close();
}
