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

  @Option(
      names = "--compare-triage",
      description =
          "Also time each question without triage and scope (searched directly, no alert), and"
              + " without the question frame too, in the same run, and print what each adds.")
  boolean compareTriage;

  @Option(
      names = "--fresh",
      description =
          "Make every timed run a question not seen before (a run number is appended), so no"
              + " embedding is reused from the last run.")
  boolean fresh;

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
    List<Double> untriaged = new ArrayList<>();
    List<Double> unframed = new ArrayList<>();
    try (Engine engine = Engine.open(GalenHome.fromEnvironment(System.getenv()))) {
      for (String q : questions) {
        for (int i = 0; i < warmup; i++) {
          engine.answer(Question.of(text(q, -i - 1), a));
          if (compareTriage) {
            engine.answerUntriaged(Question.of(text(q, -i - 1), a), true);
            engine.answerUntriaged(Question.of(text(q, -i - 1), a), false);
          }
        }
        List<Double> ms = new ArrayList<>();
        List<Double> without = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
          // alternate the two paths so both see the same machine
          if (compareTriage) {
            Question plain = Question.of(text(q, 3 * i), a);
            long t0 = System.nanoTime();
            engine.answerUntriaged(plain, true);
            without.add((System.nanoTime() - t0) / 1e6);
            Question bare = Question.of(text(q, 3 * i + 2), a);
            long t1 = System.nanoTime();
            engine.answerUntriaged(bare, false);
            unframed.add((System.nanoTime() - t1) / 1e6);
          }
          Question question = Question.of(text(q, 3 * i + 1), a);
          long t0 = System.nanoTime();
          engine.answer(question);
          ms.add((System.nanoTime() - t0) / 1e6);
        }
        all.addAll(ms);
        untriaged.addAll(without);
        out.printf(
            Locale.ROOT,
            "%-70.70s  median %7.2f ms  p95 %7.2f ms  (n=%d)%s%n",
            q,
            pct(ms, 50),
            pct(ms, 95),
            ms.size(),
            compareTriage
                ? String.format(
                    Locale.ROOT,
                    "; without triage median %.2f p95 %.2f",
                    pct(without, 50),
                    pct(without, 95))
                : "");
      }
    }
    out.printf(
        Locale.ROOT,
        "all: median %.2f ms, p95 %.2f ms over %d answers%n",
        pct(all, 50),
        pct(all, 95),
        all.size());
    if (compareTriage) {
      out.printf(
          Locale.ROOT,
          "without triage and scope: median %.2f ms, p95 %.2f ms; triage adds %.2f ms to the"
              + " median and %.2f ms to the p95%n",
          pct(untriaged, 50),
          pct(untriaged, 95),
          pct(all, 50) - pct(untriaged, 50),
          pct(all, 95) - pct(untriaged, 95));
      out.printf(
          Locale.ROOT,
          "without triage, scope and the question frame: median %.2f ms, p95 %.2f ms; the frame"
              + " adds %.2f ms to the median and %.2f ms to the p95%n",
          pct(unframed, 50),
          pct(unframed, 95),
          pct(untriaged, 50) - pct(unframed, 50),
          pct(untriaged, 95) - pct(unframed, 95));
    }
    out.flush();
    return 0;
  }

  /** The question, or with {@code --fresh} a variant never asked before. */
  private String text(String q, int run) {
    return fresh ? q + " (" + (run < 0 ? "warm-up " + -run : "run " + run) + ")" : q;
  }

  static double pct(List<Double> values, double p) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1)));
  }
}
