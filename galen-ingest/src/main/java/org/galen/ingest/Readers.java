package org.galen.ingest;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.galen.ingest.summary.SummaryParser;

/** Picks the reader for a file by its name and content. */
public final class Readers {
  private final SummaryParser summaries = new SummaryParser();

  /** Whether some reader handles files named like this. */
  public boolean accepts(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md");
  }

  /**
   * Reads one file into documents.
   *
   * @throws MalformedInputException naming the file and line when the file cannot be read
   */
  public List<Document> read(Path file) {
    String name = file.toString();
    String content;
    try {
      content = decode(Files.readAllBytes(file), name);
    } catch (IOException e) {
      throw new MalformedInputException(
          List.of(new Problem(name, 0, "cannot read: " + e.getMessage())));
    }
    return read(name, content);
  }

  /** Reads content already in memory, e.g. a resource bundled with the app. */
  public List<Document> read(String name, String content) {
    if (!name.toLowerCase(Locale.ROOT).endsWith(".md")) {
      throw new MalformedInputException(
          List.of(
              new Problem(
                  name, 0, "no reader for this file type (supported: .md practice summaries)")));
    }
    return List.of(summaries.parse(name, content));
  }

  private static String decode(byte[] bytes, String name) {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new MalformedInputException(List.of(new Problem(name, 0, "not valid UTF-8 text")));
    }
  }
}
