package org.galen.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code galen bench load} on a real embedded server: a short run with a few users. */
class BenchLoadCommandTest {
  @TempDir Path home;

  @AfterEach
  void clear() {
    System.clearProperty("galen.home");
    System.clearProperty("galen.api.requests-per-minute");
  }

  @Test
  void aShortRunReportsIdleAndLoadedLatencyWithoutErrors() throws Exception {
    System.setProperty("galen.home", home.toString());
    Path mix = home.resolve("mix.jsonl");
    Files.writeString(
        mix,
        """
        {"question": "How is gout treated?"}
        {"question": "My knee hurts when I walk. What can I do?", "audience": "patient"}
        {"question": "and if that fails?", "previous": ["How is plantar fasciitis treated?"]}
        {"question": "Best pasta recipe?"}
        """);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Galen.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));

    int code =
        cli.execute(
            "bench",
            "load",
            "--users",
            "3",
            "--duration",
            "2s",
            "--idle-requests",
            "5",
            "--questions",
            mix.toString());

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("idle (1 user)")
        .contains("load (3 users)")
        .contains("errors 0")
        .contains("200: ");
  }

  @Test
  void aBadDurationIsNamed() {
    StringWriter err = new StringWriter();
    CommandLine cli = Galen.commandLine();
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));

    int code = cli.execute("bench", "load", "--duration", "five minutes", "--url", "http://x");

    assertThat(code).isNotZero();
    assertThat(err.toString()).contains("--duration: 'five minutes' is not a duration");
  }

  @Test
  void aBrokenQuestionsFileIsNamedWithItsLine() throws Exception {
    Path mix = home.resolve("bad.jsonl");
    Files.writeString(mix, "{\"question\": \"ok\"}\n{\"q\": 1}\n");
    StringWriter err = new StringWriter();
    CommandLine cli = Galen.commandLine();
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));

    int code = cli.execute("bench", "load", "--questions", mix.toString(), "--url", "http://x");

    assertThat(code).isNotZero();
    assertThat(err.toString()).contains("bad.jsonl line 2: no \"question\" text");
  }
}
