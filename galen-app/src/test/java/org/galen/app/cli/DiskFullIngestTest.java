package org.galen.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.galen.app.GalenHome;
import org.galen.core.Source;
import org.galen.index.LibraryIndex;
import org.galen.index.Rebuild;
import org.galen.ingest.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code galen ingest} into a data directory on a small real file system (a 5 MB tmpfs) that
 * fills up: the command fails with one line saying no space is left and where, not a stack trace;
 * once space is freed the library opens at its last commit with every source whole, the source
 * journal holds no torn record, and running the ingest again completes it.
 *
 * <p>Mounting needs root; without it the test is skipped with the reason, unless {@code
 * GALEN_REQUIRE_TMPFS=1}, when it fails.
 */
class DiskFullIngestTest {
  @TempDir Path tmp;
  private Path mount;
  private boolean mounted;

  @BeforeEach
  void mountSmallFileSystem() throws Exception {
    mount = tmp.resolve("small");
    Files.createDirectories(mount);
    Run r =
        run(List.of("mount", "-t", "tmpfs", "-o", "size=5m", "tmpfs", mount.toString()), Map.of());
    if (r.code != 0) {
      String why = "cannot mount a tmpfs (needs root): " + r.stderr.strip();
      if ("1".equals(System.getenv("GALEN_REQUIRE_TMPFS"))) {
        throw new IllegalStateException(why + " (GALEN_REQUIRE_TMPFS=1)");
      }
      Assumptions.abort(why);
    }
    mounted = true;
  }

  @AfterEach
  void unmount() throws Exception {
    if (mounted) {
      run(List.of("umount", "-l", mount.toString()), Map.of());
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aFullDiskFailsTheIngestCleanlyAndARerunAfterFreeingSpaceCompletesIt() throws Exception {
    Path shared = ChildGalen.sharedData();
    Path medline = shared.resolve("medline/medsamp2014.xml");
    Path medquad = shared.resolve("medquad/4_MPlus_Health_Topics_QA");
    GalenHome home = new GalenHome(mount.resolve("home"));

    Run first = galen(home, medline.toString());
    assertThat(first.code).as(first.stderr).isZero();

    // two ways to fill the disk: about 8 MB of MedQuAD text fills it while the source journal is
    // written; about 3 MB fits in the journal and fills it when the index commits
    Path large = shared.resolve("medquad/3_GHR_QA");
    for (Path input : List.of(large, medquad)) {
      Run full = galen(home, input.toString());
      assertThat(full.code).as(full.stderr).isNotZero();
      String message =
          full.stderr.lines().filter(l -> l.startsWith("galen: ")).findFirst().orElse("");
      System.out.println("the full disk was reported as: " + message);
      assertThat(message)
          .as(full.stderr)
          .contains("no space left on device while")
          .contains(home.root().toString());
      assertThat(full.stderr).doesNotContain("\tat ").doesNotContain("Exception");
    }

    run(List.of("mount", "-o", "remount,size=128m", mount.toString()), Map.of());

    Map<String, Document> expected = ChildGalen.readAll(List.of(medline, large, medquad));
    List<String> journalWarnings = new ArrayList<>();
    try (LibraryIndex library = LibraryIndex.open(home.index(), home.sources(), null)) {
      List<String> ids = library.sourceIds();
      assertThat(ids).containsAll(ChildGalen.readAll(List.of(medline)).keySet());
      for (String id : ids) {
        Document want = expected.get(id);
        if (want == null) {
          continue; // the starter library
        }
        Source source = library.source(id).orElseThrow();
        assertThat(source).as(id).isEqualTo(want.source());
        assertThat(library.passages(id)).as(id).isEqualTo(want.passages());
      }
    }
    // the journal: no torn record, and rebuilding from it gives the same library
    Rebuild.Result rebuilt =
        Rebuild.run(home.index(), home.sources(), () -> null, fresh -> {}, (n, t) -> {});
    journalWarnings.addAll(rebuilt.warnings());
    assertThat(journalWarnings).isEmpty();

    Run again = galen(home, medquad.toString());
    assertThat(again.code).as(again.stderr).isZero();
    try (LibraryIndex library = LibraryIndex.open(home.index(), home.sources(), null)) {
      assertThat(library.sourceIds()).containsAll(ChildGalen.readAll(List.of(medline)).keySet());
      assertThat(library.sourceIds()).containsAll(ChildGalen.readAll(List.of(medquad)).keySet());
    }
  }

  private record Run(int code, String stderr) {}

  private Run galen(GalenHome home, String... inputs) throws Exception {
    List<String> args = new ArrayList<>();
    args.add("ingest");
    args.addAll(List.of(inputs));
    return run(
        ChildGalen.command(args),
        Map.of("GALEN_HOME", home.root().toString(), "GALEN_EMBEDDINGS", "off"));
  }

  private Run run(List<String> command, Map<String, String> env) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().putAll(env);
    pb.environment().remove("GALEN_DB_URL");
    Path errFile = Files.createTempFile(tmp, "stderr", ".txt");
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(errFile.toFile());
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      return new Run(-1, String.valueOf(e.getMessage()));
    }
    if (!p.waitFor(100, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("timed out: " + command);
    }
    return new Run(p.exitValue(), Files.readString(errFile, StandardCharsets.UTF_8));
  }
}
