package org.galen.ingest.summary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import org.galen.ingest.Parsed;
import org.galen.ingest.SourceReader;
import org.galen.ingest.TextFiles;

/**
 * Reads Galen practice summaries: Markdown files whose front matter says {@code kind:
 * practice_summary}.
 */
public final class SummaryReader implements SourceReader {
  private final SummaryParser parser = new SummaryParser();

  @Override
  public String name() {
    return "summary";
  }

  @Override
  public boolean accepts(Path file, byte[] head) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String start = new String(head, java.nio.charset.StandardCharsets.UTF_8);
    return name.endsWith(".md")
        && start.startsWith("---")
        && start.contains("kind: practice_summary");
  }

  @Override
  public void read(Path file, Consumer<Parsed> sink) throws IOException {
    sink.accept(new Parsed.Ok(parser.parse(file.toString(), TextFiles.readUtf8(file))));
  }
}
