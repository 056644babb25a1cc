package org.galen.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.galen.ingest.guideline.GuidelineReader;
import org.galen.ingest.html.HtmlReader;
import org.galen.ingest.jats.JatsReader;
import org.galen.ingest.medquad.MedQuadReader;
import org.galen.ingest.pdf.PdfReader;
import org.galen.ingest.pubmed.PubmedReader;
import org.galen.ingest.pubmedqa.PubMedQaReader;
import org.galen.ingest.summary.SummaryParser;
import org.galen.ingest.summary.SummaryReader;

/** The readers Galen knows, and which one reads a given file. */
public final class Readers {
  private static final int HEAD_BYTES = 4096;
  private final List<SourceReader> readers;

  public Readers(List<SourceReader> readers) {
    this.readers = List.copyOf(readers);
  }

  /** Every built-in reader, most specific first. */
  public static Readers standard() {
    return new Readers(
        List.of(
            new SummaryReader(),
            new PubmedReader(),
            new JatsReader(),
            new MedQuadReader(),
            new GuidelineReader(),
            new HtmlReader(),
            new PdfReader(),
            new PubMedQaReader()));
  }

  /** The reader for a file, if any reader handles it. */
  public Optional<SourceReader> readerFor(Path file) {
    byte[] head;
    try {
      head = TextFiles.head(file, HEAD_BYTES);
    } catch (IOException e) {
      return Optional.empty();
    }
    return readers.stream().filter(r -> r.accepts(file, head)).findFirst();
  }

  /**
   * Reads every record of a file into the sink.
   *
   * @throws MalformedInputException naming the file when no reader handles it or it cannot be read
   */
  public void read(Path file, Consumer<Parsed> sink) {
    SourceReader reader =
        readerFor(file)
            .orElseThrow(
                () ->
                    new MalformedInputException(
                        List.of(
                            new Problem(
                                file.toString(),
                                0,
                                "no reader handles this file; supported: " + names()))));
    try {
      reader.read(file, sink);
    } catch (IOException e) {
      throw new MalformedInputException(
          List.of(new Problem(file.toString(), 0, "cannot read: " + e.getMessage())));
    }
  }

  /** Reads a practice summary already in memory, e.g. one bundled with the app. */
  public static Document readSummary(String name, String content) {
    return new SummaryParser().parse(name, content);
  }

  public List<String> names() {
    List<String> out = new ArrayList<>();
    readers.forEach(r -> out.add(r.name()));
    return out;
  }
}
