package org.galen.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.galen.ingest.guideline.GuidelineReader;
import org.galen.ingest.html.HtmlReader;
import org.galen.ingest.jats.JatsReader;
import org.galen.ingest.medquad.MedQuadReader;
import org.galen.ingest.pdf.PdfReader;
import org.galen.ingest.pubmed.PubmedReader;
import org.galen.ingest.pubmedqa.PubMedQaReader;
import org.galen.ingest.summary.SummaryReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes every reader for a time budget and fails on any crash: an exception other than the
 * documented input error, a problem or error that does not name the file, a record breaking the
 * reader contract, ids that change between two reads, or an input that hangs.
 *
 * <p>Settings (system property, else environment variable): {@code galen.fuzz.seconds} / {@code
 * GALEN_FUZZ_SECONDS} per reader (default 5; CI sets 120), {@code galen.fuzz.parallel} / {@code
 * GALEN_FUZZ_PARALLEL} readers at once (default 2), {@code galen.fuzz.seed} to replay a run, {@code
 * galen.fuzz.targets} a comma-separated subset such as {@code pdf,html}, {@code
 * galen.fuzz.timeout.seconds} after which one input counts as a hang (default 60). Each crash's
 * input is saved under {@code target/fuzz-crashes/<reader>/}: minimize it and add it under {@code
 * src/test/resources/fuzz-regressions/<reader>/}, where {@link FuzzRegressionTest} replays it.
 */
class ReaderFuzzTest {
  @TempDir Path tmp;

  static List<ReaderFuzzer.Target> targets() {
    Path ngc = Seeds.sharedDir("guidelines-ngc");
    Path pmc = Seeds.sharedDir("pmc");
    Path medline = Seeds.sharedDir("medline");
    Path medquad = Seeds.sharedDir("medquad");
    return List.of(
        new ReaderFuzzer.Target(
            "summary",
            SummaryReader::new,
            "md",
            Seeds.files(Path.of("../library/summaries"), ".md", 1, 200)),
        new ReaderFuzzer.Target(
            "guideline",
            GuidelineReader::new,
            "md",
            Seeds.all(
                List.of(Seeds.file("src/test/resources/guideline/ngc-10442.md")),
                Seeds.files(ngc, ".md", 3, 20))),
        new ReaderFuzzer.Target(
            "pubmed",
            PubmedReader::new,
            "xml",
            Seeds.all(
                Seeds.files(Path.of("src/test/resources/pubmed"), ".xml", 1, 10),
                Seeds.files(medline, "29768149.xml", 1, 1))),
        new ReaderFuzzer.Target(
            "jats",
            JatsReader::new,
            "nxml",
            Seeds.all(
                List.of(Seeds.file("src/test/resources/jats/1472-6831-8-11.nxml")),
                Seeds.files(pmc, ".nxml", 1, 10))),
        new ReaderFuzzer.Target(
            "medquad",
            MedQuadReader::new,
            "xml",
            Seeds.all(
                Seeds.files(Path.of("src/test/resources/medquad"), ".xml", 1, 10),
                Seeds.files(medquad, ".xml", 400, 40))),
        new ReaderFuzzer.Target("html", HtmlReader::new, "html", Seeds.html()),
        new ReaderFuzzer.Target("pdf", PdfReader::new, "pdf", Seeds.pdfs()),
        new ReaderFuzzer.Target(
            "pubmedqa",
            PubMedQaReader::new,
            "json",
            List.of(Seeds.file("src/test/resources/pubmedqa/pubmedqa-3.json"))));
  }

  @Test
  void everyReaderSurvivesItsFuzzBudget() throws Exception {
    long seconds = Long.parseLong(setting("galen.fuzz.seconds", "5"));
    int parallel = Integer.parseInt(setting("galen.fuzz.parallel", "2"));
    long seed = Long.parseLong(setting("galen.fuzz.seed", Long.toString(System.nanoTime())));
    // a hang is an input still unread after this long; hostile fonts can make PDFBox take several
    // seconds on a busy machine without being stuck
    long timeoutMillis = 1000 * Long.parseLong(setting("galen.fuzz.timeout.seconds", "60"));
    String only = setting("galen.fuzz.targets", "");
    Set<String> wanted =
        Arrays.stream(only.split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toSet());
    List<ReaderFuzzer.Target> targets =
        targets().stream().filter(t -> wanted.isEmpty() || wanted.contains(t.name())).toList();
    System.out.printf(
        Locale.ROOT,
        "fuzz: %d readers, %d s each, %d at a time, seed %d (-Dgalen.fuzz.seed=%d replays)%n",
        targets.size(),
        seconds,
        parallel,
        seed,
        seed);

    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, parallel));
    List<Future<ReaderFuzzer.Result>> runs = new ArrayList<>();
    try {
      for (int i = 0; i < targets.size(); i++) {
        ReaderFuzzer.Target t = targets.get(i);
        long targetSeed = seed + i;
        Path crashes = Path.of("target", "fuzz-crashes", t.name());
        runs.add(
            pool.submit(
                () ->
                    new ReaderFuzzer(t, tmp.resolve(t.name()), crashes, timeoutMillis)
                        .run(targetSeed, seconds * 1000)));
      }
      List<ReaderFuzzer.Result> results = new ArrayList<>();
      for (Future<ReaderFuzzer.Result> run : runs) {
        ReaderFuzzer.Result r = run.get();
        results.add(r);
        System.out.println(r.line());
      }
      StringBuilder report = new StringBuilder();
      for (ReaderFuzzer.Result r : results) {
        for (ReaderFuzzer.Found f : r.crashes()) {
          report
              .append(r.target())
              .append(": ")
              .append(f.signature())
              .append("\n  input saved as ")
              .append(f.input().toAbsolutePath())
              .append('\n')
              .append(stackTrace(f.cause()))
              .append('\n');
        }
      }
      assertThat(report.toString()).as("crashes found by fuzzing").isEmpty();
    } finally {
      pool.shutdownNow();
    }
  }

  static String setting(String property, String fallback) {
    String v = System.getProperty(property);
    if (v == null || v.isBlank()) {
      v = System.getenv(property.toUpperCase(Locale.ROOT).replace('.', '_'));
    }
    return v == null || v.isBlank() ? fallback : v.strip();
  }

  private static String stackTrace(Throwable t) {
    StringWriter s = new StringWriter();
    t.printStackTrace(new PrintWriter(s));
    String[] lines = s.toString().split("\n");
    return String.join("\n", Arrays.copyOf(lines, Math.min(lines.length, 25)));
  }
}
