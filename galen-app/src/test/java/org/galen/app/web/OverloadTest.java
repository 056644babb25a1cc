package org.galen.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Overload and abuse of the public answers API end in clear 503 and 429 answers, never a hang. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "galen.answers.max-concurrent=2",
      "galen.answers.queue-timeout-ms=100",
      "galen.api.requests-per-minute=3"
    })
class OverloadTest {
  private static Path home;

  @LocalServerPort int port;
  @Autowired AnswerGate gate;

  @BeforeAll
  static void home() throws Exception {
    home = Files.createTempDirectory("galen-overload-test");
    System.setProperty("galen.home", home.toString());
  }

  @AfterAll
  static void clear() {
    System.clearProperty("galen.home");
  }

  /** Posts a question from the loopback address {@code client}, so each test is its own client. */
  private HttpResponse<String> post(String client) throws Exception {
    HttpClient http = HttpClient.newBuilder().localAddress(InetAddress.getByName(client)).build();
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/answers"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"question\": \"How is gout treated?\"}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aSaturatedServerAnswers503WithRetryAfter() throws Exception {
    List<Boolean> held = new ArrayList<>();
    try {
      held.add(gate.tryEnter());
      held.add(gate.tryEnter());
      HttpResponse<String> r = post("127.0.0.2");

      assertThat(r.statusCode()).isEqualTo(503);
      assertThat(r.headers().firstValue("Retry-After")).contains("1");
      assertThat(r.body()).contains("retry in a moment").doesNotContain("Exception");
    } finally {
      held.stream().filter(b -> b).forEach(b -> gate.exit());
    }
    assertThat(post("127.0.0.2").statusCode()).isEqualTo(200);
  }

  @Test
  void aClientOverItsRateGets429WithRetryAfterWhileOthersAreServed() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertThat(post("127.0.0.3").statusCode()).isEqualTo(200);
    }
    HttpResponse<String> r = post("127.0.0.3");

    assertThat(r.statusCode()).isEqualTo(429);
    assertThat(Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow()))
        .isBetween(1L, 60L);
    assertThat(post("127.0.0.4").statusCode()).isEqualTo(200);
  }

  private HttpResponse<String> get(String client, String path) throws Exception {
    HttpClient http = HttpClient.newBuilder().localAddress(InetAddress.getByName(client)).build();
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theAskPageAndTheExportsShareTheClientsLimitWithTheApi() throws Exception {
    String client = "127.0.0.5";
    assertThat(get(client, "/?q=How+is+gout+treated%3F").statusCode()).isEqualTo(200);
    assertThat(get(client, "/export/text?q=How+is+gout+treated%3F").statusCode()).isEqualTo(200);
    assertThat(post(client).statusCode()).isEqualTo(200);

    HttpResponse<String> page = get(client, "/?q=How+is+gout+treated%3F");
    HttpResponse<String> export = get(client, "/export/ris?q=How+is+gout+treated%3F");

    for (HttpResponse<String> r : List.of(page, export)) {
      assertThat(r.statusCode()).isEqualTo(429);
      assertThat(Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow()))
          .isBetween(1L, 60L);
      assertThat(r.body()).contains("too many questions from your address");
    }
    assertThat(get(client, "/").statusCode()).as("the empty form composes nothing").isEqualTo(200);
    assertThat(get("127.0.0.6", "/?q=How+is+gout+treated%3F").statusCode()).isEqualTo(200);
  }
}
