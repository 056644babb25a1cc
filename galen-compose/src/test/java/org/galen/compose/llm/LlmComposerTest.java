package org.galen.compose.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.galen.compose.ExtractiveComposer;
import org.galen.compose.TestLibrary;
import org.galen.core.Audience;
import org.galen.core.Question;
import org.galen.core.Source;
import org.galen.core.answer.Answer;
import org.galen.core.answer.Evidence;
import org.galen.core.answer.Reference;
import org.galen.core.answer.Statement;
import org.galen.index.LibraryIndex;
import org.galen.retrieve.QueryUnderstanding;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The LLM composer against a local OpenAI-compatible endpoint that replays recorded replies (the
 * one fake Galen's tests allow), on the real practice summaries.
 */
class LlmComposerTest {
  private static final Question LOW_BACK_PAIN =
      Question.of(
          "What is the first-line treatment for acute non-specific low back pain?",
          Audience.CLINICIAN);

  @TempDir static Path tmp;
  static LibraryIndex index;
  static ExtractiveComposer extractive;
  static QueryUnderstanding understanding;

  private @Nullable HttpServer server;
  private final AtomicInteger calls = new AtomicInteger();

  @BeforeAll
  static void load() {
    index = TestLibrary.load(tmp.resolve("index"));
    extractive = TestLibrary.composer(index);
    understanding = QueryUnderstanding.bundled(index.analyzer());
  }

  @AfterAll
  static void close() {
    index.close();
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  /** Serves one recorded reply (or an HTTP status, or a slow reply) at /v1/chat/completions. */
  private LlmComposer composerReplaying(@Nullable String recording, int status, Duration delay)
      throws IOException {
    byte[] body =
        recording == null
            ? "{}".getBytes(StandardCharsets.UTF_8)
            : Files.readAllBytes(Path.of("src/test/resources/llm", recording));
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    this.server = server;
    server.createContext(
        "/v1/chat/completions",
        exchange -> {
          calls.incrementAndGet();
          exchange.getRequestBody().readAllBytes();
          try {
            Thread.sleep(delay.toMillis());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(status, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    LlmConfig config =
        new LlmConfig(
            URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/"),
            "recorded-model",
            "test-key",
            Duration.ofSeconds(2),
            1);
    return new LlmComposer(
        extractive, new ChatClient(config), understanding::terms, Clock.systemUTC());
  }

  private static void assertEveryQuoteStandsInItsSource(Answer a) {
    for (Statement s : a.statements().toList()) {
      assertThat(s.citations()).isNotEmpty();
      for (Evidence e : s.evidence()) {
        Reference r = a.references().get(e.ref() - 1);
        Source source = index.source(r.id()).orElseThrow();
        assertThat(source.text()).contains(e.quote());
      }
    }
  }

  @Test
  void anHonestDraftIsShownWithVerifiedQuotes() throws IOException {
    Answer a = composerReplaying("honest.json", 200, Duration.ZERO).answer(LOW_BACK_PAIN);

    assertThat(a.composer()).isEqualTo("llm:recorded-model");
    assertThat(a.droppedClaims()).isZero();
    assertThat(a.bottomLine()).isNotNull();
    assertThat(a.statements()).hasSize(4);
    assertThat(a.references()).extracting(Reference::n).containsExactly(1);
    assertEveryQuoteStandsInItsSource(a);
  }

  @Test
  void uncitedAndFabricatedClaimsNeverReachTheAnswer() throws IOException {
    Answer a = composerReplaying("fabricated.json", 200, Duration.ZERO).answer(LOW_BACK_PAIN);

    String shown = a.statements().map(Statement::text).collect(Collectors.joining(" "));
    assertThat(a.composer()).isEqualTo("llm:recorded-model");
    assertThat(a.droppedClaims()).isEqualTo(4);
    assertThat(shown)
        .doesNotContainIgnoringCase("bed rest")
        .doesNotContainIgnoringCase("gabapentin")
        .doesNotContain("2400")
        .doesNotContainIgnoringCase("steroids");
    assertThat(shown).contains("stay active");
    assertEveryQuoteStandsInItsSource(a);
  }

  @Test
  void aReplyThatIsNotJsonFallsBackToTheExtractiveAnswer() throws IOException {
    Answer a = composerReplaying("not-json.json", 200, Duration.ZERO).answer(LOW_BACK_PAIN);

    assertThat(a.composer()).isEqualTo("extractive");
    assertEveryQuoteStandsInItsSource(a);
  }

  @Test
  void aFailingEndpointIsRetriedThenFallsBack() throws IOException {
    Answer a = composerReplaying(null, 500, Duration.ZERO).answer(LOW_BACK_PAIN);

    assertThat(a.composer()).isEqualTo("extractive");
    assertThat(calls.get()).isEqualTo(2);
  }

  @Test
  void aSlowEndpointTimesOutThenFallsBack() throws IOException {
    Answer a = composerReplaying("honest.json", 200, Duration.ofSeconds(3)).answer(LOW_BACK_PAIN);

    assertThat(a.composer()).isEqualTo("extractive");
  }

  @Test
  void safetyAnswersNeverGoThroughTheModel() throws IOException {
    LlmComposer llm = composerReplaying("honest.json", 200, Duration.ZERO);

    Answer oos = llm.answer(Question.of("Will it rain in London tomorrow?", Audience.CLINICIAN));

    assertThat(oos.composer()).isEqualTo("extractive");
    assertThat(calls.get()).isZero();
  }

  @Test
  void theVerifierNeedsTheClaimsWordsAndEveryNumber() {
    ClaimVerifier verifier = new ClaimVerifier(understanding::terms, 0.6);
    String passage =
        "Offer ibuprofen 400 mg three times daily for up to 5 days. Review after a week.";

    assertThat(
            verifier.support("Give ibuprofen 400 mg three times daily for up to 5 days.", passage))
        .contains("Offer ibuprofen 400 mg three times daily for up to 5 days.");
    assertThat(
            verifier.support("Give ibuprofen 800 mg three times daily for up to 5 days.", passage))
        .isEmpty();
    assertThat(verifier.support("Gabapentin cures back pain.", passage)).isEmpty();
  }
}
