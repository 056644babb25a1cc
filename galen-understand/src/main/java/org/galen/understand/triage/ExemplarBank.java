package org.galen.understand.triage;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.util.VectorUtil;
import org.galen.core.GalenException;
import org.galen.index.Embedder;
import org.galen.index.EmbeddingConfig;
import org.galen.index.OnnxEmbedder;

/**
 * Example phrasings of each emergency, of the questions that look like it but are not one (its
 * look-alikes), of health questions and of questions about other things, written by a helper who
 * never saw the evaluation questions ({@code exemplars/}), with their sentence embeddings. The
 * build embeds them once into {@value #VECTORS}; start-up embeds them itself when that file is
 * missing or was made from other exemplars or another model.
 */
public final class ExemplarBank {
  /**
   * The model the exemplars are embedded with: bge-small-en-v1.5 rather than all-MiniLM-L6-v2, as
   * nearest-exemplar margins on the three triage sets' development halves separate emergencies from
   * their look-alikes better with it (at 4 look-alike false alarms of 198, 337 of 344 emergencies
   * against 326). It is the library's default model too, so a question's one embedding serves
   * triage and search.
   */
  public static final String MODEL = OnnxEmbedder.Model.BGE_SMALL_EN_V15_Q.id();

  static final String VECTORS = "exemplar-vectors.bin";
  private static final String FORMAT = "galen-exemplars/1";

  /**
   * A label: {@code emergency:<id>}, {@code lookalike:<id>}, {@code health}, {@code not-health}.
   */
  record Exemplar(String label, String text) {}

  private final List<Exemplar> exemplars;
  private final float[][] vectors;
  private final List<String> labels;
  private final int[] labelOf;

  ExemplarBank(List<Exemplar> exemplars, float[][] vectors) {
    if (exemplars.size() != vectors.length) {
      throw new IllegalArgumentException("one vector per exemplar");
    }
    this.exemplars = List.copyOf(exemplars);
    this.vectors = vectors;
    Map<String, Integer> index = new LinkedHashMap<>();
    this.labelOf = new int[exemplars.size()];
    for (int i = 0; i < exemplars.size(); i++) {
      labelOf[i] = index.computeIfAbsent(exemplars.get(i).label(), l -> index.size());
    }
    this.labels = List.copyOf(index.keySet());
  }

  /** The bundled exemplars of every condition of the catalogue, embedded by {@code embedder}. */
  public static ExemplarBank bundled(EmergencyCatalogue catalogue, Embedder embedder) {
    if (!embedder.model().equals(MODEL)) {
      throw new GalenException(
          "the exemplars are matched with " + MODEL + ", not " + embedder.model());
    }
    List<Exemplar> exemplars = texts(catalogue);
    String hash = hash(exemplars);
    InputStream in = ExemplarBank.class.getResourceAsStream(VECTORS);
    if (in != null) {
      try (DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16))) {
        float[][] vectors = read(data, hash, exemplars.size());
        if (vectors != null) {
          return new ExemplarBank(exemplars, vectors);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("reading " + VECTORS, e);
      }
    }
    return new ExemplarBank(
        exemplars, embedder.embedPassages(texts(exemplars)).toArray(new float[0][]));
  }

  /** Embeds the exemplars into {@value #VECTORS} in the folder given (the build does this). */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new GalenException("usage: ExemplarBank OUTPUT_FOLDER");
    }
    Path out = Path.of(args[0]).toAbsolutePath().resolve(VECTORS);
    List<Exemplar> exemplars = texts(EmergencyCatalogue.bundled());
    String hash = hash(exemplars);
    if (Files.exists(out)) {
      try (DataInputStream data =
          new DataInputStream(new BufferedInputStream(Files.newInputStream(out)))) {
        if (read(data, hash, exemplars.size()) != null) {
          return;
        }
      } catch (IOException | RuntimeException e) {
        // unreadable: embed again
      }
    }
    long started = System.nanoTime();
    try (Embedder embedder = new OnnxEmbedder(EmbeddingConfig.on(MODEL))) {
      List<float[]> vectors = embedder.embedPassages(texts(exemplars));
      Files.createDirectories(java.util.Objects.requireNonNull(out.getParent()));
      try (DataOutputStream data =
          new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(out)))) {
        write(data, hash, vectors);
      }
    }
    System.out.printf(
        "galen-understand: embedded %d exemplars into %s in %d ms%n",
        exemplars.size(), out, (System.nanoTime() - started) / 1_000_000);
  }

  private static void write(DataOutputStream out, String hash, List<float[]> vectors)
      throws IOException {
    out.writeUTF(FORMAT);
    out.writeUTF(hash);
    out.writeInt(vectors.size());
    out.writeInt(vectors.getFirst().length);
    for (float[] v : vectors) {
      for (float x : v) {
        out.writeFloat(x);
      }
    }
  }

  /** The vectors, or null when the file was made from other exemplars or another model. */
  private static float @org.jspecify.annotations.Nullable [][] read(
      DataInputStream in, String hash, int count) throws IOException {
    if (!in.readUTF().equals(FORMAT) || !in.readUTF().equals(hash)) {
      return null;
    }
    int n = in.readInt();
    int dim = in.readInt();
    if (n != count) {
      return null;
    }
    float[][] out = new float[n][dim];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < dim; j++) {
        out[i][j] = in.readFloat();
      }
    }
    return out;
  }

  private static List<String> texts(List<Exemplar> exemplars) {
    return exemplars.stream().map(Exemplar::text).toList();
  }

  /** Every exemplar file of the catalogue's conditions and of scope, in a fixed order. */
  static List<Exemplar> texts(EmergencyCatalogue catalogue) {
    List<Exemplar> out = new ArrayList<>();
    for (EmergencyCondition c : catalogue.conditions()) {
      out.addAll(file("exemplars/emergency/" + c.id() + ".txt", "emergency:" + c.id()));
      out.addAll(file("exemplars/lookalike/" + c.id() + ".txt", "lookalike:" + c.id()));
    }
    out.addAll(file("exemplars/scope/health.txt", "health"));
    out.addAll(file("exemplars/scope/not-health.txt", "not-health"));
    return out;
  }

  private static List<Exemplar> file(String resource, String label) {
    try (InputStream in = ExemplarBank.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new GalenException("the exemplar file " + resource + " is missing");
      }
      List<Exemplar> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(new Exemplar(label, t));
        }
      }
      if (out.isEmpty()) {
        throw new GalenException("the exemplar file " + resource + " has no exemplars");
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String hash(List<Exemplar> exemplars) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update((MODEL + "\n").getBytes(StandardCharsets.UTF_8));
      for (Exemplar e : exemplars) {
        d.update((e.label() + "\t" + e.text() + "\n").getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(d.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The exemplars of a label. */
  public List<String> texts(String label) {
    return exemplars.stream().filter(e -> e.label().equals(label)).map(Exemplar::text).toList();
  }

  /** The labels, in the order of {@link Similarities#ofLabel}. */
  public List<String> labels() {
    return labels;
  }

  /** How close a question's vector is to each label's exemplars. */
  public Similarities compare(float[] query, int k) {
    float[] sims = new float[vectors.length];
    for (int i = 0; i < vectors.length; i++) {
      sims[i] = VectorUtil.dotProduct(query, vectors[i]);
    }
    double[] top = new double[labels.size()];
    int[] nearest = new int[labels.size()];
    // the mean of each label's k nearest exemplars
    for (int l = 0; l < labels.size(); l++) {
      float[] best = new float[k];
      java.util.Arrays.fill(best, -2f);
      int bestIndex = -1;
      float bestSim = -2f;
      for (int i = 0; i < sims.length; i++) {
        if (labelOf[i] != l) {
          continue;
        }
        float s = sims[i];
        if (s > bestSim) {
          bestSim = s;
          bestIndex = i;
        }
        if (s > best[k - 1]) {
          int j = k - 1;
          while (j > 0 && best[j - 1] < s) {
            best[j] = best[j - 1];
            j--;
          }
          best[j] = s;
        }
      }
      double sum = 0;
      int n = 0;
      for (float b : best) {
        if (b > -2f) {
          sum += b;
          n++;
        }
      }
      top[l] = n == 0 ? 0 : sum / n;
      nearest[l] = bestIndex;
    }
    return new Similarities(top, nearest);
  }

  /** Per label, the mean similarity of its nearest exemplars and the nearest one. */
  public final class Similarities {
    private final double[] top;
    private final int[] nearest;

    private Similarities(double[] top, int[] nearest) {
      this.top = top;
      this.nearest = nearest;
    }

    /** The similarity to a label's exemplars; 0 for a label the bank does not have. */
    public double of(String label) {
      int i = labels.indexOf(label);
      return i < 0 ? 0 : top[i];
    }

    public double ofLabel(int i) {
      return top[i];
    }

    /** The label's exemplar nearest to the question, to explain a decision. */
    public String nearest(String label) {
      int i = labels.indexOf(label);
      return i < 0 || nearest[i] < 0 ? "" : exemplars.get(nearest[i]).text();
    }
  }
}
