package org.galen.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.galen.ingest.IngestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestionTest {
  private static final Path LIBRARY = Path.of("../library/summaries");

  @TempDir Path tmp;

  @Test
  void reIngestingTheSameFilesChangesNothing() {
    try (LibraryIndex index = LibraryIndex.open(tmp.resolve("index"))) {
      Ingestion ingestion = new Ingestion(index);
      List<Path> files = List.of(LIBRARY.resolve("gout.md"), LIBRARY.resolve("sciatica.md"));

      IngestReport first = ingestion.ingest(files, false, line -> {});
      int size = index.size();
      IngestReport second = ingestion.ingest(files, false, line -> {});

      assertThat(first.addedCount()).isEqualTo(2);
      assertThat(second.unchangedCount()).isEqualTo(2);
      assertThat(second.changed()).isFalse();
      assertThat(index.size()).isEqualTo(size);
      assertThat(index.source("summary:gout")).isPresent();
    }
  }

  @Test
  void aMalformedFileIsSkippedWithFileAndLineAndTheIndexStaysIntact() throws IOException {
    try (LibraryIndex index = LibraryIndex.open(tmp.resolve("index"))) {
      Ingestion ingestion = new Ingestion(index);
      ingestion.ingest(List.of(LIBRARY.resolve("gout.md")), false, line -> {});
      int before = index.size();
      String goutText = index.source("summary:gout").orElseThrow().text();

      // the same id as gout, broken half-way through: an unknown heading
      List<String> lines =
          new java.util.ArrayList<>(Files.readAllLines(LIBRARY.resolve("gout.md")));
      int line = lines.indexOf("## Critical pitfalls") + 1;
      lines.set(line - 1, "## Treatments we like");
      Path broken = tmp.resolve("gout.md");
      Files.write(broken, lines);
      IngestReport report = ingestion.ingest(List.of(broken), false, progress -> {});

      assertThat(report.skippedReasons())
          .singleElement()
          .asString()
          .contains(broken + ":" + line + ": unknown heading 'Treatments we like'");
      assertThat(index.size()).isEqualTo(before);
      assertThat(index.source("summary:gout").orElseThrow().text()).isEqualTo(goutText);
    }
  }

  @Test
  void dryRunReportsWithoutWriting() {
    try (LibraryIndex index = LibraryIndex.open(tmp.resolve("index"))) {
      IngestReport report =
          new Ingestion(index).ingest(List.of(LIBRARY.resolve("gout.md")), true, line -> {});

      assertThat(report.addedCount()).isEqualTo(1);
      assertThat(index.sourceIds()).isEmpty();
    }
  }

  @Test
  void theListenerHearsOfUpdatedAndRemovedSourcesAfterTheirCommit() throws IOException {
    try (LibraryIndex index = LibraryIndex.open(tmp.resolve("index"))) {
      List<String> heard = new java.util.ArrayList<>();
      SourceChangeListener listener =
          (updated, removed) -> {
            // told after the commit: the index already holds the new content
            heard.add("updated " + updated + " removed " + removed);
            removed.forEach(id -> assertThat(index.source(id)).as(id).isEmpty());
            updated.forEach(id -> assertThat(index.source(id)).as(id).isPresent());
          };
      Ingestion ingestion = new Ingestion(index, org.galen.ingest.Readers.standard(), listener);
      ingestion.ingest(
          List.of(LIBRARY.resolve("gout.md"), LIBRARY.resolve("sciatica.md")), false, l -> {});
      assertThat(heard).as("adding new sources changes no evidence").isEmpty();

      Path changed = tmp.resolve("gout.md");
      Files.writeString(
          changed, Files.readString(LIBRARY.resolve("gout.md")).replace(", podagra]", "]"));
      ingestion.ingest(List.of(changed), false, l -> {});
      ingestion.write(
          List.of(), List.of("summary:sciatica"), java.util.Map.of(), new IngestReport());

      assertThat(heard)
          .containsExactly(
              "updated [summary:gout] removed []", "updated [] removed [summary:sciatica]");
    }
  }
}
