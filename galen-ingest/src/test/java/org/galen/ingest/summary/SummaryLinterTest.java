package org.galen.ingest.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.galen.ingest.Problem;
import org.junit.jupiter.api.Test;

/** The content linter runs on the whole bundled library in every build. */
class SummaryLinterTest {
  private static final Path LIBRARY = Path.of("../library/summaries");
  private final SummaryLinter linter = new SummaryLinter();

  private static Map<String, String> library() throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(LIBRARY)) {
      for (Path f : list.filter(p -> p.toString().endsWith(".md")).toList()) {
        files.put(f.toString(), Files.readString(f));
      }
    }
    return files;
  }

  @Test
  void theBundledLibraryPassesEveryContentRule() throws IOException {
    Map<String, String> files = library();

    List<Problem> problems = linter.lint(files);

    assertThat(files).hasSizeGreaterThanOrEqualTo(60);
    assertThat(problems).as("content problems in library/summaries").isEmpty();
  }

  @Test
  void flagsABrokenSummary() throws IOException {
    Map<String, String> files = new TreeMap<>();
    files.put(
        "broken/missing-basis.md",
        Files.readString(Path.of("src/test/resources/broken/missing-basis.md")));

    assertThat(linter.lint(files))
        .extracting(Problem::toString)
        .anyMatch(p -> p.contains("no basis"));
  }

  @Test
  void flagsDuplicateIdsTooLongTextAndHardPatientLanguage() throws IOException {
    String sciatica = Files.readString(LIBRARY.resolve("sciatica.md"));
    String padded =
        sciatica
            + "\n## Monitoring\n"
            + "- Review the patient again in a few weeks (NICE 2016)\n".repeat(200);
    String hardWords =
        sciatica.substring(0, sciatica.indexOf("## For patients"))
            + "## For patients\n\n### Self-care\n- Notwithstanding considerable interindividual variability,"
            + " physiotherapeutic rehabilitation demonstrates unequivocal effectiveness regarding"
            + " radiculopathic symptomatology (NICE 2016)\n";

    List<Problem> problems =
        linter.lint(
            Map.of(
                "a/sciatica.md", sciatica,
                "b/sciatica.md", padded,
                "c/sciatica.md", hardWords));

    assertThat(problems)
        .extracting(Problem::message)
        .anyMatch(m -> m.contains("is also used by"))
        .anyMatch(m -> m.contains("words; a summary has 400 to 1200"))
        .anyMatch(m -> m.contains("reads at grade"));
  }
}
