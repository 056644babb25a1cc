package org.galen.ingest;

import java.util.List;
import org.galen.core.Passage;
import org.galen.core.Source;

/**
 * A source and its passages as read from one record of a file.
 *
 * @param contentHash hash of the record's content; an unchanged hash means a re-ingest is a no-op
 */
public record Document(Source source, List<Passage> passages, String contentHash) {
  /** A document whose hash covers everything read: any change to source or passages changes it. */
  public static Document of(Source source, List<Passage> passages) {
    return new Document(source, passages, Hashes.sha256(source + "\n" + passages));
  }

  public Document {
    passages = List.copyOf(passages);
    for (Passage p : passages) {
      if (!p.sourceId().equals(source.id())) {
        throw new IllegalArgumentException(
            "passage " + p.id() + " does not belong to source " + source.id());
      }
      if (p.end() > source.text().length()
          || !source.text().substring(p.start(), p.end()).equals(p.text())) {
        throw new IllegalArgumentException(
            "passage " + p.id() + " does not stand at its offsets in the source text");
      }
    }
  }
}
