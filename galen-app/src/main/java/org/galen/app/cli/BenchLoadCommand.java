package org.galen.app.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.galen.app.eval.LoadBench;
import org.galen.app.web.GalenApplication;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code galen bench load}: many users on {@code POST /api/v1/answers} at once. */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = {
      "Drive POST /api/v1/answers with a mix of questions: one user alone first (idle latency),"
          + " then --users at once, each asking again as soon as answered, for --duration."
          + " Without --url it starts Galen on the embedded default in this JVM (on a free port)"
          + " with the per-client rate limit lifted, since each simulated user asks far faster"
          + " than a person. Progress goes to stderr."
    })
final class BenchLoadCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--users", defaultValue = "50", description = "Concurrent users (default 50).")
  int users = 50;

  @Option(
      names = "--duration",
      defaultValue = "5m",
      description = "How long the load lasts: 90s, 5m, 1h or PT5M (default 5m).")
  String duration = "5m";

  @Option(
      names = "--idle-requests",
      defaultValue = "200",
      description = "Requests of the single user before the load (default 200).")
  int idleRequests = 200;

  @Option(
      names = "--think",
      defaultValue = "0ms",
      description = "Pause of each user between answer and next question (default none).")
  String think = "0ms";

  @Option(
      names = "--timeout",
      defaultValue = "30s",
      description = "Per-request timeout, counted as an error (default 30s).")
  String timeout = "30s";

  @Option(names = "--url", description = "A running Galen, e.g. http://10.0.0.5:8080")
  @Nullable String url;

  @Option(names = "--questions", description = "JSON lines: question, audience, previous.")
  @Nullable Path questions;

  @Option(
      names = "--keep-rate-limit",
      description = "Keep the per-client limit on the embedded server (expect 429s).")
  boolean keepRateLimit;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<LoadBench.Ask> mix =
        questions == null ? LoadBench.defaultMix() : LoadBench.readMix(questions);
    ConfigurableApplicationContext server = null;
    try {
      String base = url;
      if (base == null) {
        if (!keepRateLimit && System.getProperty("galen.api.requests-per-minute") == null) {
          System.setProperty("galen.api.requests-per-minute", "1000000000");
        }
        err.println("starting Galen on the embedded default …");
        err.flush();
        server = GalenApplication.start(0);
        base = "http://127.0.0.1:" + server.getEnvironment().getProperty("local.server.port");
      }
      LoadBench.Plan plan =
          new LoadBench.Plan(
              URI.create(base.replaceAll("/+$", "") + "/api/v1/answers"),
              users,
              duration(duration, "--duration"),
              idleRequests,
              duration(think, "--think"),
              duration(timeout, "--timeout"),
              mix);
      err.printf(
          Locale.ROOT,
          "%d questions in the mix; %d idle requests, then %d users for %s%n",
          mix.size(),
          idleRequests,
          users,
          plan.duration());
      err.flush();
      LoadBench.Report r =
          LoadBench.run(
              plan,
              line -> {
                err.println(line);
                err.flush();
              });
      print(out, "idle (1 user)", r.idle());
      print(out, "load (" + r.users() + " users)", r.load());
      out.flush();
      return r.load().errors() == 0 ? 0 : 1;
    } finally {
      if (server != null) {
        server.close();
      }
    }
  }

  private static void print(PrintWriter out, String name, LoadBench.Phase p) {
    out.printf(
        Locale.ROOT,
        "%-16s %7d requests in %6.1f s = %7.1f/s  p50 %7.1f  p95 %7.1f  p99 %7.1f  max %7.1f ms"
            + "  errors %d  %s%n",
        name,
        p.requests(),
        p.seconds(),
        p.throughput(),
        p.p50(),
        p.p95(),
        p.p99(),
        p.max(),
        p.errors(),
        outcomes(p.outcomes()));
  }

  private static String outcomes(Map<String, Long> counts) {
    StringBuilder b = new StringBuilder();
    counts.forEach((k, v) -> b.append(b.isEmpty() ? "" : ", ").append(k).append(": ").append(v));
    return "(" + b + ")";
  }

  /** {@code 90s}, {@code 5m}, {@code 1h}, {@code 250ms} or ISO-8601 {@code PT5M}. */
  Duration duration(String text, String option) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    try {
      if (t.startsWith("pt")) {
        return Duration.parse(t);
      }
      if (t.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
      }
      long n = Long.parseLong(t.substring(0, t.length() - 1));
      return switch (t.charAt(t.length() - 1)) {
        case 's' -> Duration.ofSeconds(n);
        case 'm' -> Duration.ofMinutes(n);
        case 'h' -> Duration.ofHours(n);
        default -> throw new NumberFormatException();
      };
    } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
      throw new ParameterException(
          spec.commandLine(),
          option + ": '" + text + "' is not a duration (use 90s, 5m, 1h, 250ms or PT5M)");
    }
  }
}
