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
@org.junit.jupiter.api.extension.ExtendWith(
    org.springframework.boot.test.system.OutputCaptureExtension.class)
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

    // the API answers only POST; anything else is a 405 in the API's shape
    assertThat(get("/api/v1/answers", "application/json").statusCode()).isEqualTo(405);
  }

  /** A GET sent as raw bytes, for addresses that java.net.URI refuses to build; the whole reply. */
  String raw(String pathAndQuery, String accept) throws Exception {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
      socket
          .getOutputStream()
          .write(
              ("GET "
                      + pathAndQuery
                      + " HTTP/1.1\r\nHost: localhost\r\nAccept: "
                      + accept
                      + "\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.ISO_8859_1));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** An API error: the status and a body that is exactly {@code {"error": "…"}}. */
  static String onlyError(HttpResponse<String> r, int status) throws Exception {
    JsonNode body = apiError(r, status);
    assertThat(body.size()).as(r.body()).isEqualTo(1);
    return body.get("error").asText();
  }

  @Test
  void everyApiRefusalIsOneErrorFieldInTheCallersTerms() throws Exception {
    assertThat(onlyError(post("text/plain", "question=gout".getBytes(StandardCharsets.UTF_8)), 415))
        .isEqualTo("send the body as application/json (Content-Type), not text/plain");
    assertThat(onlyError(postJson("{\"question\": \"gout\"} {\"question\": \"x\"}"), 400))
        .contains("there is more after the JSON value");
    assertThat(onlyError(postJson("{\"question\": \"gout\", \"questoin\": \"x\"}"), 400))
        .isEqualTo(
            "unknown field 'questoin' in the request; it takes question, audience, previous, id");
    assertThat(onlyError(postJson("{\"question\": 42}"), 400))
        .isEqualTo("'question' must be a string");
    assertThat(onlyError(postJson("{\"question\": \"gout\", \"audience\": 5}"), 400))
        .isEqualTo("'audience' must be a string");
    assertThat(onlyError(postJson("{\"question\": \"gout\", \"previous\": [1]}"), 400))
        .isEqualTo("'previous' must be an array of strings");
    assertThat(onlyError(postJson("{\"question\": \"gout\", \"id\": {}}"), 400))
        .isEqualTo("'id' must be a string");
    assertThat(onlyError(postJson("[".repeat(5000)), 400))
        .isEqualTo("the request is not valid JSON: it is nested more than 64 levels deep");
    HttpResponse<String> get = get("/api/v1/answers", "application/json");
    assertThat(onlyError(get, 405)).isEqualTo("GET is not allowed here; use POST");
  }

  @Test
  void invalidUtf8AndBadPercentEncodingAre400sWithOneWarningAndNoStackTrace(
      org.springframework.boot.test.system.CapturedOutput log) throws Exception {
    byte[] body = "{\"question\": \"gout ? flare\"}".getBytes(StandardCharsets.UTF_8);
    body[18] = (byte) 0xFF;
    assertThat(onlyError(post("application/json", body), 400))
        .isEqualTo("the request body is not valid UTF-8 (at byte 18); send UTF-8 text");

    int before = log.getAll().length();
    String percent = raw("/?q=gout%zzflare", "text/html");
    String bytes = raw("/?q=gout%FF%FEflare", "text/html");
    String apiPercent = raw("/export/text?q=%zz", "application/json");

    assertThat(percent).startsWith("HTTP/1.1 400").contains("a bad percent-encoding");
    assertThat(LEAK.matcher(percent.substring(percent.indexOf("\r\n\r\n"))).find()).isFalse();
    assertThat(bytes).startsWith("HTTP/1.1 400").contains("text that is not valid UTF-8");
    assertThat(apiPercent)
        .startsWith("HTTP/1.1 400")
        .contains("{\"error\":\"The address or form holds a bad percent-encoding");
    String logged = log.getAll().substring(before);
    assertThat(logged.lines().filter(l -> l.contains("WARN")).count()).as(logged).isEqualTo(3);
    assertThat(logged).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void anUnknownAudienceOnTheAskPageIsThe400TheApiGives() throws Exception {
    HttpResponse<String> page = get("/?q=How+is+gout+treated%3F&audience=bogus", "text/html");
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("audience must be clinician or patient, was &#39;bogus&#39;");
    assertThat(
            onlyError(
                postJson("{\"question\": \"How is gout treated?\", \"audience\": \"bogus\"}"), 400))
        .isEqualTo("audience must be clinician or patient, was 'bogus'");
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
