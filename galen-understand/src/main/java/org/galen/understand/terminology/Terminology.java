package org.galen.understand.terminology;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.store.InputStreamDataInput;
import org.apache.lucene.store.OutputStreamDataOutput;
import org.galen.core.GalenException;
import org.galen.understand.terminology.Concept.Kind;
import org.galen.understand.text.EnglishWords;

/**
 * The bundled terminologies, ready to use: every concept with its parents, and the {@link
 * ConceptMatcher} over all their names. Reading the publishers' files takes seconds, so the build
 * compiles them once into {@value #COMPILED} ({@link #main}); start-up reads that in a fraction of
 * a second, and falls back to the files when it is missing (a build that skipped the step).
 */
public final class Terminology {
  /** The compiled form, beside the files it is compiled from. */
  static final String COMPILED = "terminology.bin";

  private static final String FORMAT = "galen-terminology/3";

  private final Map<String, Concept> concepts;
  private final ConceptMatcher matcher;

  private Terminology(Map<String, Concept> concepts, ConceptMatcher matcher) {
    this.concepts = concepts;
    this.matcher = matcher;
  }

  /** The compiled terminology of the classpath, or the one compiled now from the files. */
  public static Terminology bundled() {
    InputStream in = Terminology.class.getResourceAsStream(COMPILED);
    if (in == null) {
      return compile();
    }
    try (InputStream buffered = new BufferedInputStream(in, 1 << 16)) {
      return read(new InputStreamDataInput(buffered));
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + COMPILED, e);
    }
  }

  /** Compiles the terminology from the publishers' files. */
  static Terminology compile() {
    TerminologySources.Read read = TerminologySources.read();
    EnglishWords english = EnglishWords.bundled();
    return new Terminology(
        read.concepts(), ConceptMatcher.compile(read.concepts(), read.names(), english));
  }

  /** Writes {@value #COMPILED} into the folder given (the build's resource folder for it). */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new GalenException("usage: Terminology OUTPUT_FOLDER");
    }
    Path out = Path.of(args[0]).toAbsolutePath().resolve(COMPILED);
    String inputs = inputs(out);
    if (upToDate(out, inputs)) {
      return;
    }
    long started = System.nanoTime();
    Terminology t = compile();
    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out))) {
      t.write(new OutputStreamDataOutput(os), inputs);
    }
    System.out.printf(
        "galen-understand: compiled %d concepts into %s in %d ms%n",
        t.concepts.size(), out, (System.nanoTime() - started) / 1_000_000);
  }

  /**
   * Whether the compiled file was compiled from exactly these inputs: the terminology files and the
   * classes that normalize and key names, which the build puts beside it.
   */
  private static boolean upToDate(Path out, String inputs) throws IOException {
    if (!Files.exists(out)) {
      return false;
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(out))) {
      InputStreamDataInput data = new InputStreamDataInput(in);
      return data.readString().equals(FORMAT) && data.readString().equals(inputs);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** A digest of every file the compiled terminology is made from. */
  private static String inputs(Path out) throws IOException {
    Path dir = java.util.Objects.requireNonNull(out.getParent());
    Path root = java.util.Objects.requireNonNull(dir.getParent());
    try (var files = Files.walk(root)) {
      List<Path> all =
          files
              .filter(Files::isRegularFile)
              .filter(f -> !f.equals(out))
              .filter(f -> f.startsWith(dir) || f.startsWith(root.resolve("text")))
              .sorted()
              .toList();
      java.security.MessageDigest d = java.security.MessageDigest.getInstance("SHA-256");
      for (Path f : all) {
        d.update(root.relativize(f).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        d.update(Files.readAllBytes(f));
      }
      return java.util.HexFormat.of().formatHex(d.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  void write(DataOutput out, String inputs) throws IOException {
    out.writeString(FORMAT);
    out.writeString(inputs);
    out.writeVInt(concepts.size());
    for (Concept c : concepts.values()) {
      out.writeString(c.id());
      out.writeString(c.name());
      out.writeByte((byte) c.kind().ordinal());
      out.writeVInt(c.parents().size());
      for (String p : c.parents()) {
        out.writeString(p);
      }
    }
    Map<String, Integer> ranks = matcher.english().ranks();
    out.writeVInt(ranks.size());
    for (Map.Entry<String, Integer> e : ranks.entrySet()) {
      out.writeString(e.getKey());
      out.writeVInt(e.getValue());
    }
    matcher.write(out);
  }

  static Terminology read(DataInput in) throws IOException {
    String format = in.readString();
    if (!format.equals(FORMAT)) {
      throw new GalenException(
          COMPILED + " is " + format + ", not " + FORMAT + "; rebuild galen-understand");
    }
    in.readString(); // the digest of its inputs, for the build
    int n = in.readVInt();
    Map<String, Concept> concepts = new LinkedHashMap<>(n * 2);
    Kind[] kinds = Kind.values();
    for (int i = 0; i < n; i++) {
      String id = in.readString();
      String name = in.readString();
      Kind kind = kinds[in.readByte()];
      int k = in.readVInt();
      List<String> parents = new ArrayList<>(k);
      for (int j = 0; j < k; j++) {
        parents.add(in.readString());
      }
      concepts.put(id, new Concept(id, name, kind, parents));
    }
    int words = in.readVInt();
    Map<String, Integer> ranks = new HashMap<>(words * 2);
    for (int i = 0; i < words; i++) {
      ranks.put(in.readString(), in.readVInt());
    }
    ConceptMatcher matcher = ConceptMatcher.read(in, EnglishWords.of(ranks));
    return new Terminology(concepts, matcher);
  }

  public ConceptMatcher matcher() {
    return matcher;
  }

  public Optional<Concept> concept(String id) {
    return Optional.ofNullable(concepts.get(id));
  }

  public Collection<Concept> concepts() {
    return concepts.values();
  }

  /** The concept's parents, their parents and so on, nearest first, each once. */
  public List<Concept> ancestors(String id) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> queue = new ArrayDeque<>();
    Concept start = concepts.get(id);
    if (start == null) {
      return List.of();
    }
    queue.addAll(start.parents());
    while (!queue.isEmpty()) {
      Concept c = concepts.get(queue.poll());
      if (c != null && seen.add(c.id())) {
        queue.addAll(c.parents());
      }
    }
    return seen.stream().map(concepts::get).filter(java.util.Objects::nonNull).toList();
  }

  /** Whether {@code id} is {@code ancestor} or one of its descendants. */
  public boolean isA(String id, String ancestor) {
    return id.equals(ancestor) || ancestors(id).stream().anyMatch(c -> c.id().equals(ancestor));
  }
}
