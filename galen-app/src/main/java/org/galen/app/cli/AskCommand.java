package org.galen.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.galen.app.AnswerJson;
import org.galen.app.AnswerText;
import org.galen.app.Engine;
import org.galen.app.GalenHome;
import org.galen.core.Audience;
import org.galen.core.GalenException;
import org.galen.core.Question;
import org.galen.core.answer.Answer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code galen ask}: one question, or a JSONL batch, answered without starting a server. */
@Command(
    name = "ask",
    mixinStandardHelpOptions = true,
    description =
        "Answer a clinical question from the library, with citations and verbatim quotes.")
final class AskCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print the answer as JSON (answer.schema.json).")
  boolean json;

  @Option(
      names = "--composer",
      description =
          "extractive (default; or GALEN_COMPOSER), or llm: an OpenAI-compatible model writes the answer"
              + " from the same passages and every sentence is verified (GALEN_LLM_BASE_URL, GALEN_LLM_MODEL,"
              + " GALEN_LLM_API_KEY)")
  @Nullable String composer;

  @Option(
      names = "--explain",
      description = "Also print to stderr how each candidate source matched the question.")
  boolean explain;

  @Option(
      names = "--audience",
      defaultValue = "clinician",
      description = "clinician (default) or patient: plain language.")
  String audience = "clinician";

  @Option(
      names = "--previous",
      description = "An earlier question of the same conversation (repeatable, oldest first).")
  List<String> previous = new ArrayList<>();

  @Option(
      names = "--batch",
      paramLabel = "FILE.jsonl",
      description =
          "Answer every line {\"id\", \"question\", \"audience\", \"previous\"} of FILE; one JSON answer per line.")
  @Nullable Path batch;

  @Parameters(arity = "0..1", paramLabel = "QUESTION", description = "The question, in quotes.")
  @Nullable String question;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Audience defaultAudience = Audience.parse(audience);
    Path file = batch;
    String text = question;
    if (file != null && text != null) {
      throw new GalenException("give either a QUESTION or --batch FILE.jsonl, not both");
    }
    if (file == null && text == null) {
      throw new GalenException("give a QUESTION in quotes, or --batch FILE.jsonl");
    }
    String composerName =
        composer != null ? composer : System.getenv().getOrDefault("GALEN_COMPOSER", "extractive");
    try (Engine engine = Engine.open(GalenHome.fromEnvironment(System.getenv()), composerName)) {
      if (file != null) {
        return batch(engine, file, defaultAudience, out);
      }
      Question q = new Question(String.valueOf(text), defaultAudience, previous);
      if (explain) {
        engine.explain(q).forEach(m -> spec.commandLine().getErr().println(m));
      }
      Answer answer = engine.answer(q);
      out.println(json ? AnswerJson.write(answer) : AnswerText.render(answer));
      out.flush();
      return 0;
    }
  }

  private int batch(Engine engine, Path file, Audience defaultAudience, PrintWriter out)
      throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new GalenException("batch file not found: " + file);
    }
    int failed = 0;
    int lineNo = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        try {
          AnswerJson.Request req = AnswerJson.request(line, defaultAudience);
          Answer answer = engine.answer(req.question()).withId(req.id());
          out.println(json ? AnswerJson.write(answer) : AnswerText.render(answer));
        } catch (GalenException e) {
          failed++;
          spec.commandLine()
              .getErr()
              .println("galen: " + file + ":" + lineNo + ": " + e.getMessage());
        }
        out.flush();
      }
    }
    return failed == 0 ? 0 : 1;
  }
}
