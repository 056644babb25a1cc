package org.galen.app.eval;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.galen.index.LibraryWriter;
import org.galen.index.PassageHit;
import org.galen.index.SearchBackend;
import org.galen.ingest.Document;
import org.galen.retrieve.HybridConfig;
import org.galen.retrieve.QueryUnderstanding;
import org.galen.retrieve.Retriever;
import org.galen.retrieve.RetrieverConfig;
import org.galen.retrieve.SearchMode;

/**
 * Measures retrieval on a BEIR set: loads its corpus into a library (and a plain Lucene baseline),
 * runs every judged query through each system and averages nDCG@10, Recall@100 and MRR@10.
 */
public final class RetrievalEval {
  static final int DEPTH = 100;
  private static final int BATCH = 512;

  private final HybridConfig hybrid;
  private final Consumer<String> progress;

  public RetrievalEval(HybridConfig hybrid, Consumer<String> progress) {
    this.hybrid = hybrid;
    this.progress = progress;
  }

  /** The measures of one system on one set. */
  public record Row(String system, double ndcg10, double recall100, double mrr10) {}

  /** The measures of every system on one set, in the order plain-bm25, bm25, dense, hybrid. */
  public record Result(String dataset, int queries, List<Row> rows) {}

  /**
   * Runs the set. The library in {@code index} is filled with the corpus first (sources already in
   * it unchanged are skipped, so a kept index is not embedded twice); dense and hybrid rows need an
   * index opened with an embedder.
   */
  public Result run(BeirDataset set, SearchBackend index) {
    PlainBm25 plain = new PlainBm25();
    try (plain) {
      load(set, index, plain);
      Retriever retriever =
          new Retriever(
              index,
              QueryUnderstanding.bundled(index.analyzer()),
              RetrieverConfig.DEFAULTS,
              hybrid,
              Clock.systemUTC());
      Map<String, Function<String, List<String>>> systems = new LinkedHashMap<>();
      systems.put("plain-bm25", q -> plain.search(q, DEPTH));
      systems.put("bm25", q -> ids(retriever.search(q, SearchMode.BM25, DEPTH)));
      if (index.embedder().isPresent()) {
        systems.put("dense", q -> ids(retriever.search(q, SearchMode.DENSE, DEPTH)));
        systems.put("hybrid", q -> ids(retriever.search(q, SearchMode.HYBRID, DEPTH)));
      }
      List<Row> rows = new ArrayList<>();
      for (Map.Entry<String, Function<String, List<String>>> system : systems.entrySet()) {
        double ndcg = 0;
        double recall = 0;
        double mrr = 0;
        for (Map.Entry<String, String> q : set.queries().entrySet()) {
          List<String> ranking = system.getValue().apply(q.getValue());
          Map<String, Integer> judged = set.qrels().getOrDefault(q.getKey(), Map.of());
          ndcg += Metrics.ndcg(ranking, judged, 10);
          recall += Metrics.recall(ranking, judged, 100);
          mrr += Metrics.reciprocalRank(ranking, judged, 10);
        }
        int n = set.queries().size();
        rows.add(new Row(system.getKey(), ndcg / n, recall / n, mrr / n));
      }
      return new Result(set.name(), set.queries().size(), rows);
    }
  }

  private void load(BeirDataset set, SearchBackend index, PlainBm25 plain) {
    long t0 = System.nanoTime();
    int[] count = {0};
    List<Document> batch = new ArrayList<>();
    Map<LibraryWriter.Outcome, Integer> outcomes = new EnumMap<>(LibraryWriter.Outcome.class);
    try (LibraryWriter writer = index.writer()) {
      Consumer<List<Document>> flush =
          docs -> {
            writer.upsertAll(docs).forEach(o -> outcomes.merge(o, 1, Integer::sum));
            count[0] += docs.size();
            double s = (System.nanoTime() - t0) / 1e9;
            progress.accept(
                String.format(
                    java.util.Locale.ROOT,
                    "%s: loaded %d documents, embedded %d passages (%.0f/s), reused %d",
                    set.name(),
                    count[0],
                    writer.embedded(),
                    writer.embedded() / Math.max(s, 1e-3),
                    writer.reused()));
            docs.clear();
          };
      int duplicates =
          set.corpus(
              doc -> {
                plain.add(doc);
                batch.add(doc);
                if (batch.size() >= BATCH) {
                  flush.accept(batch);
                }
              });
      flush.accept(batch);
      writer.commit(Map.of());
      progress.accept(
          String.format(
              java.util.Locale.ROOT,
              "%s: %d documents in %.1f s (%s; %d duplicate ids skipped)",
              set.name(),
              count[0],
              (System.nanoTime() - t0) / 1e9,
              outcomes,
              duplicates));
    }
  }

  private static List<String> ids(List<PassageHit> hits) {
    List<String> out = new ArrayList<>(hits.size());
    for (PassageHit h : hits) {
      String id = BeirDataset.corpusId(h.scored().passage().sourceId());
      if (!out.contains(id)) {
        out.add(id);
      }
    }
    return out;
  }
}
