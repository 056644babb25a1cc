package org.galen.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.galen.app.eval.IngestBench;
import org.galen.ingest.Parsed;
import org.galen.ingest.pubmed.PubmedReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code galen bench ingest} on a tiny run: the generated file and the report's shape. */
class BenchIngestCommandTest {
  private static final Path MEDLINE =
      Path.of("../galen-ingest/src/test/resources/pubmed/medsamp2014-excerpt.xml");

  @TempDir Path tmp;

  @Test
  void theGeneratedFileHoldsTheRequestedNumberOfCitationsUnderDistinctPmids() throws Exception {
    Path out = tmp.resolve("gen.xml");

    int distinct = IngestBench.generate(MEDLINE, 10, out);

    List<Parsed> parsed = new ArrayList<>();
    new PubmedReader().read(out, parsed::add);
    Set<String> ids = new HashSet<>();
    parsed.forEach(p -> ids.add(((Parsed.Ok) p).document().source().id()));
    assertThat(distinct).isPositive();
    assertThat(parsed).hasSize(10);
    assertThat(ids).hasSize(10);
  }

  @Test
  void aSmallRunReportsEachIngestAndTheRatio() {
    StringWriter out = new StringWriter();
    CommandLine cli = Galen.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));

    int code =
        cli.execute(
            "bench",
            "ingest",
            "--medline",
            MEDLINE.toString(),
            "--records",
            "20",
            "--rounds",
            "1",
            "--skip-embeddings");

    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("plain Lucene (title+abstract)")
        .contains("Galen ingest, BM25 only")
        .contains("20 records in")
        .contains("Galen BM25 / plain Lucene")
        .doesNotContain("embeddings (");
  }
}
