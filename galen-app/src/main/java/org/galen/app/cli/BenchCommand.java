package org.galen.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.galen.app.Engine;
import org.galen.app.GalenHome;
import org.galen.core.Audience;
import org.galen.core.Question;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code galen bench ask}: warm answer latency on the in-process path that batch answering uses.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure warm answer latency (median and p95) of questions answered in-process.",
    subcommands = {BenchRetrievalCommand.class, BenchIngestCommand.class, BenchLoadCommand.class})
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--runs",
      defaultValue = "20",
      description = "Timed runs per question (default 20).")
  int runs = 20;

  @Option(names = "--warmup", defaultValue = "10", description = "Untimed runs first (default 10).")
  int warmup = 10;

  @Option(names = "--audience", defaultValue = "clinician")
  String audience = "clinician";

  @Parameters(
      arity = "0..*",
      paramLabel = "QUESTION",
      description = "Questions to time; the summary line covers all of them.")
  List<String> questions = new ArrayList<>();

  @Override
  public Integer call() {
    if (questions.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          "name the questions to time, or a benchmark: retrieval, ingest, load");
    }
    PrintWriter out = spec.commandLine().getOut();
    Audience a = Audience.parse(audience);
    List<Double> all = new ArrayList<>();
    try (Engine engine = Engine.open(GalenHome.fromEnvironment(System.getenv()))) {
      for (String q : questions) {
        Question question = Question.of(q, a);
        for (int i = 0; i < warmup; i++) {
          engine.answer(question);
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
          long t0 = System.nanoTime();
          engine.answer(question);
          ms.add((System.nanoTime() - t0) / 1e6);
        }
        all.addAll(ms);
        out.printf(
            Locale.ROOT,
            "%-70.70s  median %7.2f ms  p95 %7.2f ms  (n=%d)%n",
            q,
            pct(ms, 50),
            pct(ms, 95),
            ms.size());
      }
    }
    out.printf(
        Locale.ROOT,
        "all: median %.2f ms, p95 %.2f ms over %d answers%n",
        pct(all, 50),
        pct(all, 95),
        all.size());
    out.flush();
    return 0;
  }

  static double pct(List<Double> values, double p) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1)));
  }
}
