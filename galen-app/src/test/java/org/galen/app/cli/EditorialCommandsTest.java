package org.galen.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.galen.app.GalenHome;
import org.galen.app.library.StarterLibrary;
import org.galen.store.Store;
import org.galen.store.article.Article;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** publish, ingest with living answers, backup and restore, on a fresh data directory (H2). */
class EditorialCommandsTest {
  static final String GOUT = "How should an acute gout flare be treated?";

  @TempDir Path home;
  @TempDir Path work;
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

  private List<Article> articles() {
    GalenHome h = GalenHome.fromEnvironment(Map.of());
    try (Store store = Store.open(h.store(Map.of()))) {
      return store.articles().list();
    }
  }

  @Test
  void publishSavesAnArticleSubmittedForReview() {
    assertThat(galen("publish", GOUT)).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("published 'how-should-an-acute-gout-flare-be-treated' (version 1, submitted");
    assertThat(articles()).extracting(Article::question).containsExactly(GOUT);
  }

  @Test
  void ingestingAChangedCitedSummaryProposesANewVersion() throws Exception {
    assertThat(galen("publish", GOUT)).isZero();
    String gout = Objects.requireNonNull(StarterLibrary.read().get("library/summaries/gout.md"));
    String line =
        "- For a gout flare, colchicine, an NSAID or a corticosteroid (oral, intra-articular or"
            + " intramuscular) are equally acceptable first-line options (ACR 2020; NICE 2022)\n";
    Files.writeString(work.resolve("gout.md"), gout.replace(line, ""));

    assertThat(galen("ingest", work.toString())).as(err.toString()).isZero();

    assertThat(err.toString()).contains("evidence changed — re-review: summary:gout was updated");
    Article a = articles().getFirst();
    assertThat(a.evidenceChanged()).isTrue();
    assertThat(a.latestVersion()).isEqualTo(2);
  }

  @Test
  void restoreBringsBackTheDatabaseAndIndexOfTheBackup() throws Exception {
    assertThat(galen("publish", GOUT)).isZero();
    Path zip = work.resolve("backup.zip");
    assertThat(galen("backup", zip.toString())).as(err.toString()).isZero();
    assertThat(out.toString()).contains("backup written to");
    assertThat(galen("publish", "Which patients with influenza should receive oseltamivir?"))
        .isZero();
    assertThat(articles()).hasSize(2);

    assertThat(galen("restore", zip.toString())).as(err.toString()).isZero();

    assertThat(articles()).extracting(Article::question).containsExactly(GOUT);
    assertThat(out.toString()).contains("stored sources restored");
    out.getBuffer().setLength(0);
    assertThat(galen("ask", "--json", GOUT)).isZero();
    assertThat(out.toString()).contains("summary:gout");
    // the restored journal matches the restored index: the library can be rebuilt from it
    assertThat(galen("reindex")).as(err.toString()).isZero();
    out.getBuffer().setLength(0);
    assertThat(galen("ask", "--json", GOUT)).isZero();
    assertThat(out.toString()).contains("summary:gout");
  }

  @Test
  void backupRefusesToOverwriteAFile() throws Exception {
    Path zip = Files.writeString(work.resolve("exists.zip"), "x");
    assertThat(galen("backup", zip.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("exists already");
  }

  @Test
  void aRestoreThatFailsSaysWhyInOneLine() throws Exception {
    assertThat(galen("source", "--list")).isZero(); // a library to keep
    Path zip = work.resolve("folder-entry.zip");
    try (java.util.zip.ZipOutputStream z =
        new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      z.putNextEntry(new java.util.zip.ZipEntry("index/"));
      z.closeEntry();
    }
    err.getBuffer().setLength(0);

    assertThat(galen("restore", zip.toString())).isEqualTo(2);

    assertThat(err.toString().lines().toList())
        .singleElement()
        .asString()
        .startsWith("galen: ")
        .contains("is not a Galen backup");
    assertThat(galen("source", "--list")).isZero();
  }
}
