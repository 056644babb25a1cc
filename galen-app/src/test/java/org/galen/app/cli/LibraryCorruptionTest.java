package org.galen.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.galen.app.GalenHome;
import org.galen.core.Passage;
import org.galen.core.ScoredPassage;
import org.galen.core.Source;
import org.galen.index.Fields;
import org.galen.index.LibraryIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine;

/**
 * A library damaged on disk (bytes flipped in the middle of a segment file, a file cut short, the
 * commit point deleted) is refused at start with one clear message naming the index and {@code
 * galen reindex}; reindex rebuilds it from the stored sources with the same sources and the same
 * search results. Real files: a MEDLINE sample and a MedQuAD folder from the shared data.
 */
class LibraryCorruptionTest {
  private static final String QUESTION = "How is kidney disease in diabetes treated?";
  private static final List<String> QUERIES =
      List.of("kidney disease diabetes", "insulin pump", "colchicine gout flare", "hepatitis");

  @TempDir static Path pristine;
  @TempDir Path home;
  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();
  private static Snapshot before;

  /** What the library holds and finds, to compare after a rebuild. */
  record Snapshot(
      Map<String, Source> sources,
      Map<String, List<Passage>> passages,
      Map<String, List<String>> results) {}

  enum Damage {
    FLIPPED_BYTES,
    /** In a file too large to be checked whole at every open: found when a search reads it. */
    FLIPPED_BYTES_IN_A_LARGE_FILE,
    TRUNCATED_FILE,
    DELETED_COMMIT_POINT
  }

  @BeforeAll
  static void ingestRealFiles() throws IOException {
    Path shared = ChildGalen.sharedData();
    System.setProperty("galen.home", pristine.toString());
    try {
      CommandLine cli = Galen.commandLine();
      StringWriter log = new StringWriter();
      cli.setOut(new PrintWriter(log, true));
      cli.setErr(new PrintWriter(log, true));
      int code =
          cli.execute(
              "ingest",
              shared.resolve("medline/medsamp2014.xml").toString(),
              shared.resolve("medquad/5_NIDDK_QA").toString());
      assertThat(code).as(log.toString()).isZero();
    } finally {
      System.clearProperty("galen.home");
    }
    before = snapshot(new GalenHome(pristine).index());
    assertThat(before.sources()).hasSizeGreaterThan(500);
  }

  @AfterEach
  void clearHome() {
    System.clearProperty("galen.home");
    System.clearProperty("galen.index.verify-whole-files-up-to");
  }

  @ParameterizedTest
  @EnumSource(Damage.class)
  void aDamagedIndexIsRefusedClearlyAndReindexBringsTheSameLibraryBack(Damage damage)
      throws IOException {
    copy(pristine, home);
    System.setProperty("galen.home", home.toString());
    if (damage == Damage.FLIPPED_BYTES_IN_A_LARGE_FILE) {
      // checks at open: only the footer of files above this size (the test library is small)
      System.setProperty("galen.index.verify-whole-files-up-to", "1000");
    }
    Path index = new GalenHome(home).index();
    damage(index, damage);

    assertThat(galen("ask", QUESTION)).as(out.toString()).isEqualTo(2);
    assertRefused(index);
    if (damage != Damage.FLIPPED_BYTES_IN_A_LARGE_FILE) {
      assertThat(galen("source", "--list")).isEqualTo(2);
      assertRefused(index);
    }
    if (damage == Damage.FLIPPED_BYTES) {
      assertThat(galen("serve", "--port", "0")).isEqualTo(2);
      assertRefused(index);
    }
    assertThat(galen("reindex", "--check")).isEqualTo(1);
    assertThat(out.toString()).contains("is damaged").contains("bin/galen reindex");

    assertThat(galen("reindex")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("rebuilt the library index in " + index);

    assertThat(galen("reindex", "--check")).as(out.toString()).isZero();
    assertThat(snapshot(index)).isEqualTo(before);
    assertThat(galen("ask", QUESTION)).as(err.toString()).isZero();
    assertThat(Files.exists(index.resolveSibling("index.rebuild"))).isFalse();
    assertThat(Files.exists(index.resolveSibling("index.damaged"))).isFalse();
  }

  private void assertRefused(Path index) {
    assertThat(err.toString())
        .contains("galen: the library index in " + index + " is damaged")
        .contains("Run `bin/galen reindex`")
        .doesNotContain("\tat ")
        .doesNotContain("Exception");
  }

  private int galen(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    CommandLine cli = Galen.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private static Snapshot snapshot(Path index) {
    try (LibraryIndex library = LibraryIndex.open(index)) {
      Map<String, Source> sources = new LinkedHashMap<>();
      Map<String, List<Passage>> passages = new LinkedHashMap<>();
      for (String id : library.sourceIds()) {
        sources.put(id, library.source(id).orElseThrow());
        passages.put(id, library.passages(id));
      }
      Map<String, List<String>> results = new LinkedHashMap<>();
      for (String q : QUERIES) {
        var query = new QueryParser(Fields.TEXT, library.analyzer()).parse(q);
        results.put(
            q,
            library.search(query, 20).stream()
                .map(ScoredPassage::passage)
                .map(Passage::id)
                .toList());
      }
      return new Snapshot(sources, passages, results);
    } catch (org.apache.lucene.queryparser.classic.ParseException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void damage(Path index, Damage damage) throws IOException {
    switch (damage) {
      case FLIPPED_BYTES, FLIPPED_BYTES_IN_A_LARGE_FILE -> {
        Path file = largest(index);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
          long middle = f.length() / 2;
          for (int i = 0; i < 16; i++) {
            f.seek(middle + i);
            int b = f.read();
            f.seek(middle + i);
            f.write(b ^ 0x5A);
          }
        }
      }
      case TRUNCATED_FILE -> {
        Path file = largest(index);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
          f.setLength(f.length() / 2);
        }
      }
      case DELETED_COMMIT_POINT -> {
        try (Stream<Path> files = Files.list(index)) {
          for (Path f :
              files.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
            Files.delete(f);
          }
        }
      }
    }
  }

  /** The largest segment data file: stored fields, postings or a compound file. */
  private static Path largest(Path index) throws IOException {
    try (Stream<Path> files = Files.list(index)) {
      return files
          .filter(p -> p.getFileName().toString().matches(".*\\.(cfs|fdt|doc|tim)"))
          .max(Comparator.comparingLong(p -> p.toFile().length()))
          .orElseThrow();
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        if (p.getFileName().toString().equals("write.lock") || p.toString().contains(".lock.db")) {
          continue;
        }
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
