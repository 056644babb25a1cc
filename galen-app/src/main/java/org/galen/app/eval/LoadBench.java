package org.galen.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.galen.core.GalenException;

/**
 * Drives {@code POST /api/v1/answers} with a mix of questions: first one user alone (the idle
 * latency), then many users at once in a closed loop for a fixed time, and reports throughput,
 * latency percentiles and every non-200 answer or transport failure as an error.
 *
 * <p>On a loopback target each user sends from its own loopback address (127.0.0.2, .3, …), so the
 * server sees distinct clients as it would in a ward full of clinicians.
 */
public final class LoadBench {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One request body of the mix. */
  public record Ask(String body) {}

  /** What the run is asked to do. */
  public record Plan(
      URI answers,
      int users,
      Duration duration,
      int idleRequests,
      Duration thinkTime,
      Duration timeout,
      List<Ask> mix) {
    public Plan {
      if (users < 1) {
        throw new GalenException("--users must be at least 1, got " + users);
      }
      if (duration.isNegative() || duration.isZero()) {
        throw new GalenException("--duration must be positive, got " + duration);
      }
      if (mix.isEmpty()) {
        throw new GalenException("the question mix is empty");
      }
      mix = List.copyOf(mix);
    }
  }

  /** Latencies (ms) and outcomes of one phase. */
  public record Phase(
      long requests,
      double seconds,
      double p50,
      double p95,
      double p99,
      double max,
      long errors,
      Map<String, Long> outcomes) {
    public double throughput() {
      return seconds == 0 ? 0 : requests / seconds;
    }
  }

  /** The idle phase and the loaded phase of one run. */
  public record Report(int users, Phase idle, Phase load) {}

  private LoadBench() {}

  /** The built-in mix: clinician and patient questions, follow-ups, emergencies, refusals. */
  public static List<Ask> defaultMix() {
    try (InputStream in = LoadBench.class.getResourceAsStream("/bench/load-questions.jsonl")) {
      if (in == null) {
        throw new GalenException("bench/load-questions.jsonl is missing from the classpath");
      }
      return parseMix(new String(in.readAllBytes(), StandardCharsets.UTF_8), "built-in mix");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a mix: JSON lines with {@code question} and optional {@code audience}, {@code previous}.
   */
  public static List<Ask> readMix(Path file) {
    try {
      return parseMix(Files.readString(file), file.toString());
    } catch (IOException e) {
      throw new GalenException("cannot read questions from " + file + ": " + e.getMessage(), e);
    }
  }

  private static List<Ask> parseMix(String text, String origin) {
    List<Ask> mix = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (IOException e) {
        throw new GalenException(origin + " line " + (i + 1) + ": not JSON: " + e.getMessage());
      }
      if (!node.path("question").isTextual()) {
        throw new GalenException(origin + " line " + (i + 1) + ": no \"question\" text");
      }
      ObjectNode body = JSON.createObjectNode();
      body.put("question", node.get("question").asText());
      if (node.has("audience")) {
        body.put("audience", node.get("audience").asText());
      }
      if (node.has("previous")) {
        body.set("previous", node.get("previous"));
      }
      mix.add(new Ask(body.toString()));
    }
    if (mix.isEmpty()) {
      throw new GalenException(origin + " holds no questions");
    }
    return mix;
  }

  /** Runs the idle phase, then the load phase; {@code progress} gets a line every few seconds. */
  public static Report run(Plan plan, Consumer<String> progress) throws InterruptedException {
    HttpClient solo = client(plan, 0);
    for (Ask ask : plan.mix()) { // warm every path once; not counted
      send(solo, plan, ask);
    }
    Recorder idle = new Recorder();
    long idleStart = System.nanoTime();
    for (int i = 0; i < plan.idleRequests(); i++) {
      idle.record(send(solo, plan, plan.mix().get(i % plan.mix().size())));
    }
    Phase idlePhase = idle.phase((System.nanoTime() - idleStart) / 1e9);
    progress.accept(
        String.format(
            java.util.Locale.ROOT,
            "idle: %d requests, p50 %.1f ms, p95 %.1f ms",
            idlePhase.requests(),
            idlePhase.p50(),
            idlePhase.p95()));

    Recorder load = new Recorder();
    long start = System.nanoTime();
    long end = start + plan.duration().toNanos();
    List<Thread> users = new ArrayList<>();
    for (int u = 0; u < plan.users(); u++) {
      HttpClient http = client(plan, u + 1);
      int first = u;
      users.add(
          Thread.ofPlatform()
              .name("load-user-" + u)
              .daemon()
              .start(
                  () -> {
                    int next = first;
                    while (System.nanoTime() < end) {
                      load.record(send(http, plan, plan.mix().get(next++ % plan.mix().size())));
                      if (!plan.thinkTime().isZero() && !sleep(plan.thinkTime())) {
                        return;
                      }
                    }
                  }));
    }
    long lastReport = start;
    while (System.nanoTime() < end) {
      Thread.sleep(Math.min(1_000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
      long now = System.nanoTime();
      if (now - lastReport >= 10_000_000_000L) {
        lastReport = now;
        progress.accept(load.progress((now - start) / 1e9));
      }
    }
    for (Thread t : users) {
      t.join(plan.timeout().toMillis() + 5_000);
    }
    return new Report(plan.users(), idlePhase, load.phase((System.nanoTime() - start) / 1e9));
  }

  private static boolean sleep(Duration d) {
    try {
      Thread.sleep(d);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static HttpClient client(Plan plan, int user) {
    HttpClient.Builder b =
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(plan.timeout());
    String host = plan.answers().getHost();
    if ("127.0.0.1".equals(host) || "localhost".equals(host)) {
      try {
        b.localAddress(InetAddress.getByAddress(loopback(user)));
      } catch (UnknownHostException e) {
        throw new GalenException("cannot use loopback address for user " + user, e);
      }
    }
    return b.build();
  }

  /** 127.0.0.2 upward: one address per user, beyond the host's own 127.0.0.1. */
  static byte[] loopback(int user) {
    int n = user + 2;
    return new byte[] {127, (byte) (n >> 16), (byte) (n >> 8), (byte) n};
  }

  /** One request: its latency and outcome ("200", "503", "timeout", …). */
  private record Outcome(double millis, String what) {}

  private static Outcome send(HttpClient http, Plan plan, Ask ask) {
    HttpRequest request =
        HttpRequest.newBuilder(plan.answers())
            .timeout(plan.timeout())
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(ask.body()))
            .build();
    long t0 = System.nanoTime();
    String what;
    try {
      HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      what = Integer.toString(r.statusCode());
    } catch (java.net.http.HttpTimeoutException e) {
      what = "timeout";
    } catch (IOException e) {
      what = "io: " + e.getClass().getSimpleName();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      what = "interrupted";
    }
    return new Outcome((System.nanoTime() - t0) / 1e6, what);
  }

  /** Thread-safe latency and outcome counts; latencies kept whole for exact percentiles. */
  private static final class Recorder {
    private final List<Double> millis = new ArrayList<>();
    private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
    private final AtomicLong errors = new AtomicLong();

    void record(Outcome o) {
      synchronized (millis) {
        millis.add(o.millis());
      }
      outcomes.computeIfAbsent(o.what(), k -> new LongAdder()).increment();
      if (!"200".equals(o.what())) {
        errors.incrementAndGet();
      }
    }

    String progress(double seconds) {
      Phase p = phase(seconds);
      return String.format(
          java.util.Locale.ROOT,
          "%4.0f s: %d requests (%.1f/s), p95 %.1f ms, errors %d",
          seconds,
          p.requests(),
          p.throughput(),
          p.p95(),
          p.errors());
    }

    Phase phase(double seconds) {
      double[] sorted;
      synchronized (millis) {
        sorted = millis.stream().mapToDouble(Double::doubleValue).toArray();
      }
      Arrays.sort(sorted);
      Map<String, Long> counts = new TreeMap<>();
      outcomes.forEach((k, v) -> counts.put(k, v.sum()));
      return new Phase(
          sorted.length,
          seconds,
          pct(sorted, 50),
          pct(sorted, 95),
          pct(sorted, 99),
          sorted.length == 0 ? 0 : sorted[sorted.length - 1],
          errors.get(),
          counts);
    }
  }

  static double pct(double[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(i, sorted.length - 1))];
  }
}
