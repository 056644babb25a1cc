package org.galen.ingest;

/** What a reader makes of one record of a file: a document, a skipped record, or a deletion. */
public sealed interface Parsed permits Parsed.Ok, Parsed.Skipped, Parsed.Deleted {
  /** A record read into a source and its passages. */
  record Ok(Document document) implements Parsed {}

  /** A record that could not be read; the rest of the file still is. */
  record Skipped(Problem problem) implements Parsed {}

  /** The file says a source must go (e.g. a MEDLINE {@code DeleteCitation}). */
  record Deleted(String sourceId) implements Parsed {}
}
