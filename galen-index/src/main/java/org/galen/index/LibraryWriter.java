package org.galen.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.galen.ingest.Document;

/**
 * The one writer of a library index. Nothing it does is visible, or durable, until {@link #commit};
 * closing without a commit rolls back, so a failed ingest leaves the last committed library intact.
 */
public final class LibraryWriter implements Closeable {
  /** What an upsert did to a source. */
  public enum Outcome {
    ADDED,
    UPDATED,
    UNCHANGED
  }

  private final IndexWriter writer;
  private final LibraryIndex index;
  private boolean committed;

  LibraryWriter(IndexWriter writer, LibraryIndex index) {
    this.writer = writer;
    this.index = index;
  }

  /**
   * Adds or replaces a source with its passages, atomically; a no-op when its hash is unchanged.
   */
  public Outcome upsert(Document doc) {
    String id = doc.source().id();
    Optional<String> previous = index.hash(id);
    if (previous.isPresent() && previous.get().equals(doc.contentHash())) {
      return Outcome.UNCHANGED;
    }
    try {
      // one atomic delete-then-add of the whole block: searchers never see half a source
      writer.updateDocuments(
          new Term(Fields.SOURCE_ID, id),
          StoredDocs.all(doc.source(), doc.passages(), doc.contentHash()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    committed = false;
    return previous.isPresent() ? Outcome.UPDATED : Outcome.ADDED;
  }

  public void delete(String sourceId) {
    try {
      writer.deleteDocuments(new Term(Fields.SOURCE_ID, sourceId));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    committed = false;
  }

  /**
   * Makes every change so far durable and visible, recording {@code data} with the commit on top of
   * what earlier commits recorded.
   */
  public void commit(Map<String, String> data) {
    try {
      Map<String, String> merged = new HashMap<>(index.commitData());
      merged.putAll(data);
      writer.setLiveCommitData(merged.entrySet());
      writer.commit();
      committed = true;
      index.refresh();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
      throw new UncheckedIOException(e);
    }
  }
}
