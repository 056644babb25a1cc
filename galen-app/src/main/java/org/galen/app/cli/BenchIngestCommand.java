package org.galen.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.galen.app.eval.IngestBench;
import org.galen.index.EmbeddingConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code galen bench ingest}: MEDLINE abstracts/s, Galen against a plain-Lucene baseline. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Generate a MEDLINE file of --records citations (the real records of --medline repeated"
          + " under made-up PMIDs, in a temp folder deleted afterwards), then time in one run: a"
          + " plain-Lucene baseline indexing title+abstract, Galen's BM25-only ingest and Galen's"
          + " ingest with embeddings (on the distinct records only, as copies would reuse their"
          + " vectors). Reports records/s, Galen BM25 / baseline and peak RSS."
    })
final class BenchIngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--medline",
      required = true,
      description = "MEDLINE/PubMed XML (.xml or .xml.gz) whose records are repeated.")
  Path medline = Path.of(".");

  @Option(
      names = "--records",
      defaultValue = "20000",
      description = "Citations in the generated file (default ${DEFAULT-VALUE}).")
  int records = 20_000;

  @Option(
      names = "--rounds",
      defaultValue = "3",
      description =
          "Timed rounds of the baseline and BM25-only ingest, alternating; the best of each counts"
              + " (default ${DEFAULT-VALUE}). The ingest with embeddings runs once.")
  int rounds = 3;

  @Option(names = "--skip-embeddings", description = "Leave out the ingest with embeddings.")
  boolean skipEmbeddings;

  @Option(
      names = "--model",
      defaultValue = EmbeddingConfig.DEFAULT_MODEL,
      description = "Embedding model (default ${DEFAULT-VALUE}).")
  String model = EmbeddingConfig.DEFAULT_MODEL;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    Path tmp = Files.createTempDirectory("galen-bench-ingest");
    List<IngestBench.Run> runs = new ArrayList<>();
    long indexBytes = 0;
    long journalBytes = 0;
    try {
      IngestBench bench = new IngestBench(line -> {});
      Path warm = tmp.resolve("warmup.xml");
      Path file = tmp.resolve("medline.xml");
      IngestBench.generate(medline, Math.min(records, 1_000), warm);
      int distinct = IngestBench.generate(medline, records, file);
      err.printf(Locale.ROOT, "generated %d citations, %.1f MB%n", records, Files.size(file) / 1e6);
      // untimed warm-up of both paths, so neither pays for the JIT alone
      bench.plainLucene(warm, tmp.resolve("warm-lucene"));
      bench.galen("warm-up", warm, tmp.resolve("warm-galen"), null);
      IngestBench.Run lucene = null;
      IngestBench.Run bm25 = null;
      IngestBench.Run journaled = null;
      for (int round = 1; round <= Math.max(1, rounds); round++) {
        err.println("round " + round + ": timing plain Lucene, then Galen BM25...");
        err.flush();
        IngestBench.Run l = bench.plainLucene(file, tmp.resolve("lucene-" + round));
        IngestBench.Run b =
            bench.galen(
                "Galen ingest, BM25 only, no journal", file, tmp.resolve("bm25-" + round), null);
        IngestBench.Run j =
            bench.galen(
                "Galen ingest, BM25 only + source journal",
                file,
                tmp.resolve("journaled-" + round),
                tmp.resolve("journal-" + round),
                null);
        err.printf(
            Locale.ROOT,
            "  plain Lucene %.1f records/s, Galen BM25 %.1f records/s, with the source journal"
                + " %.1f records/s%n",
            l.recordsPerSecond(),
            b.recordsPerSecond(),
            j.recordsPerSecond());
        lucene = lucene == null || l.seconds() < lucene.seconds() ? l : lucene;
        bm25 = bm25 == null || b.seconds() < bm25.seconds() ? b : bm25;
        journaled = journaled == null || j.seconds() < journaled.seconds() ? j : journaled;
        indexBytes = IngestBench.size(tmp.resolve("journaled-" + round));
        journalBytes = IngestBench.size(tmp.resolve("journal-" + round));
        IngestBench.delete(tmp.resolve("lucene-" + round));
        IngestBench.delete(tmp.resolve("bm25-" + round));
        IngestBench.delete(tmp.resolve("journaled-" + round));
        IngestBench.delete(tmp.resolve("journal-" + round));
      }
      runs.add(java.util.Objects.requireNonNull(lucene));
      runs.add(java.util.Objects.requireNonNull(bm25));
      runs.add(java.util.Objects.requireNonNull(journaled));
      if (!skipEmbeddings) {
        // copies repeat their texts, and Galen reuses a vector it has for the same text: so the
        // embedding run gets each distinct citation once, every passage embedded afresh
        Path unique = tmp.resolve("distinct.xml");
        IngestBench.generate(medline, Math.min(records, distinct), unique);
        err.println("timing Galen with embeddings (" + model + ")...");
        err.flush();
        runs.add(
            bench.galen(
                "Galen + embeddings (" + model + "), distinct",
                unique,
                tmp.resolve("dense"),
                EmbeddingConfig.on(model).open()));
      }
    } finally {
      IngestBench.delete(tmp);
    }
    for (IngestBench.Run r : runs) {
      out.printf(
          Locale.ROOT,
          "%-48s %7d records in %7.2f s = %8.1f records/s, peak RSS %5.0f MB%n",
          r.name(),
          r.records(),
          r.seconds(),
          r.recordsPerSecond(),
          r.peakRssBytes() / 1e6);
    }
    double ratio = runs.get(1).recordsPerSecond() / runs.get(0).recordsPerSecond();
    out.printf(
        Locale.ROOT,
        "Galen BM25 / plain Lucene (best of %d rounds each): %.0f%% (target >= 50%%); peak RSS of"
            + " the process %.0f MB%n",
        Math.max(1, rounds),
        100 * ratio,
        IngestBench.peakRss() / 1e6);
    out.printf(
        Locale.ROOT,
        "source journal: %.0f%% of the BM25-only ingest rate; %.1f MB of journal beside %.1f MB"
            + " of index%n",
        100 * runs.get(2).recordsPerSecond() / runs.get(1).recordsPerSecond(),
        journalBytes / 1e6,
        indexBytes / 1e6);
    out.flush();
    return 0;
  }
}
