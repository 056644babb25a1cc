package org.galen.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.galen.app.GalenHome;
import org.galen.core.Passage;
import org.galen.core.Source;
import org.galen.index.Fields;
import org.galen.index.LibraryIndex;
import org.galen.index.Rebuild;
import org.galen.ingest.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real {@code galen ingest} process (SIGKILL, no shutdown hooks) in the middle of a MedQuAD
 * ingest, after it has committed part of it, then proves the library opens at its last commit, is
 * searchable, holds every source it has whole, that the source journal rebuilds exactly that
 * library, and that running the ingest again finishes the rest.
 */
class IngestCrashTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * About 3,800 files and 14,000 answers: more than one commit's worth (10,000 records), so the
   * ingest commits mid-way; small enough to redo in seconds.
   */
  private static final List<String> FOLDERS = List.of("2_GARD_QA", "3_GHR_QA");

  @TempDir Path home;

  @Test
  @Timeout(value = 150, unit = TimeUnit.SECONDS)
  void aKilledIngestLeavesTheLastCommitSearchableAndWholeAndARerunFinishesIt() throws Exception {
    List<Path> inputs =
        FOLDERS.stream().map(f -> ChildGalen.sharedData().resolve("medquad").resolve(f)).toList();
    Path indexDir = new GalenHome(home).index();

    Process first = galen(inputs, false).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    AtomicInteger filesRead = new AtomicInteger();
    List<String> stderr = java.util.Collections.synchronizedList(new ArrayList<>());
    Thread drain =
        Thread.ofVirtual()
            .start(
                () -> {
                  try (BufferedReader r =
                      new BufferedReader(
                          new InputStreamReader(first.getErrorStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                      stderr.add(line);
                      if (line.startsWith("read ") && line.contains("medquad")) {
                        filesRead.incrementAndGet();
                      }
                    }
                  } catch (IOException e) {
                    // the process died: that is the point
                  }
                });

    // wait for the ingest to commit once after it started reading MedQuAD, then a little more
    long startGeneration = -1;
    int readAtCommit = -1;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (System.nanoTime() < deadline && first.isAlive()) {
      if (startGeneration < 0 && filesRead.get() > 0) {
        startGeneration = generation(indexDir);
      } else if (startGeneration >= 0
          && readAtCommit < 0
          && generation(indexDir) > startGeneration) {
        readAtCommit = filesRead.get();
      } else if (readAtCommit >= 0 && filesRead.get() >= readAtCommit + 30) {
        break;
      }
      Thread.sleep(20);
    }
    assertThat(first.isAlive())
        .as("the ingest must still run when it is killed; stderr: %s", tail(stderr))
        .isTrue();
    assertThat(readAtCommit).as("a commit mid-ingest; stderr: %s", tail(stderr)).isPositive();
    first.destroyForcibly();
    assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
    drain.join(5_000);
    int readBeforeKill = filesRead.get();

    Map<String, Document> expected = ChildGalen.readAll(inputs);
    int storedMedquad;
    List<String> committed;
    try (LibraryIndex library = LibraryIndex.open(indexDir)) {
      committed = library.sourceIds();
      List<String> medquad = library.sourceIds().stream().filter(expected::containsKey).toList();
      storedMedquad = medquad.size();
      // at the last commit: part of the ingest, not all of it and not nothing
      assertThat(storedMedquad).isPositive().isLessThan(expected.size());
      for (String id : medquad) {
        Document want = java.util.Objects.requireNonNull(expected.get(id));
        Source source = library.source(id).orElseThrow();
        assertThat(source.text()).as(id).isEqualTo(want.source().text());
        assertThat(library.hash(id)).as(id).contains(want.contentHash());
        List<Passage> passages = library.passages(id);
        assertThat(passages).as(id).hasSameSizeAs(want.passages());
        for (int i = 0; i < passages.size(); i++) {
          Passage p = passages.get(i);
          assertThat(p.position()).as(id).isEqualTo(i);
          assertThat(p.text()).as(id).isEqualTo(want.passages().get(i).text());
          assertThat(source.text().substring(p.start(), p.end())).as(id).isEqualTo(p.text());
        }
      }
      assertThat(library.search(new TermQuery(new Term(Fields.TEXT, "symptom")), 5)).isNotEmpty();
    }

    // the source journal holds exactly what the last commit held: a rebuild from it gives the same
    // library (records the killed ingest journaled after that commit are left out)
    Rebuild.Result rebuilt =
        Rebuild.run(indexDir, new GalenHome(home).sources(), () -> null, fresh -> {}, (n, t) -> {});
    assertThat(rebuilt.warnings()).isEmpty();
    try (LibraryIndex library = LibraryIndex.open(indexDir)) {
      assertThat(library.sourceIds()).isEqualTo(committed);
    }

    Process again = galen(inputs, true).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(again.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(again.waitFor(90, TimeUnit.SECONDS)).isTrue();
    assertThat(again.exitValue()).as(out).isZero();
    JsonNode report = JSON.readTree(out);
    assertThat(report.get("read").asInt()).isEqualTo(expected.size());
    assertThat(report.get("unchanged").asInt()).isEqualTo(storedMedquad);
    assertThat(report.get("added").asInt()).isEqualTo(expected.size() - storedMedquad);
    assertThat(report.get("skipped")).isEmpty();
    assertThat(readBeforeKill).isPositive();

    try (LibraryIndex library = LibraryIndex.open(indexDir)) {
      assertThat(library.sourceIds()).containsAll(expected.keySet());
    }
  }

  private ProcessBuilder galen(List<Path> inputs, boolean json) {
    List<String> args = new ArrayList<>();
    args.add("ingest");
    if (json) {
      args.add("--json");
    }
    inputs.forEach(p -> args.add(p.toString()));
    ProcessBuilder pb = new ProcessBuilder(ChildGalen.command(args));
    Map<String, String> env = pb.environment();
    env.put("GALEN_HOME", home.toString());
    env.put("GALEN_EMBEDDINGS", "off");
    env.remove("GALEN_DB_URL");
    return pb;
  }

  /** The generation of the index's last commit, -1 before the first. */
  private static long generation(Path indexDir) throws IOException {
    if (!Files.isDirectory(indexDir)) {
      return -1;
    }
    try (Stream<Path> files = Files.list(indexDir)) {
      return SegmentInfos.getLastCommitGeneration(
          files.map(f -> f.getFileName().toString()).toArray(String[]::new));
    }
  }

  private static String tail(List<String> lines) {
    synchronized (lines) {
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }
  }
}
