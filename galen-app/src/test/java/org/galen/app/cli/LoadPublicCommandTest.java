package org.galen.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code galen library load-public} on a small copy of the shared data folder's layout. */
class LoadPublicCommandTest {
  private static final Path FIXTURES = Path.of("../galen-ingest/src/test/resources");

  @TempDir Path home;
  @TempDir Path shared;
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
    out.getBuffer().setLength(0);
    CommandLine cli = Galen.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private void copy(String fixture, String folder, String name) throws IOException {
    Files.createDirectories(shared.resolve(folder));
    Files.copy(FIXTURES.resolve(fixture), shared.resolve(folder).resolve(name));
  }

  @Test
  void loadsThePublicCorporaAndNeverTheRetrievalSets() throws IOException {
    copy("guideline/ngc-10442.md", "guidelines-ngc", "ngc-10442.md");
    copy("pubmedqa/pubmedqa-3.json", "pubmedqa", "ori_pqal.json");
    // a readable file under retrieval/ must still stay out of the library
    Files.createDirectories(shared.resolve("retrieval/nfcorpus-dev"));
    Files.writeString(
        shared.resolve("retrieval/nfcorpus-dev/ngc-1.md"),
        Files.readString(FIXTURES.resolve("guideline/ngc-10442.md")).replace("id: 10442", "id: 1"));

    int code = galen("library", "load-public", shared.toString());

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("guidelines-ngc: read 1, added 1")
        .contains("pubmedqa: read 3, added 3")
        .contains("medquad: not in")
        .doesNotContain("retrieval");
    galen("source", "--list");
    assertThat(out.toString().lines())
        .contains("ngc:10442", "pmid:21645374", "pmid:16418930", "pmid:9488747")
        .doesNotContain("ngc:1");
  }

  @Test
  void loadingAgainChangesNothing() throws IOException {
    copy("pubmedqa/pubmedqa-3.json", "pubmedqa", "ori_pqal.json");
    galen("library", "load-public", shared.toString());

    int code = galen("library", "load-public", shared.toString());

    assertThat(code).isZero();
    assertThat(out.toString()).contains("pubmedqa: read 3, added 0, updated 0, unchanged 3");
  }

  @Test
  void aFolderWithoutCorporaIsAnErrorNamingIt() {
    int code = galen("library", "load-public", shared.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains(shared.toString()).contains("none of the public corpora");
  }
}
