package org.galen.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command line end to end, on a fresh data directory that it fills from the bundled library.
 */
class AskCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path home;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void useTemporaryHome() {
    System.setProperty("galen.home", home.toString());
  }

  @AfterEach
  void clearHome() {
    System.clearProperty("galen.home");
  }

  private int galen(String... args) {
    CommandLine cli = Galen.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void askJsonAnswersTheSeedQuestionWithVerifiableQuotes() throws Exception {
    int code =
        galen(
            "ask",
            "--json",
            "What is the best treatment for sciatica pain localized to the upper hamstring and glute?");

    assertThat(code).as(err.toString()).isZero();
    JsonNode answer = JSON.readTree(out.toString());
    assertThat(answer.get("status").asText()).isEqualTo("answered");
    assertThat(answer.get("composer").asText()).isEqualTo("extractive");
    for (String field :
        List.of(
            "question",
            "audience",
            "emergency",
            "bottomLine",
            "sections",
            "references",
            "disclaimer",
            "followUps",
            "generatedAt")) {
      assertThat(answer.has(field)).as(field).isTrue();
    }
    String firstRef = answer.get("references").get(0).get("id").asText();
    String quote = answer.get("bottomLine").get("evidence").get(0).get("quote").asText();

    out.getBuffer().setLength(0);
    assertThat(galen("source", "--json", firstRef)).isZero();
    JsonNode source = JSON.readTree(out.toString());
    assertThat(source.get("text").asText()).contains(quote);
  }

  @Test
  void batchPrintsOneAnswerPerLineInOrderWithIds() throws Exception {
    Path batch = home.resolve("batch.jsonl");
    Files.writeString(
        batch,
        """
        {"id": "a", "question": "Will it rain in London tomorrow?"}
        {"id": "b", "question": "My knees ache from arthritis, what can I do myself?", "audience": "patient"}
        {"id": "c", "question": "And if that is not enough?", "previous": ["How should knee osteoarthritis be managed?"]}
        """);

    assertThat(galen("ask", "--json", "--batch", batch.toString())).as(err.toString()).isZero();

    List<JsonNode> answers = out.toString().lines().map(l -> read(l)).toList();
    assertThat(answers).extracting(a -> a.get("id").asText()).containsExactly("a", "b", "c");
    assertThat(answers)
        .extracting(a -> a.get("status").asText())
        .containsExactly("out_of_scope", "answered", "answered");
    assertThat(answers.get(1).get("audience").asText()).isEqualTo("patient");
  }

  @Test
  void aBadAudienceIsAClearError() {
    assertThat(galen("ask", "--audience", "nurse", "gout?")).isEqualTo(2);
    assertThat(err.toString()).contains("audience must be clinician or patient, was 'nurse'");
  }

  @Test
  void ingestOfAMalformedSummaryFailsNamingFileAndLineAndKeepsTheLibrary() throws Exception {
    Path bad = home.resolve("bad.md");
    Files.writeString(
        bad,
        "---\nid: bad\ntitle: Bad\nkind: practice_summary\n---\n## Bottom line\n- no basis here\n");
    assertThat(galen("source", "--list")).isZero();
    String before = out.toString();

    out.getBuffer().setLength(0);
    int code = galen("ingest", bad.toString());

    assertThat(code).isEqualTo(1);
    assertThat(out.toString()).contains(bad + ":7: bullet has no basis");
    out.getBuffer().setLength(0);
    galen("source", "--list");
    assertThat(out.toString()).isEqualTo(before);
  }

  private static JsonNode read(String line) {
    try {
      return JSON.readTree(line);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }
}
