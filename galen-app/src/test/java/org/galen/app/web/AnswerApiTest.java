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
}
