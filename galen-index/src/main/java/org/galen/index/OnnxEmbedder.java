package org.galen.index;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.galen.core.GalenException;

/**
 * An in-process ONNX sentence-embedding model, read from the LangChain4j Maven artifact that ships
 * it (offline, no model hub). Passages are tokenized, sorted by length and run through the model in
 * padded batches, which is several times faster on a CPU than one text per call; ONNX Runtime
 * spreads each batch over the process's one pool of threads (see {@link
 * EmbeddingConfig#threads()}). Texts are cut to {@link EmbeddingConfig#maxChars()} characters and
 * {@link Model#maxTokens} tokens first.
 */
public final class OnnxEmbedder implements Embedder {
  /** The models Galen can run; both give 384-dimensional vectors. */
  public enum Model {
    /**
     * BAAI bge-small-en-v1.5, int8-quantized: [CLS] pooling. Queries are embedded as they are,
     * without BGE's search instruction, so that triage's vector of a question is also the search's.
     */
    BGE_SMALL_EN_V15_Q("bge-small-en-v1.5-q", "bge-small-en-v1.5-q", "", true, 512),
    /** sentence-transformers all-MiniLM-L6-v2, int8-quantized: mean pooling, 256 tokens. */
    ALL_MINILM_L6_V2_Q("all-minilm-l6-v2-q", "all-minilm-l6-v2-q", "", false, 256);

    private final String id;
    private final String resource;
    private final String queryPrefix;
    private final boolean clsPooling;
    private final int maxTokens;

    Model(String id, String resource, String queryPrefix, boolean clsPooling, int maxTokens) {
      this.id = id;
      this.resource = resource;
      this.queryPrefix = queryPrefix;
      this.clsPooling = clsPooling;
      this.maxTokens = maxTokens;
    }

    public String id() {
      return id;
    }

    public static Model parse(String value) {
      for (Model m : values()) {
        if (m.id.equalsIgnoreCase(value.strip()) || m.name().equalsIgnoreCase(value.strip())) {
          return m;
        }
      }
      List<String> known = new ArrayList<>();
      for (Model m : values()) {
        known.add(m.id);
      }
      throw new GalenException(
          "unknown embedding model '" + value + "'; known: " + String.join(", ", known));
    }
  }

  private static final int DIMENSION = 384;

  private final Model model;
  private final EmbeddingConfig config;
  private final OrtEnvironment env;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final boolean typeIds;

  /**
   * The process's ONNX Runtime, whose one pool of threads every model shares: two models (the
   * library's and triage's) with a pool each would spin on the same cores and slow each other. The
   * first embedder made sizes it.
   */
  private static synchronized OrtEnvironment environment(int threads) throws OrtException {
    if (shared == null) {
      try (OrtEnvironment.ThreadingOptions pool = new OrtEnvironment.ThreadingOptions()) {
        pool.setGlobalIntraOpNumThreads(threads);
        pool.setGlobalInterOpNumThreads(1);
        shared =
            OrtEnvironment.getEnvironment(
                ai.onnxruntime.OrtLoggingLevel.ORT_LOGGING_LEVEL_WARNING,
                OrtEnvironment.DEFAULT_NAME,
                pool);
      }
    }
    return shared;
  }

  private static @org.jspecify.annotations.Nullable OrtEnvironment shared;

  public OnnxEmbedder(EmbeddingConfig config) {
    this.model = Model.parse(config.model());
    this.config = config;
    try {
      this.env = environment(config.threads());
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.disablePerSessionThreads();
      this.session = env.createSession(resource(model.resource + ".onnx"), options);
      this.typeIds = session.getInputNames().contains("token_type_ids");
      try (InputStream in = stream(model.resource + "-tokenizer.json")) {
        this.tokenizer =
            HuggingFaceTokenizer.newInstance(
                in,
                Map.of(
                    "padding", "false",
                    "truncation", "true",
                    "maxLength", Integer.toString(model.maxTokens)));
      }
    } catch (OrtException | IOException | RuntimeException | LinkageError e) {
      throw new GalenException(
          "cannot load the embedding model "
              + model.id
              + " (is DJL_CACHE_DIR writable? it is "
              + System.getenv("DJL_CACHE_DIR")
              + "): "
              + e.getMessage(),
          e);
    }
  }

  private static InputStream stream(String name) {
    InputStream in = OnnxEmbedder.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new GalenException("the embedding model file " + name + " is not on the class path");
    }
    return in;
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = stream(name)) {
      return in.readAllBytes();
    }
  }

  @Override
  public String model() {
    return model.id;
  }

  @Override
  public int dimension() {
    return DIMENSION;
  }

  @Override
  public List<float[]> embedPassages(List<String> texts) {
    if (texts.size() == 1) {
      // one text alone is what a question is: the search may ask for the same vector next
      return List.of(embedOne(cut(texts.getFirst())));
    }
    List<Encoding> encodings = new ArrayList<>(texts.size());
    for (String t : texts) {
      encodings.add(tokenizer.encode(cut(t)));
    }
    // similar lengths in one batch: little padding, so little wasted work
    Integer[] order = new Integer[texts.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingInt(i -> encodings.get(i).getIds().length));
    float[][] out = new float[texts.size()][];
    for (int from = 0; from < order.length; from += config.batchSize()) {
      int to = Math.min(order.length, from + config.batchSize());
      List<Encoding> batch = new ArrayList<>(to - from);
      for (int i = from; i < to; i++) {
        batch.add(encodings.get(order[i]));
      }
      float[][] vectors = run(batch);
      for (int i = from; i < to; i++) {
        out[order[i]] = vectors[i - from];
      }
    }
    return Arrays.asList(out);
  }

  @Override
  public float[] embedQuery(String text) {
    return embedOne(model.queryPrefix + cut(text));
  }

  /**
   * The vector of one text, the model's exact input, run on its own (in a batch the int8 model's
   * vectors shift a little with the other texts). Triage embeds a question before the search does;
   * when the model gives queries no instruction, the search finds the same vector here.
   */
  private float[] embedOne(String input) {
    synchronized (recent) {
      float[] known = recent.get(input);
      if (known != null) {
        return known.clone();
      }
    }
    float[] vector = run(List.of(tokenizer.encode(input)))[0];
    synchronized (recent) {
      recent.put(input, vector.clone());
    }
    return vector;
  }

  /** The last texts embedded one at a time, by the model input. */
  private final Map<String, float[]> recent =
      new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
          return size() > RECENT_QUERIES;
        }
      };

  private static final int RECENT_QUERIES = 64;

  private float[][] run(List<Encoding> batch) {
    int rows = batch.size();
    int cols = 1;
    for (Encoding e : batch) {
      cols = Math.max(cols, e.getIds().length);
    }
    long[] ids = new long[rows * cols];
    long[] mask = new long[rows * cols];
    long[] types = new long[rows * cols];
    for (int r = 0; r < rows; r++) {
      Encoding e = batch.get(r);
      System.arraycopy(e.getIds(), 0, ids, r * cols, e.getIds().length);
      System.arraycopy(e.getAttentionMask(), 0, mask, r * cols, e.getAttentionMask().length);
      System.arraycopy(e.getTypeIds(), 0, types, r * cols, e.getTypeIds().length);
    }
    long[] shape = {rows, cols};
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      inputs.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape));
      inputs.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape));
      if (typeIds) {
        inputs.put("token_type_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(types), shape));
      }
      try (OrtSession.Result result = session.run(inputs)) {
        float[][][] hidden = (float[][][]) result.get(0).getValue();
        float[][] out = new float[rows][];
        for (int r = 0; r < rows; r++) {
          out[r] = unit(pool(hidden[r], mask, r * cols, cols));
        }
        return out;
      }
    } catch (OrtException e) {
      throw new GalenException("the embedding model " + model.id + " failed: " + e.getMessage(), e);
    } finally {
      inputs.values().forEach(OnnxTensor::close);
    }
  }

  private float[] pool(float[][] tokens, long[] mask, int offset, int cols) {
    if (model.clsPooling) {
      return tokens[0].clone();
    }
    float[] sum = new float[DIMENSION];
    int n = 0;
    for (int t = 0; t < cols; t++) {
      if (mask[offset + t] == 1) {
        for (int d = 0; d < DIMENSION; d++) {
          sum[d] += tokens[t][d];
        }
        n++;
      }
    }
    for (int d = 0; d < DIMENSION; d++) {
      sum[d] /= Math.max(1, n);
    }
    return sum;
  }

  private String cut(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return "-";
    }
    return t.length() <= config.maxChars() ? t : t.substring(0, config.maxChars());
  }

  private static float[] unit(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    if (norm == 0) {
      return v;
    }
    float inv = (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < v.length; i++) {
      v[i] *= inv;
    }
    return v;
  }

  @Override
  public void close() {
    try {
      session.close();
      tokenizer.close();
    } catch (OrtException e) {
      throw new GalenException("cannot close the embedding model: " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s (%d threads)", model.id, config.threads());
  }
}
