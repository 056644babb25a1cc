package org.galen.ingest.guideline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.galen.ingest.Parsed;
import org.galen.ingest.SourceReader;
import org.galen.ingest.TextFiles;

/**
 * Reads generic Markdown guideline documents with YAML front matter (a title and an id), such as
 * the AHRQ National Guideline Clearinghouse summaries. Galen's own practice summaries ({@code kind:
 * practice_summary}) are left to the summary reader, and so is any file whose front matter declares
 * another {@code kind}: a summary with a mistyped kind must fail loudly, not slip in as a
 * guideline. Markdown without front matter (a README) is not taken for a guideline either.
 */
public final class GuidelineReader implements SourceReader {
  private static final Pattern SUMMARY = Pattern.compile("(?m)^kind:\\s*practice_summary\\s*$");
  private final GuidelineParser parser = new GuidelineParser();

  @Override
  public String name() {
    return "guideline";
  }

  @Override
  public boolean accepts(Path file, byte[] head) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String start = new String(head, StandardCharsets.UTF_8);
    return name.endsWith(".md") && start.startsWith("---") && !SUMMARY.matcher(start).find();
  }

  @Override
  public void read(Path file, Consumer<Parsed> sink) throws IOException {
    String name = file.getFileName().toString();
    sink.accept(new Parsed.Ok(parser.parse(file.toString(), name, TextFiles.readUtf8(file))));
  }
}
