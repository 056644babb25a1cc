package org.galen.app.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.galen.index.LibraryIndex;
import org.galen.index.LibraryWriter;
import org.galen.index.SearchBackend;
import org.galen.ingest.Document;
import org.galen.retrieve.HybridConfig;
import org.galen.retrieve.QueryUnderstanding;
import org.galen.retrieve.Retriever;
import org.galen.retrieve.RetrieverConfig;
import org.galen.retrieve.SearchMode;

/**
 * Warm search latency on a large library: the corpus of a BEIR set, copied under new ids until the
 * library holds the asked number of passages. Copies reuse the vectors of their original (the
 * library never embeds a text twice), so only the first copy costs embedding time.
 */
public final class RetrievalBench {
  private final Consumer<String> progress;

  public RetrievalBench(Consumer<String> progress) {
    this.progress = progress;
  }

  /**
   * Latency of one search mode, in milliseconds: wall clock, and the mean CPU time the whole
   * process spent per query (all threads; the OS counts it in ticks, so only the mean over all
   * queries is exact), which other work on a shared machine inflates much less than wall clock.
   */
  public record Latency(SearchMode mode, double p50, double p95, double cpuMean, int queries) {}

  /**
   * What a benchmark run measured.
   *
   * @param indexBytes size of the embedded index on disk; -1 for a library in a cluster
   */
  public record Report(
      int passages, long indexBytes, long heapBytes, long rssBytes, List<Latency> latencies) {}

  /** Fills the library (when it holds fewer passages than asked), then times every query. */
  public Report run(
      BeirDataset set, SearchBackend index, int passages, List<String> queries, int warmup) {
    fill(set, index, passages);
    Retriever retriever =
        new Retriever(
            index,
            QueryUnderstanding.bundled(index.analyzer()),
            RetrieverConfig.DEFAULTS,
            HybridConfig.DEFAULTS,
            java.time.Clock.systemUTC());
    List<SearchMode> modes = new ArrayList<>(List.of(SearchMode.BM25));
    if (index.embedder().isPresent()) {
      modes.add(SearchMode.DENSE);
      modes.add(SearchMode.HYBRID);
    }
    List<Latency> out = new ArrayList<>();
    for (SearchMode mode : modes) {
      for (int i = 0; i < warmup; i++) {
        retriever.search(queries.get(i % queries.size()) + " warm" + i, mode, 10);
      }
      List<Double> ms = new ArrayList<>();
      long c0 = processCpuNanos();
      for (String q : queries) {
        long t0 = System.nanoTime();
        retriever.search(q, mode, 10);
        ms.add((System.nanoTime() - t0) / 1e6);
      }
      double cpuMean = (processCpuNanos() - c0) / 1e6 / Math.max(1, queries.size());
      out.add(new Latency(mode, percentile(ms, 50), percentile(ms, 95), cpuMean, ms.size()));
    }
    System.gc();
    Runtime rt = Runtime.getRuntime();
    return new Report(
        passageCount(index),
        index instanceof LibraryIndex lucene ? size(lucene.path()) : -1,
        rt.totalMemory() - rt.freeMemory(),
        rss(),
        out);
  }

  private void fill(BeirDataset set, SearchBackend index, int target) {
    int have = passageCount(index);
    if (have >= target) {
      progress.accept("library already holds " + have + " passages");
      return;
    }
    Map<String, Document> originals = new LinkedHashMap<>();
    set.corpus(d -> originals.put(d.source().id(), d));
    long t0 = System.nanoTime();
    int written = 0;
    try (LibraryWriter writer = index.writer()) {
      List<Document> batch = new ArrayList<>();
      for (int copy = 0; written < target; copy++) {
        for (Document d : originals.values()) {
          if (written >= target) {
            break;
          }
          batch.add(copy == 0 ? d : copy(d, copy));
          written += d.passages().size();
          if (batch.size() >= 512) {
            writer.upsertAll(batch);
            batch.clear();
            progress.accept(
                String.format(
                    Locale.ROOT,
                    "%d passages written, %d embedded, %d reused (%.0f s)",
                    written,
                    writer.embedded(),
                    writer.reused(),
                    (System.nanoTime() - t0) / 1e9));
          }
        }
      }
      writer.upsertAll(batch);
      writer.commit(Map.of());
    }
  }

  private static Document copy(Document d, int copy) {
    String id = BeirDataset.corpusId(d.source().id()) + "~" + copy;
    return BeirDataset.document(id, d.source().title(), d.source().text());
  }

  private static int passageCount(SearchBackend index) {
    return index.size() / 2;
  }

  static double percentile(List<Double> values, double p) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1)));
  }

  private static long size(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long processCpuNanos() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : 0;
  }

  private static long rss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }
}
