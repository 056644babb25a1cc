package org.galen.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.galen.core.Audience;
import org.galen.core.Passage;
import org.galen.core.ReferenceKind;
import org.galen.core.SectionKind;
import org.galen.core.Source;
import org.galen.ingest.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The source journal keeps every source written through a journaled library, loses what a rolled
 * back writer wrote, never takes a torn or damaged record as valid, and rebuilds the index.
 */
class SourceJournalTest {
  @TempDir Path tmp;

  private static Document doc(String id, String text) {
    String body = "Gout is treated with colchicine. " + text;
    Source s =
        new Source(
            id,
            ReferenceKind.GUIDELINE,
            "Title of " + id,
            "test",
            List.of("O'Byrne PM"),
            2020,
            "https://example.org/" + id,
            null,
            "10.1/x",
            List.of("Guideline"),
            List.of("Gout", "Arthritis, Gouty"),
            List.of(),
            null,
            body);
    return Document.of(
        s,
        List.of(
            new Passage(
                id,
                0,
                SectionKind.FIRST_LINE,
                "Drug",
                Audience.CLINICIAN,
                true,
                "Gout is treated with colchicine.",
                0,
                32),
            new Passage(id, 1, SectionKind.OTHER, null, null, false, text, 33, body.length())));
  }

  private List<SourceJournal.Entry> read(Path dir, List<String> warnings) {
    List<SourceJournal.Entry> out = new ArrayList<>();
    SourceJournal.read(dir, out::add, warnings::add);
    return out;
  }

  @Test
  void everySourceWrittenIsJournaledWholeAndARolledBackWriteIsCutOff() {
    Path index = tmp.resolve("index");
    Path journal = tmp.resolve("sources");
    try (LibraryIndex library = LibraryIndex.open(index, journal, null)) {
      try (LibraryWriter w = library.writer()) {
        w.upsertAll(List.of(doc("t:a", "Rest the joint."), doc("t:b", "Ice helps.")));
        w.delete("t:b");
        w.commit(Map.of());
      }
      try (LibraryWriter w = library.writer()) {
        w.upsert(doc("t:c", "Never committed."));
        // closed without a commit: rolled back, in the index and in the journal
      }
    }
    List<String> warnings = new ArrayList<>();
    List<SourceJournal.Entry> entries = read(journal, warnings);
    assertThat(warnings).isEmpty();
    assertThat(entries)
        .containsExactly(
            new SourceJournal.Entry.Upsert(doc("t:a", "Rest the joint.")),
            new SourceJournal.Entry.Upsert(doc("t:b", "Ice helps.")),
            new SourceJournal.Entry.Delete("t:b"));
  }

  @Test
  void aTornOrDamagedRecordIsLeftOutWithAWarningAndTheRebuildHoldsTheRest() throws IOException {
    Path index = tmp.resolve("index");
    Path journal = tmp.resolve("sources");
    try (LibraryIndex library = LibraryIndex.open(index, journal, null)) {
      try (LibraryWriter w = library.writer()) {
        w.upsertAll(List.of(doc("t:a", "Rest the joint."), doc("t:b", "Ice helps.")));
        w.commit(Map.of());
      }
    }
    Path segment = SourceJournal.segments(journal).getFirst();
    long whole = Files.size(segment);
    // a crash (or a full disk) in the middle of a third record
    byte[] torn = new byte[40];
    torn[3] = 100; // length 100, but only 32 bytes follow
    Files.write(segment, torn, java.nio.file.StandardOpenOption.APPEND);
    List<String> warnings = new ArrayList<>();
    assertThat(read(journal, warnings)).hasSize(2);
    assertThat(warnings)
        .singleElement()
        .asString()
        .contains(segment.toString())
        .contains("cut short");

    // a flipped byte inside the second record: its checksum no longer matches
    try (RandomAccessFile f = new RandomAccessFile(segment.toFile(), "rw")) {
      f.setLength(whole);
      f.seek(whole - 10);
      int b = f.read();
      f.seek(whole - 10);
      f.write(b ^ 0xFF);
    }
    warnings.clear();
    assertThat(read(journal, warnings))
        .containsExactly(new SourceJournal.Entry.Upsert(doc("t:a", "Rest the joint.")));
    assertThat(warnings).singleElement().asString().contains("checksum does not match");

    Rebuild.Result result = Rebuild.run(index, journal, () -> null, fresh -> {}, (n, t) -> {});
    assertThat(result.sources()).isEqualTo(1);
    assertThat(result.warnings()).hasSize(1);
    try (LibraryIndex library = LibraryIndex.open(index, journal, null)) {
      assertThat(library.sourceIds()).containsExactly("t:a");
      assertThat(library.source("t:a").orElseThrow())
          .isEqualTo(doc("t:a", "Rest the joint.").source());
      // the next writer cuts the damaged tail off and appends after the last whole record
      try (LibraryWriter w = library.writer()) {
        w.upsert(doc("t:d", "Added after the rebuild."));
        w.commit(Map.of());
      }
    }
    warnings.clear();
    assertThat(read(journal, warnings))
        .extracting(SourceJournal.Entry::sourceId)
        .containsExactly("t:a", "t:d");
    assertThat(warnings).isEmpty();
  }

  @Test
  void aMissingIndexWhoseJournalHoldsSourcesIsReportedNotRecreatedEmpty() throws IOException {
    Path index = tmp.resolve("index");
    Path journal = tmp.resolve("sources");
    try (LibraryIndex library = LibraryIndex.open(index, journal, null);
        LibraryWriter w = library.writer()) {
      w.upsert(doc("t:a", "Rest the joint."));
      w.commit(Map.of());
    }
    try (var files = Files.list(index)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    assertThatThrownBy(() -> LibraryIndex.open(index, journal, null))
        .isInstanceOf(LibraryCorruptException.class)
        .hasMessageContaining(index.toString())
        .hasMessageContaining("bin/galen reindex");
  }

  @Test
  void aSwapInterruptedBetweenItsTwoRenamesIsFinishedAtTheNextOpen() throws IOException {
    Path index = tmp.resolve("index");
    Path journal = tmp.resolve("sources");
    try (LibraryIndex library = LibraryIndex.open(index, journal, null);
        LibraryWriter w = library.writer()) {
      w.upsert(doc("t:a", "Rest the joint."));
      w.commit(Map.of());
    }
    // as if a rebuild had moved the old index aside and crashed before moving the new one in
    Path built = Rebuild.buildDir(index);
    Files.move(index, built);
    Files.writeString(built.resolve(Rebuild.COMPLETE_MARKER), "complete\n");

    try (LibraryIndex library = LibraryIndex.open(index, journal, null)) {
      assertThat(library.sourceIds()).containsExactly("t:a");
    }
    assertThat(built).doesNotExist();
    assertThat(index.resolve(Rebuild.COMPLETE_MARKER)).doesNotExist();
  }
}
