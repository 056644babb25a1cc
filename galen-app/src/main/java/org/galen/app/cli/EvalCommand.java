package org.galen.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.galen.app.eval.BeirDataset;
import org.galen.app.eval.RetrievalEval;
import org.galen.index.EmbeddingConfig;
import org.galen.index.SearchBackend;
import org.galen.retrieve.HybridConfig;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code galen eval}: measure parts of Galen on public test sets. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measure Galen on public test sets.",
    subcommands = {EvalCommand.Retrieval.class, EvalTriage.class})
final class EvalCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name what to evaluate: retrieval or triage");
  }

  /** {@code galen eval retrieval --dataset DIR}. */
  @Command(
      name = "retrieval",
      mixinStandardHelpOptions = true,
      description = {
        "Load a BEIR-format set into a temporary library and print nDCG@10, Recall@100 and"
            + " MRR@10 of plain Lucene BM25, Galen's BM25, dense and hybrid search.",
        "Progress goes to stderr."
      })
  static final class Retrieval implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--dataset",
        required = true,
        description = "Folder with corpus.jsonl, queries.jsonl and qrels/test.tsv.")
    Path dataset = Path.of(".");

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Option(
        names = "--model",
        defaultValue = EmbeddingConfig.DEFAULT_MODEL,
        description =
            "Embedding model: all-minilm-l6-v2-q or bge-small-en-v1.5-q (default ${DEFAULT-VALUE}).")
    String model = EmbeddingConfig.DEFAULT_MODEL;

    @Option(
        names = "--index",
        description =
            "Keep the library in this folder and reuse it on the next run (no re-embedding);"
                + " default: a temporary folder, deleted afterwards.")
    @Nullable Path indexDir;

    @Mixin Backends backends = new Backends();

    @Option(names = "--no-dense", description = "Only the BM25 rows: no embedding model.")
    boolean noDense;

    @Option(
        names = "--rrf-k",
        description = "k of Reciprocal Rank Fusion (default: HybridConfig's).")
    @Nullable Integer rrfK;

    @Option(names = "--bm25-weight", description = "Weight of the BM25 list in the fusion.")
    @Nullable Double bm25Weight;

    @Option(names = "--dense-weight", description = "Weight of the dense list in the fusion.")
    @Nullable Double denseWeight;

    @Option(
        names = "--max-chars",
        defaultValue = "1000",
        description = "Longest text embedded; longer documents are cut (default ${DEFAULT-VALUE}).")
    int maxChars = 1000;

    @Override
    public Integer call() throws IOException {
      BeirDataset set = BeirDataset.read(dataset);
      PrintWriter err = spec.commandLine().getErr();
      Path dir = indexDir != null ? indexDir : Files.createTempDirectory("galen-eval-");
      EmbeddingConfig on = EmbeddingConfig.on(model);
      EmbeddingConfig embeddings =
          noDense
              ? EmbeddingConfig.OFF
              : new EmbeddingConfig(true, on.model(), on.threads(), on.batchSize(), maxChars);
      RetrievalEval.Result result;
      try (SearchBackend index = backends.open(dir, embeddings)) {
        result =
            new RetrievalEval(
                    hybrid(),
                    line -> {
                      err.println(line);
                      err.flush();
                    })
                .run(set, index);
      } finally {
        if (indexDir == null) {
          delete(dir);
        }
      }
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("dataset", result.dataset());
        root.put("queries", result.queries());
        ArrayNode rows = root.putArray("rows");
        for (RetrievalEval.Row r : result.rows()) {
          ObjectNode row = rows.addObject();
          row.put("system", r.system());
          row.put("ndcg@10", round(r.ndcg10()));
          row.put("recall@100", round(r.recall100()));
          row.put("mrr@10", round(r.mrr10()));
        }
        out.println(mapper.writeValueAsString(root));
      } else {
        out.printf(
            Locale.ROOT,
            "%s: %d queries%n%-12s %8s %10s %8s%n",
            result.dataset(),
            result.queries(),
            "system",
            "nDCG@10",
            "Recall@100",
            "MRR@10");
        for (RetrievalEval.Row r : result.rows()) {
          out.printf(
              Locale.ROOT,
              "%-12s %8.4f %10.4f %8.4f%n",
              r.system(),
              r.ndcg10(),
              r.recall100(),
              r.mrr10());
        }
      }
      out.flush();
      return 0;
    }

    private HybridConfig hybrid() {
      HybridConfig d = HybridConfig.DEFAULTS;
      return new HybridConfig(
          d.bm25Depth(),
          d.knnDepth(),
          rrfK != null ? rrfK : d.rrfK(),
          bm25Weight != null ? bm25Weight : d.bm25Weight(),
          denseWeight != null ? denseWeight : d.denseWeight(),
          d.expansionWeight(),
          d.fuzzyWeight(),
          d.fuzzyMinLength(),
          d.priors());
    }

    private static double round(double x) {
      return Math.round(x * 10000) / 10000.0;
    }

    private static void delete(Path dir) {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
