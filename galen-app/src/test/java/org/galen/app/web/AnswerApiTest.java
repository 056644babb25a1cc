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
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The web app on a random port, on a fresh data directory, driven over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnswerApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Path home;
  private final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort int port;

  @BeforeAll
  static void home() throws Exception {
    home = Files.createTempDirectory("galen-web-test");
    System.setProperty("galen.home", home.toString());
  }

  @AfterAll
  static void clear() {
    System.clearProperty("galen.home");
  }

  private HttpResponse<String> post(String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/answers"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void postAnswersReturnsTheContract() throws Exception {
    HttpResponse<String> r =
        post(
            "{\"question\": \"How should an acute gout flare be treated?\", \"audience\": \"clinician\", \"previous\": []}");

    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode a = JSON.readTree(r.body());
    assertThat(a.get("status").asText()).isEqualTo("answered");
    assertThat(a.get("references").get(0).get("id").asText()).isEqualTo("summary:gout");
    assertThat(a.get("sections").size()).isGreaterThan(2);
  }

  @Test
  void aMalformedRequestIsA400NamingTheProblem() throws Exception {
    HttpResponse<String> r = post("{\"question\": 42}");

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("'question' must be a string");
  }

  @Test
  void theAskPageAnswersFromAShareableUrlWithoutJavaScript() throws Exception {
    String q =
        URLEncoder.encode(
            "What is the best treatment for sciatica pain localized to the upper hamstring and glute?",
            StandardCharsets.UTF_8);
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/?q=" + q + "&audience=clinician"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("Bottom line")
        .contains("First-line treatment")
        .contains("Educational purpose only")
        .contains("Which best describes you?")
        .contains("<sup class=\"cite\">")
        .contains("References");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theOpenApiDocumentDescribesTheAnswersEndpointWithItsSchemas() throws Exception {
    JsonNode doc = JSON.readTree(get("/v3/api-docs").body());

    JsonNode post = doc.at("/paths/~1api~1v1~1answers/post");
    assertThat(post.isMissingNode()).isFalse();
    assertThat(post.at("/requestBody/content/application~1json/schema/$ref").asText())
        .endsWith("/AnswerRequest");
    assertThat(post.at("/responses/200/content/application~1json/schema/$ref").asText())
        .endsWith("/Answer");
    JsonNode schemas = doc.at("/components/schemas");
    assertThat(schemas.at("/Answer/properties/status/enum").toString())
        .contains("answered", "insufficient_evidence", "out_of_scope");
    assertThat(schemas.at("/Evidence/properties/quote").isMissingNode()).isFalse();
    doc.at("/paths")
        .fieldNames()
        .forEachRemaining(
            p ->
                assertThat(p)
                    .as("only the JSON API and the exports are documented")
                    .matches("/api/v1/.*|/export/(text|ris|bibtex)"));
    assertThat(doc.at("/paths/~1api~1v1~1articles").isMissingNode()).isFalse();
    assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
  }

  @Test
  void healthAndPrometheusMetricsAreServed() throws Exception {
    post("{\"question\": \"How should an acute gout flare be treated?\"}");

    assertThat(get("/actuator/health").body()).contains("\"status\":\"UP\"");
    String metrics = get("/actuator/prometheus").body();
    assertThat(metrics)
        .contains("galen_answers_served_total{")
        .contains("channel=\"api\"")
        .contains("galen_answer_latency_seconds_bucket{")
        .contains("galen_ingest_sources{")
        .contains("galen_library_documents")
        .contains("disk_free_bytes{");
    // scraped over the network: no install path, working directory or data directory in it
    String cwd = java.nio.file.Path.of("").toAbsolutePath().toString();
    assertThat(metrics)
        .doesNotContain(cwd)
        .doesNotContain(org.galen.app.GalenHome.fromEnvironment(System.getenv()).root().toString())
        .doesNotContain("path=\"/");
  }

  @Test
  void exportsServeTheAnswerAsTextAndItsReferencesAsBibtex() throws Exception {
    String q =
        URLEncoder.encode("How should an acute gout flare be treated?", StandardCharsets.UTF_8);

    HttpResponse<String> text = get("/export/text?q=" + q + "&audience=clinician");
    assertThat(text.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    assertThat(text.body()).contains("Bottom line:").contains("REFERENCES").contains("[1]");
    HttpResponse<String> bib = get("/export/bibtex?q=" + q);
    assertThat(bib.body()).contains("@misc{summary_gout,");
    assertThat(get("/export/ris?q=" + q + "&audience=nobody").statusCode()).isEqualTo(400);
  }

  @Test
  void sourcePagesTakeIdsWithColonsAndSlashes() throws Exception {
    assertThat(Links.source("doi:10.1056/NEJMoa1715274"))
        .isEqualTo("/sources/doi:10.1056/NEJMoa1715274");
    assertThat(Links.source("summary:a b")).isEqualTo("/sources/summary:a%20b");

    HttpResponse<String> found = get("/sources/summary:sciatica");
    assertThat(found.statusCode()).isEqualTo(200);
    assertThat(found.body()).contains("Sciatica").contains("Passages");
    HttpResponse<String> missing = get("/sources/doi:10.1056/NEJMoa1715274");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("no source with id 'doi:10.1056/NEJMoa1715274'");
  }

  @Test
  void aConversationLongerThanTheLimitIsDeclinedWithAReason() throws Exception {
    String previous = "&previous=Is+it+gout%3F".repeat(21);
    HttpResponse<String> r = get("/?q=And+then%3F" + previous);

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("holds 21 earlier questions; the limit is 20");
  }
}
