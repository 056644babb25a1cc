package org.galen.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hostile requests against the running app over real HTTP: questions too long, empty or holding
 * control characters get a 400 naming the problem (API and page), oversized bodies a 413, and no
 * error (malformed JSON, wrong content type or method, a missing or path-traversing source id)
 * shows a stack trace, a Java class name or a server path.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "galen.api.requests-per-minute=1000000")
class HostileRequestTest {
  static final ObjectMapper JSON = new ObjectMapper();

  /** What an error must never show: stack frames, exception or package names, file paths. */
  static final Pattern LEAK =
      Pattern.compile(
          "\\bat [a-z][\\w$]*\\.[\\w$.]+\\(|Exception\\b|\\bjava\\.|\\bjakarta\\.|org\\.galen|"
              + "org\\.springframework|org\\.apache|com\\.fasterxml|/work/|/tmp/|/home/|/root/|"
              + "/usr/|\\.java:\\d|\\.jar\\b|Tomcat");

  private static @Nullable String home;
  private final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort int port;

  @BeforeAll
  static void home() throws Exception {
    home = Files.createTempDirectory("galen-hostile").toString();
    System.setProperty("galen.home", home);
  }

  @AfterAll
  static void clear() {
    System.clearProperty("galen.home");
  }

  HttpResponse<String> post(String contentType, byte[] body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/answers"))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> postJson(String json) throws Exception {
    return post("application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  HttpResponse<String> get(String path, String accept) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", accept)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String question(String q) throws Exception {
    return JSON.writeValueAsString(java.util.Map.of("question", q));
  }

  static void assertClean(HttpResponse<String> r) {
    assertThat(LEAK.matcher(r.body()).find())
        .as("response %d leaks internals: %s", r.statusCode(), abbreviate(r.body()))
        .isFalse();
  }

  /** A 4xx, or the redirect to the login page that Spring Security gives unknown paths. */
  static void assertRefused(HttpResponse<String> r) {
    String where = r.request().uri().getRawPath();
    if (r.statusCode() == 302) {
      assertThat(r.headers().firstValue("Location").orElse("")).as(where).endsWith("/login");
    } else {
      assertThat(r.statusCode()).as(where).isBetween(400, 499);
    }
    assertClean(r);
  }

  /** A system property, else the environment variable of the same name in capitals. */
  static String setting(String property, String fallback) {
    String v = System.getProperty(property);
    if (v == null || v.isBlank()) {
      v = System.getenv(property.toUpperCase(java.util.Locale.ROOT).replace('.', '_'));
    }
    return v == null || v.isBlank() ? fallback : v.strip();
  }

  static String abbreviate(String s) {
    return s.length() > 600 ? s.substring(0, 600) + "…" : s;
  }

  /** A 4xx/5xx API error: the status, a JSON body with one message, nothing internal. */
  static JsonNode apiError(HttpResponse<String> r, int status) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertClean(r);
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.path("error").asText()).as(r.body()).isNotBlank();
    return body;
  }

  @Test
  void aQuestionOverTheLimitIsA400NamingTheLimit() throws Exception {
    String tooLong = "gout ".repeat(401);

    assertThat(apiError(postJson(question(tooLong)), 400).get("error").asText())
        .isEqualTo("the question is 2005 characters long; the limit is 2000");
    HttpResponse<String> page =
        get("/?q=" + URLEncoder.encode(tooLong, StandardCharsets.UTF_8), "text/html");
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("the question is 2005 characters long; the limit is 2000");
    assertClean(page);
  }

  @Test
  void anEmptyQuestionIsA400() throws Exception {
    for (String empty : List.of("", "   ", "\n\t")) {
      assertThat(apiError(postJson(question(empty)), 400).get("error").asText())
          .isEqualTo("the question is empty");
    }
    HttpResponse<String> page = get("/?q=%20%20", "text/html");
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("the question is empty");
  }

  @Test
  void controlCharactersAndBrokenSurrogatesAreA400NamingWhereTheyAre() throws Exception {
    assertThat(apiError(postJson(question("gout\u0000flare")), 400).get("error").asText())
        .isEqualTo(
            "the question holds a control character (U+0000) at character 5; please remove it");
    assertThat(
            apiError(postJson("{\"question\":\"gout \\ud800 flare\"}"), 400).get("error").asText())
        .contains("unpaired surrogate (U+D800)");
    assertThat(
            apiError(postJson("{\"question\":\"gout\",\"previous\":[\"a\\u0007b\"]}"), 400)
                .get("error")
                .asText())
        .isEqualTo(
            "earlier question 1 holds a control character (U+0007) at character 2; please remove it");
    HttpResponse<String> page = get("/?q=gout%1Bflare", "text/html");
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("control character (U+001B)");
    // tabs and line breaks are how people type
    assertThat(postJson(question("How should an acute\ngout flare\tbe treated?")).statusCode())
        .isEqualTo(200);
  }

  @Test
  void anOversizedBodyIsA413WithoutBeingReadWhole() throws Exception {
    byte[] big = ("{\"question\":\"" + "a".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8);
    apiError(post("application/json", big), 413);

    byte[] huge = new byte[32 << 20];
    java.util.Arrays.fill(huge, (byte) 'a');
    long start = System.nanoTime();
    HttpResponse<String> r = post("application/json", huge);
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(System.nanoTime() - start).isLessThan(20_000_000_000L);

    // a URL longer than the server takes is refused before the app, still without internals
    HttpResponse<String> longUrl = get("/?q=" + "gout+".repeat(5000), "text/html");
    assertThat(longUrl.statusCode()).isBetween(400, 499);
    assertClean(longUrl);
  }

  @Test
  void brokenRequestsGetCleanErrors() throws Exception {
    apiError(postJson("{\"question\": \"gout"), 400);
    apiError(postJson("[".repeat(5000)), 400);
    apiError(postJson("{\"question\": 1e999999}"), 400);
    apiError(postJson("{\"question\": \"gout\", \"audience\": \"<script>\"}"), 400);
    apiError(postJson("{\"question\": \"gout\", \"previous\": \"no\"}"), 400);
    apiError(post("application/json", new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}), 400);

    HttpResponse<String> wrongType =
        post("text/plain", "question=gout".getBytes(StandardCharsets.UTF_8));
    assertThat(wrongType.statusCode()).isEqualTo(415);
    assertClean(wrongType);

    // the API answers only POST; anything else is sent to the login like every unknown path
    HttpResponse<String> wrongMethod = get("/api/v1/answers", "application/json");
    assertRefused(wrongMethod);
  }

  @Test
  void missingAndPathTraversingSourcesGetCleanErrors() throws Exception {
    for (String path :
        List.of(
            "/sources/pmid:999999999999",
            "/sources/../../etc/passwd",
            "/sources/..%2F..%2Fetc%2Fpasswd",
            "/sources/%2e%2e/%2e%2e/etc/passwd",
            "/sources/file:%2F%2F%2Fetc%2Fpasswd",
            "/sources/%00",
            "/articles/..%2F..%2Fetc%2Fpasswd",
            "/export/ris?q=gout&audience=nobody",
            "/no/such/page",
            "/WEB-INF/web.xml",
            "/api/v1/answers/../../../etc/passwd")) {
      for (String accept : List.of("text/html", "application/json")) {
        HttpResponse<String> r = get(path, accept);
        assertRefused(r);
        assertThat(r.body()).as(path).doesNotContain("root:x:0:0");
      }
    }
  }

  @Test
  void theOpenApiDocumentNamesEveryErrorOfTheAnswerEndpoint() throws Exception {
    JsonNode doc = JSON.readTree(get("/v3/api-docs", "application/json").body());
    JsonNode responses = doc.at("/paths/~1api~1v1~1answers/post/responses");

    for (String status : List.of("200", "400", "413", "429", "503")) {
      assertThat(responses.has(status)).as("documents " + status).isTrue();
    }
    for (String status : List.of("429", "503")) {
      assertThat(responses.at("/" + status + "/headers").has("Retry-After")).as(status).isTrue();
    }
    for (String export : List.of("text", "ris", "bibtex")) {
      JsonNode get = doc.at("/paths/~1export~1" + export + "/get/responses");
      assertThat(get.at("/429/headers").has("Retry-After")).as(export).isTrue();
      assertThat(get.has("400") && get.has("503")).as(export).isTrue();
    }
    assertThat(responses.at("/400/content/application~1json/schema/$ref").asText())
        .isEqualTo("#/components/schemas/Error");
    assertThat(doc.at("/components/schemas/Error/required").toString()).contains("error");
  }

  @Test
  void theQuestionEndpointSurvivesItsFuzzBudget() throws Exception {
    // the readers' budget (GALEN_FUZZ_SECONDS), at most a minute: one endpoint, and CI's time
    long seconds = Math.min(60, Long.parseLong(setting("galen.fuzz.seconds", "5")));
    QuestionFuzzer.Result result =
        new QuestionFuzzer(http, port, System.nanoTime()).run(seconds * 1000);
    System.out.println(result.line());
    assertThat(result.failures()).as("bad responses found by fuzzing").isEmpty();
  }
}
