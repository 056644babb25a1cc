package org.galen.understand.frame;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.galen.core.GalenException;
import org.galen.core.frame.Ask;
import org.galen.understand.terminology.Concept;
import org.galen.understand.terminology.Mention;
import org.galen.understand.terminology.Terminology;
import org.galen.understand.text.Word;
import org.galen.understand.text.Words;
import org.jspecify.annotations.Nullable;

/**
 * Tells what a question asks (a dose, a duration, which clinician...): multinomial logistic
 * regression over the question's words and word pairs, with each named concept replaced by its kind
 * ("what dose of DRUG for DISEASE"), so the model learns the asking, not the subject. It is trained
 * by the build ({@link #main}) on real labelled questions: MedQuAD's question types mapped to asks
 * ({@code medquad-asks.tsv}) and the independently written clinical sets {@code
 * eval/ask/train.jsonl} and {@code train2.jsonl}; {@code eval/ask/test.jsonl} measures it.
 */
public final class AskClassifier {
  static final String MODEL = "ask-model.bin";
  private static final String FORMAT = "galen-asks/1";

  /** MedQuAD's questions are templated: they count for less than the varied clinical set. */
  private static final double MEDQUAD_WEIGHT = 0.3;

  private static final int EPOCHS = 40;
  private static final double RATE = 0.2;
  private static final double L2 = 1e-5;
  private static final int MIN_FEATURE_COUNT = 2;

  private final Map<String, Integer> features;
  private final float[][] weights;
  private final float[] bias;

  private AskClassifier(Map<String, Integer> features, float[][] weights, float[] bias) {
    this.features = features;
    this.weights = weights;
    this.bias = bias;
  }

  /** A labelled question. */
  record Example(String question, Ask ask, double weight) {}

  /** The ask and how sure the model is of it (0 to 1). */
  public record Prediction(Ask ask, double probability) {}

  /** The model the build trained. */
  public static AskClassifier bundled() {
    InputStream in = AskClassifier.class.getResourceAsStream(MODEL);
    if (in == null) {
      throw new GalenException(
          MODEL + " is missing: build galen-understand with Maven, which trains it");
    }
    try (DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16))) {
      return read(data);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + MODEL, e);
    }
  }

  /** Trains the model: {@code OUTPUT_FOLDER CLINICAL_TRAIN.jsonl...}. */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      throw new GalenException("usage: AskClassifier OUTPUT_FOLDER TRAIN.jsonl...");
    }
    Path out = Path.of(args[0]).toAbsolutePath().resolve(MODEL);
    long started = System.nanoTime();
    List<Example> examples = medquad();
    for (int i = 1; i < args.length; i++) {
      examples.addAll(read(Path.of(args[i]), 1.0));
    }
    AskClassifier model = train(examples, Terminology.bundled());
    Files.createDirectories(java.util.Objects.requireNonNull(out.getParent()));
    try (DataOutputStream data =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(out)))) {
      model.write(data);
    }
    System.out.printf(
        "galen-understand: trained the ask model on %d questions (%d features) in %d ms%n",
        examples.size(), model.features.size(), (System.nanoTime() - started) / 1_000_000);
  }

  static List<Example> medquad() {
    List<Example> out = new ArrayList<>();
    try (InputStream in = AskClassifier.class.getResourceAsStream("medquad-asks.tsv")) {
      if (in == null) {
        throw new GalenException("medquad-asks.tsv is missing");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", 2);
        out.add(new Example(f[1], Ask.parse(f[0]), MEDQUAD_WEIGHT));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Labelled questions in the form of {@code eval/ask/*.jsonl}: {@code question}, {@code ask}. */
  static List<Example> read(Path jsonl, double weight) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Example> out = new ArrayList<>();
    for (String line : Files.readAllLines(jsonl)) {
      if (!line.isBlank()) {
        JsonNode n = json.readTree(line);
        out.add(
            new Example(n.path("question").asText(), Ask.parse(n.path("ask").asText()), weight));
      }
    }
    return out;
  }

  static AskClassifier train(List<Example> examples, Terminology terminology) {
    List<List<String>> raw = new ArrayList<>();
    Map<String, Integer> counts = new TreeMap<>();
    for (Example e : examples) {
      List<String> fs =
          features(e.question(), terminology.matcher().find(e.question()), terminology);
      raw.add(fs);
      new LinkedHashSet<>(fs).forEach(f -> counts.merge(f, 1, Integer::sum));
    }
    Map<String, Integer> index = new HashMap<>();
    counts.forEach(
        (f, n) -> {
          if (n >= MIN_FEATURE_COUNT) {
            index.put(f, index.size());
          }
        });
    int classes = Ask.values().length;
    float[][] w = new float[index.size()][classes];
    float[] b = new float[classes];
    List<int[]> xs = new ArrayList<>();
    for (List<String> fs : raw) {
      xs.add(fs.stream().filter(index::containsKey).mapToInt(index::get).distinct().toArray());
    }
    Random random = new Random(20261205);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      order.add(i);
    }
    for (int epoch = 0; epoch < EPOCHS; epoch++) {
      java.util.Collections.shuffle(order, random);
      double rate = RATE / (1 + epoch * 0.1);
      for (int i : order) {
        int[] x = xs.get(i);
        double[] p = softmax(x, w, b);
        Example e = examples.get(i);
        for (int c = 0; c < classes; c++) {
          double g = (p[c] - (c == e.ask().ordinal() ? 1 : 0)) * e.weight();
          b[c] -= (float) (rate * g);
          for (int f : x) {
            w[f][c] -= (float) (rate * (g + L2 * w[f][c]));
          }
        }
      }
    }
    return new AskClassifier(index, w, b);
  }

  private static double[] softmax(int[] x, float[][] w, float[] b) {
    int classes = b.length;
    double[] z = new double[classes];
    for (int c = 0; c < classes; c++) {
      z[c] = b[c];
    }
    for (int f : x) {
      for (int c = 0; c < classes; c++) {
        z[c] += w[f][c];
      }
    }
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      max = Math.max(max, v);
    }
    double sum = 0;
    for (int c = 0; c < classes; c++) {
      z[c] = Math.exp(z[c] - max);
      sum += z[c];
    }
    for (int c = 0; c < classes; c++) {
      z[c] /= sum;
    }
    return z;
  }

  /**
   * The question's features: its words and adjacent pairs, lower case and singular, each named
   * concept replaced by its kind, numbers by {@code NUM}, and its first two words marked as such.
   */
  static List<String> features(String question, List<Mention> mentions, Terminology terminology) {
    List<Word> words = Words.of(question);
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Mention at = null;
      for (Mention m : mentions) {
        if (m.first() == i) {
          at = m;
        }
      }
      if (at != null) {
        Concept.Kind kind =
            terminology
                .concept(at.conceptIds().getFirst())
                .map(Concept::kind)
                .orElse(Concept.Kind.DISEASE);
        tokens.add(kind.name());
        i = at.last() + 1;
        continue;
      }
      String w = words.get(i).norm();
      tokens.add(w.chars().allMatch(c -> Character.isDigit(c) || c == '.') ? "NUM" : w);
      i++;
    }
    List<String> out = new ArrayList<>(tokens);
    for (int k = 0; k + 1 < tokens.size(); k++) {
      out.add(tokens.get(k) + "_" + tokens.get(k + 1));
    }
    if (!tokens.isEmpty()) {
      out.add("^" + tokens.get(0));
    }
    if (tokens.size() > 1) {
      out.add("^" + tokens.get(0) + "_" + tokens.get(1));
    }
    return out;
  }

  /** What the question asks. */
  /**
   * What a question asks. When it has several sentences, its last question ("My blood test shows
   * high TSH and low T4. What's the treatment?") is also read alone, and the surer reading wins:
   * the facts told before a question otherwise outweigh the few words that ask it.
   */
  public Prediction classify(String question, List<Mention> mentions, Terminology terminology) {
    Prediction whole = best(probabilities(question, mentions, terminology));
    String last = lastQuestion(question);
    if (last == null) {
      return whole;
    }
    Prediction alone = best(probabilities(last, terminology.matcher().find(last), terminology));
    return alone.probability() >= whole.probability() ? alone : whole;
  }

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!])\\s+");

  /** The last sentence ending in a question mark, else the last one; null for one sentence. */
  static @Nullable String lastQuestion(String question) {
    String[] sentences = SENTENCE_END.split(question.strip());
    if (sentences.length < 2) {
      return null;
    }
    for (int i = sentences.length - 1; i >= 0; i--) {
      if (sentences[i].endsWith("?")) {
        return sentences[i];
      }
    }
    return sentences[sentences.length - 1];
  }

  /** The probability of each ask, in the order of {@link Ask#values()}. */
  private double[] probabilities(String question, List<Mention> mentions, Terminology terminology) {
    Set<Integer> x = new LinkedHashSet<>();
    for (String f : features(question, mentions, terminology)) {
      Integer i = features.get(f);
      if (i != null) {
        x.add(i);
      }
    }
    return softmax(x.stream().mapToInt(Integer::intValue).toArray(), weights, bias);
  }

  private static Prediction best(double[] p) {
    int best = 0;
    for (int c = 1; c < p.length; c++) {
      if (p[c] > p[best]) {
        best = c;
      }
    }
    return new Prediction(Ask.values()[best], p[best]);
  }

  private void write(DataOutputStream out) throws IOException {
    out.writeUTF(FORMAT);
    out.writeInt(bias.length);
    for (float v : bias) {
      out.writeFloat(v);
    }
    out.writeInt(features.size());
    for (Map.Entry<String, Integer> e : features.entrySet()) {
      out.writeUTF(e.getKey());
      for (float v : weights[e.getValue()]) {
        out.writeFloat(v);
      }
    }
  }

  private static AskClassifier read(DataInputStream in) throws IOException {
    if (!in.readUTF().equals(FORMAT)) {
      throw new GalenException(MODEL + " is not " + FORMAT + "; rebuild galen-understand");
    }
    int classes = in.readInt();
    if (classes != Ask.values().length) {
      throw new GalenException(MODEL + " has " + classes + " asks; rebuild galen-understand");
    }
    float[] bias = new float[classes];
    for (int c = 0; c < classes; c++) {
      bias[c] = in.readFloat();
    }
    int n = in.readInt();
    Map<String, Integer> features = new HashMap<>(n * 2);
    float[][] weights = new float[n][classes];
    for (int i = 0; i < n; i++) {
      features.put(in.readUTF(), i);
      for (int c = 0; c < classes; c++) {
        weights[i][c] = in.readFloat();
      }
    }
    return new AskClassifier(features, weights, bias);
  }
}
