package org.galen.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Sends generated hostile questions to a running app for a time budget: JSON bodies for {@code POST
 * /api/v1/answers} (random and huge strings, control characters, lone surrogates, markup, JSON
 * injection, wrong types, deep nesting, invalid UTF-8) and {@code GET /?q=} pages. Every response
 * must be 200, 400, 413, 429 or 503; API errors a JSON {@code error} message; nothing may show a
 * stack trace, class name or server path, and nothing is ever a 500.
 */
final class QuestionFuzzer {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<Integer> ALLOWED = Set.of(200, 400, 413, 429, 503);
  private static final List<String> PIECES =
      List.of(
          "How should an acute gout flare be treated?",
          "sciatica",
          "chest pain",
          "<script>alert(1)</script>",
          "\"><img src=x onerror=alert(1)>",
          "javascript:alert(1)",
          "{\"question\":\"x\"}",
          "\",\"audience\":\"patient",
          "\\",
          "\\u0000",
          "' OR 1=1 --",
          "'; DROP TABLE article; --",
          "../../etc/passwd",
          "${jndi:ldap://127.0.0.1:1/x}",
          "#{7*7}",
          "[[${7*7}]]",
          "%s%n%x",
          "\u0000",
          "\u0007",
          "\u001b[31m",
          "\u007f",
          "\u0085",
          "\u2028",
          "\u202e",
          "\ufeff",
          "\ud800",
          "\udfff",
          "\ud83d\ude00",
          "e\u0301",
          "\u0645\u0631\u062d\u0628\u0627",
          "\u4f60\u597d",
          "\t",
          "\n",
          " ",
          "AND",
          "NOT",
          "title:",
          "*",
          "?",
          "~",
          "\"",
          "(",
          ")");

  record Result(long requests, double seconds, Set<String> outcomes, List<String> failures) {
    String line() {
      return String.format(
          "fuzz question   %8d requests in %5.1f s (%6.1f/s), %3d distinct outcomes, %d failures",
          requests, seconds, requests / Math.max(seconds, 1e-9), outcomes.size(), failures.size());
    }
  }

  private final HttpClient http;
  private final int port;
  private final Random random;

  QuestionFuzzer(HttpClient http, int port, long seed) {
    this.http = http;
    this.port = port;
    this.random = new Random(seed);
  }

  Result run(long budgetMillis) throws Exception {
    long start = System.nanoTime();
    long deadline = start + budgetMillis * 1_000_000L;
    long requests = 0;
    Set<String> outcomes = new TreeSet<>();
    List<String> failures = new ArrayList<>();
    while (System.nanoTime() < deadline && failures.size() < 10) {
      requests++;
      boolean page = random.nextInt(4) == 0;
      String what;
      HttpResponse<String> r;
      if (page) {
        String q = question();
        what = "GET /?q=" + abbreviate(q);
        String url =
            "http://localhost:"
                + port
                + "/?q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8)
                + (random.nextBoolean()
                    ? "&audience=" + URLEncoder.encode(pick(), StandardCharsets.UTF_8)
                    : "")
                + (random.nextInt(4) == 0
                    ? "&previous=" + URLEncoder.encode(question(), StandardCharsets.UTF_8)
                    : "");
        try {
          r = send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html"));
        } catch (IllegalArgumentException e) {
          continue; // a URL the client itself refuses never reaches the server
        }
      } else {
        byte[] body = body();
        what = "POST " + abbreviate(new String(body, StandardCharsets.UTF_8));
        r =
            send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/answers"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
      }
      String problem = judge(r, page);
      outcomes.add(r.statusCode() + (page ? " page" : " api"));
      if (problem != null) {
        failures.add(problem + " for " + what + " -> " + abbreviate(r.body()));
      }
    }
    return new Result(requests, (System.nanoTime() - start) / 1e9, outcomes, failures);
  }

  private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
    return http.send(
        b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static @org.jspecify.annotations.Nullable String judge(
      HttpResponse<String> r, boolean page) {
    if (!ALLOWED.contains(r.statusCode())) {
      return "status " + r.statusCode();
    }
    if (HostileRequestTest.LEAK.matcher(r.body()).find()) {
      return "internals shown";
    }
    if (page) {
      return null;
    }
    try {
      JsonNode body = JSON.readTree(r.body());
      if (r.statusCode() != 200 && body.path("error").asText().isBlank()) {
        return "error without a message";
      }
      if (r.statusCode() == 200 && !body.has("status")) {
        return "200 without an answer";
      }
    } catch (Exception e) {
      return "not JSON";
    }
    return null;
  }

  private String pick() {
    return PIECES.get(random.nextInt(PIECES.size()));
  }

  private String question() {
    StringBuilder s = new StringBuilder();
    int parts = random.nextInt(6);
    for (int i = 0; i < parts; i++) {
      switch (random.nextInt(5)) {
        case 0 -> {
          int n = random.nextInt(40);
          for (int j = 0; j < n; j++) {
            s.appendCodePoint(randomCodePoint());
          }
        }
        case 1 -> s.append(pick().repeat(random.nextInt(3) == 0 ? 1 + random.nextInt(600) : 1));
        default -> s.append(pick()).append(' ');
      }
    }
    return s.toString();
  }

  private int randomCodePoint() {
    return switch (random.nextInt(5)) {
      case 0 -> random.nextInt(0x20);
      case 1 -> 0x20 + random.nextInt(0x5f);
      case 2 -> random.nextInt(0xD800);
      case 3 -> 0x10000 + random.nextInt(0x100000 - 0x10000);
      default -> 0xE000 + random.nextInt(0x2000);
    };
  }

  private byte[] body() throws Exception {
    return switch (random.nextInt(10)) {
      case 0 -> {
        byte[] b = new byte[random.nextInt(200)];
        random.nextBytes(b);
        yield b;
      }
      case 1 -> ("[".repeat(1 + random.nextInt(5000))).getBytes(StandardCharsets.UTF_8);
      case 2 ->
          ("{\"question\":\"" + question() + "\"}")
              .getBytes(StandardCharsets.UTF_8); // raw, unescaped
      case 3 -> {
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("question", random.nextBoolean() ? 42 : List.of(question()));
        yield JSON.writeValueAsBytes(m);
      }
      default -> {
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("question", question());
        if (random.nextBoolean()) {
          m.put("audience", random.nextBoolean() ? "patient" : pick());
        }
        if (random.nextInt(3) == 0) {
          List<String> previous = new ArrayList<>();
          int n = random.nextInt(25);
          for (int i = 0; i < n; i++) {
            previous.add(question());
          }
          m.put("previous", previous);
        }
        if (random.nextInt(4) == 0) {
          m.put("id", pick());
        }
        byte[] json = JSON.writeValueAsBytes(m);
        if (random.nextInt(8) == 0 && json.length > 2) {
          json[random.nextInt(json.length)] = (byte) (0x80 + random.nextInt(0x80)); // broken UTF-8
        }
        yield json;
      }
    };
  }

  private static String abbreviate(String s) {
    String one = s.replaceAll("\\p{Cntrl}", "?");
    return one.length() > 200 ? one.substring(0, 200) + "…" : one;
  }
}
