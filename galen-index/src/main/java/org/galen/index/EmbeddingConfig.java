package org.galen.index;

import java.util.Map;
import org.galen.core.GalenException;

/**
 * Whether and how passages are embedded for semantic search.
 *
 * @param enabled when false the library is BM25 only: nothing is embedded, no model is loaded
 * @param model an {@link OnnxEmbedder.Model} id, e.g. {@code all-minilm-l6-v2-q}
 * @param threads how many threads ONNX Runtime embeds with: the process has one pool, which every
 *     model shares, sized by the first embedder made
 * @param batchSize how many passages are handed to the model per call
 * @param maxChars longest text embedded; the rest of a longer text is cut off
 */
public record EmbeddingConfig(
    boolean enabled, String model, int threads, int batchSize, int maxChars) {
  /**
   * bge-small-en-v1.5, the model triage matches exemplars with, so a question is embedded once for
   * triage and search alike. Its hybrid search, with questions embedded without BGE's instruction,
   * is as good as all-MiniLM-L6-v2's on PubMedQA (nDCG@10 0.9869 against 0.9875) and better on
   * NFCorpus (0.3459 against 0.3329) and LiveQA (0.5348 against 0.5255); passages take three to
   * four times as long to embed at ingest.
   */
  public static final String DEFAULT_MODEL = "bge-small-en-v1.5-q";

  /** Embeddings off: the library is searched with BM25 alone. */
  public static final EmbeddingConfig OFF = new EmbeddingConfig(false, DEFAULT_MODEL, 1, 32, 1000);

  public EmbeddingConfig {
    if (threads < 1 || batchSize < 1 || maxChars < 16) {
      throw new GalenException(
          "embedding threads and batch size must be >= 1 and max chars >= 16, were "
              + threads
              + ", "
              + batchSize
              + ", "
              + maxChars);
    }
  }

  /** Embeddings on with the default model, one thread per core. */
  public static EmbeddingConfig on(String model) {
    return new EmbeddingConfig(
        true, model, Math.max(1, Runtime.getRuntime().availableProcessors()), 32, 1000);
  }

  /**
   * Reads {@code GALEN_EMBEDDINGS} (on/off, default on), {@code GALEN_EMBEDDING_MODEL} and {@code
   * GALEN_EMBEDDING_THREADS}.
   */
  public static EmbeddingConfig fromEnvironment(Map<String, String> env) {
    String switchValue = env.getOrDefault("GALEN_EMBEDDINGS", "on").strip();
    boolean on =
        switch (switchValue.toLowerCase(java.util.Locale.ROOT)) {
          case "on", "true", "1", "yes" -> true;
          case "off", "false", "0", "no" -> false;
          default ->
              throw new GalenException(
                  "GALEN_EMBEDDINGS must be on or off, was '" + switchValue + "'");
        };
    EmbeddingConfig base = on(env.getOrDefault("GALEN_EMBEDDING_MODEL", DEFAULT_MODEL));
    String threads = env.get("GALEN_EMBEDDING_THREADS");
    int t = base.threads();
    if (threads != null && !threads.isBlank()) {
      try {
        t = Integer.parseInt(threads.strip());
      } catch (NumberFormatException e) {
        throw new GalenException("GALEN_EMBEDDING_THREADS must be a number, was '" + threads + "'");
      }
    }
    return new EmbeddingConfig(on, base.model(), t, base.batchSize(), base.maxChars());
  }

  /** This configuration with another model. */
  public EmbeddingConfig withModel(String other) {
    return new EmbeddingConfig(enabled, other, threads, batchSize, maxChars);
  }

  /** The embedder this configuration asks for, or null when embeddings are off. */
  public @org.jspecify.annotations.Nullable Embedder open() {
    return enabled ? new OnnxEmbedder(this) : null;
  }
}
