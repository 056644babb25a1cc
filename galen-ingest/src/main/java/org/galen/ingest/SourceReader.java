package org.galen.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A reader of one file format. Readers stream: they hand each record to the sink as soon as it is
 * read, so memory stays bounded whatever the file's size.
 */
public interface SourceReader {
  /** Short name of the format, e.g. "summary", "pubmed". */
  String name();

  /**
   * Whether this reader handles the file.
   *
   * @param head the first bytes of the file (up to 4 KiB), to tell formats that share an extension
   */
  boolean accepts(Path file, byte[] head);

  /**
   * Reads every record of the file into the sink.
   *
   * @throws MalformedInputException when the file as a whole cannot be read; records already given
   *     to the sink stay valid
   */
  void read(Path file, Consumer<Parsed> sink) throws IOException;
}
