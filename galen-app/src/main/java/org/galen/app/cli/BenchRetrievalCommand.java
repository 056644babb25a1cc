package org.galen.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.galen.app.eval.BeirDataset;
import org.galen.app.eval.RetrievalBench;
import org.galen.core.GalenException;
import org.galen.index.EmbeddingConfig;
import org.galen.index.SearchBackend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code galen bench retrieval}: warm search latency of BM25, dense and hybrid on a big library.
 */
@Command(
    name = "retrieval",
    mixinStandardHelpOptions = true,
    description = {
      "Build (or reuse) a library of at least --passages passages from a BEIR corpus, then time"
          + " warm searches: p50/p95 per mode, index size and memory. Progress goes to stderr."
    })
final class BenchRetrievalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--passages",
      defaultValue = "100000",
      description = "Library size (default ${DEFAULT-VALUE}).")
  int passages = 100_000;

  @Option(
      names = "--dataset",
      required = true,
      description = "BEIR folder whose corpus fills the library and whose queries are timed.")
  Path dataset = Path.of(".");

  @Option(
      names = "--queries",
      defaultValue = "200",
      description = "Timed queries per mode (default ${DEFAULT-VALUE}).")
  int queries = 200;

  @Option(
      names = "--index",
      required = true,
      description = "Library folder; reused when it is big enough.")
  Path index = Path.of(".");

  @Option(
      names = "--model",
      defaultValue = EmbeddingConfig.DEFAULT_MODEL,
      description = "Embedding model (default ${DEFAULT-VALUE}).")
  String model = EmbeddingConfig.DEFAULT_MODEL;

  @Mixin Backends backends = new Backends();

  @Override
  public Integer call() throws IOException {
    BeirDataset set = BeirDataset.read(dataset);
    List<String> texts = new ArrayList<>();
    for (int i = 0; texts.size() < queries; i++) {
      List<String> all = new ArrayList<>(set.queries().values());
      // more timed queries than the set has: ask them again with a distinguishing word
      texts.add(all.get(i % all.size()) + (i < all.size() ? "" : " " + (i / all.size())));
    }
    if (texts.isEmpty()) {
      throw new GalenException(dataset + " has no queries to time");
    }
    PrintWriter err = spec.commandLine().getErr();
    Files.createDirectories(index);
    RetrievalBench.Report r;
    try (SearchBackend library = backends.open(index, EmbeddingConfig.on(model))) {
      r =
          new RetrievalBench(
                  line -> {
                    err.println(line);
                    err.flush();
                  })
              .run(set, library, passages, texts, 50);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "library: %d passages, %s; heap in use %.0f MB, process RSS %.0f MB%n",
        r.passages(),
        r.indexBytes() < 0
            ? "in OpenSearch at " + backends.opensearch
            : String.format(Locale.ROOT, "index %.1f MB on disk", r.indexBytes() / 1e6),
        r.heapBytes() / 1e6,
        r.rssBytes() / 1e6);
    for (RetrievalBench.Latency l : r.latencies()) {
      out.printf(
          Locale.ROOT,
          "%-7s p50 %7.2f ms  p95 %7.2f ms  cpu %6.2f ms/query  (%d warm queries, top 10)%n",
          l.mode().name().toLowerCase(Locale.ROOT),
          l.p50(),
          l.p95(),
          l.cpuMean(),
          l.queries());
    }
    out.flush();
    return 0;
  }
}
