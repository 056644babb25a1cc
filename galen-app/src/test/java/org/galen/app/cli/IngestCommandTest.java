package org.galen.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code galen ingest} end to end on real PubMed records, into a fresh data directory. */
class IngestCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path PUBMED = Path.of("../galen-ingest/src/test/resources/pubmed");

  @TempDir Path home;
  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  @BeforeEach
  void useTemporaryHome() {
    System.setProperty("galen.home", home.toString());
  }

  @AfterEach
  void clearHome() {
    System.clearProperty("galen.home");
  }

  private int galen(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    CommandLine cli = Galen.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void ingestJsonReportsCountsAndTheSourceKeepsItsCitationDetails() throws Exception {
    String file = PUBMED.resolve("pubmed-29768149.xml").toString();

    int code = galen("ingest", "--json", file);

    assertThat(code).as(err.toString()).isZero();
    JsonNode report = JSON.readTree(out.toString());
    assertThat(report.get("read").asInt()).isEqualTo(1);
    assertThat(report.get("added").asInt()).isEqualTo(1);
    assertThat(report.get("skipped")).isEmpty();
    // not a terminal: one plain line per file on stderr
    assertThat(err.toString()).contains("read " + file + " (1 records)");

    assertThat(galen("source", "--json", "pmid:29768149")).isZero();
    JsonNode source = JSON.readTree(out.toString());
    assertThat(source.get("kind").asText()).isEqualTo("rct");
    assertThat(source.get("pmid").asText()).isEqualTo("29768149");
    assertThat(source.get("source").asText()).isEqualTo("The New England journal of medicine");
    assertThat(source.get("year").asInt()).isEqualTo(2018);
    assertThat(source.get("authors").get(0).asText()).isEqualTo("O'Byrne PM");

    assertThat(galen("ingest", "--json", file)).isZero();
    assertThat(JSON.readTree(out.toString()).get("unchanged").asInt()).isEqualTo(1);
  }

  @Test
  void deletionsOfCitationsTheLibraryNeverHeldChangeNothing() throws Exception {
    String file = PUBMED.resolve("medsamp2014-excerpt.xml").toString();

    assertThat(galen("ingest", "--json", file)).isZero();
    JsonNode first = JSON.readTree(out.toString());
    assertThat(galen("ingest", "--json", file)).isZero();
    JsonNode second = JSON.readTree(out.toString());

    assertThat(first.get("added").asInt()).isEqualTo(4);
    assertThat(first.get("deleted").asInt()).isZero();
    assertThat(second.get("unchanged").asInt()).isEqualTo(4);
    assertThat(second.get("deleted").asInt()).isZero();
  }

  @Test
  void theProgressLineCountsFilesRecordsRateAndTimeLeft() {
    AtomicLong now = new AtomicLong();
    StringWriter screen = new StringWriter();
    Progress progress = new Progress(new PrintWriter(screen), true, now::get);
    Path a = PUBMED.resolve("pubmed-29768149.xml");
    Path b = PUBMED.resolve("medsamp2014-excerpt.xml");

    progress.started(List.of(a, b));
    for (int i = 0; i < 100; i++) {
      progress.record();
    }
    now.set(2_000_000_000L);
    progress.fileDone(a, 100, null);

    String line = progress.line();
    assertThat(line)
        .contains("1/2 files", "100 records", "50 records/s")
        .matches(".*ETA \\d+:\\d\\d");
    assertThat(screen.toString()).contains("\r[");
  }
}
