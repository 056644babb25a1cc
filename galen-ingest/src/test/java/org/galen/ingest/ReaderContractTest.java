package org.galen.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract every reader passes: real records read into sources whose passages stand verbatim in
 * their text; empty, malformed, truncated and wrongly encoded files give a problem that names the
 * file, never an unchecked crash; ids are stable. Subclass it once per reader.
 */
public abstract class ReaderContractTest {
  @TempDir protected Path tmp;

  /** The reader under test. */
  protected abstract SourceReader reader();

  /**
   * A small valid file of the reader's format (a real fixture, or a copy of one) in {@code dir}.
   */
  protected abstract Path validFile(Path dir) throws IOException;

  /**
   * The name a file of this format has, e.g. "records.xml", for the broken files the suite writes.
   */
  protected abstract String fileName();

  /**
   * A huge file of this format: the valid fixture's records repeated under distinct ids (see {@link
   * RecordFiles}), or null to skip the huge-file case.
   */
  protected RecordFiles.@Nullable Generated hugeFile(Path dir) throws IOException {
    return null;
  }

  /**
   * A file holding one record id twice, or null for formats where ids cannot repeat within a file.
   */
  protected RecordFiles.@Nullable Duplicated duplicateIdsFile(Path dir) throws IOException {
    return null;
  }

  protected List<Parsed> readAll(Path file) throws IOException {
    List<Parsed> out = new ArrayList<>();
    reader().read(file, out::add);
    return out;
  }

  /**
   * Reads a file the way ingest does: a whole-file failure becomes one Skipped with its problem.
   */
  protected List<Parsed> readLikeIngest(Path file) {
    List<Parsed> out = new ArrayList<>();
    try {
      reader().read(file, out::add);
    } catch (MalformedInputException e) {
      e.problems().forEach(p -> out.add(new Parsed.Skipped(p)));
    } catch (IOException e) {
      out.add(new Parsed.Skipped(new Problem(file.toString(), 0, e.toString())));
    }
    return out;
  }

  protected static List<Document> documents(List<Parsed> parsed) {
    return parsed.stream()
        .filter(p -> p instanceof Parsed.Ok)
        .map(p -> ((Parsed.Ok) p).document())
        .toList();
  }

  @Test
  void readsAValidFileIntoSourcesWhosePassagesStandInTheirText() throws IOException {
    Path file = validFile(tmp);
    assertThat(reader().accepts(file, TextFiles.head(file, 4096))).isTrue();

    List<Document> docs = documents(readAll(file));

    assertThat(docs).isNotEmpty();
    for (Document d : docs) {
      assertThat(d.source().id()).contains(":");
      assertThat(d.source().title()).isNotBlank();
      assertThat(d.passages()).isNotEmpty();
      // Document's constructor already checks offsets; check again that quotes can be traced back
      d.passages().forEach(p -> assertThat(d.source().text()).contains(p.text()));
    }
  }

  @Test
  void readingTheSameFileTwiceGivesTheSameIdsAndHashes() throws IOException {
    Path file = validFile(tmp);

    List<Document> first = documents(readAll(file));
    List<Document> second = documents(readAll(file));

    assertThat(second)
        .extracting(d -> d.source().id())
        .isEqualTo(first.stream().map(d -> d.source().id()).toList());
    assertThat(second)
        .extracting(Document::contentHash)
        .isEqualTo(first.stream().map(Document::contentHash).toList());
  }

  @Test
  void anEmptyFileGivesAProblemNamingTheFile() throws IOException {
    Path empty = Files.writeString(tmp.resolve(fileName()), "");

    List<Parsed> parsed = readLikeIngest(empty);

    assertThat(documents(parsed)).isEmpty();
    assertThat(parsed)
        .filteredOn(p -> p instanceof Parsed.Skipped)
        .isNotEmpty()
        .allSatisfy(p -> assertThat(((Parsed.Skipped) p).problem().file()).contains(fileName()));
  }

  @Test
  void aTruncatedFileGivesAProblemAndKeepsWhatWasReadable() throws IOException {
    byte[] valid = Files.readAllBytes(validFile(tmp));
    Path truncated =
        Files.write(
            tmp.resolve("truncated-" + fileName()),
            java.util.Arrays.copyOf(valid, valid.length * 2 / 3));

    List<Parsed> parsed = readLikeIngest(truncated);

    // either a problem is reported, or what was read is whole and traceable; never an exception
    for (Document d : documents(parsed)) {
      d.passages().forEach(p -> assertThat(d.source().text()).contains(p.text()));
    }
    assertThat(
            parsed.stream().anyMatch(p -> p instanceof Parsed.Skipped)
                || !documents(parsed).isEmpty())
        .isTrue();
  }

  @Test
  void garbageGivesAProblemNamingTheFile() throws IOException {
    Path garbage =
        Files.write(
            tmp.resolve(fileName()),
            "<<<{{{ not this format at all ]]]>>>\u0000\u0001".getBytes(StandardCharsets.UTF_8));

    List<Parsed> parsed = readLikeIngest(garbage);

    assertThat(documents(parsed)).isEmpty();
    assertThat(parsed).anySatisfy(p -> assertThat(p).isInstanceOf(Parsed.Skipped.class));
  }

  @Test
  void aWronglyEncodedFileGivesAProblemNotMojibake() throws IOException {
    byte[] valid = Files.readAllBytes(validFile(tmp));
    // Latin-1 bytes that are invalid UTF-8, in the middle of the text
    byte[] broken = new byte[valid.length + 2];
    int mid = valid.length / 2;
    System.arraycopy(valid, 0, broken, 0, mid);
    broken[mid] = (byte) 0xE9;
    broken[mid + 1] = (byte) 0xFF;
    System.arraycopy(valid, mid, broken, mid + 2, valid.length - mid);
    Path file = Files.write(tmp.resolve("latin1-" + fileName()), broken);

    List<Parsed> parsed = readLikeIngest(file);

    for (Document d : documents(parsed)) {
      assertThat(d.source().text()).doesNotContain("\uFFFD");
    }
  }

  @Test
  void aHugeFileIsReadCompletelyOneRecordAtATime() throws IOException {
    RecordFiles.Generated huge = hugeFile(tmp);
    Assumptions.assumeTrue(huge != null, "no huge-file generator for this format");

    // count records as they stream by, keeping only their ids: the reader must not need the whole
    // file in memory to hand over its records
    Set<String> ids = new HashSet<>();
    int[] seen = new int[1];
    reader()
        .read(
            huge.file(),
            parsed -> {
              seen[0]++;
              assertThat(parsed).isInstanceOf(Parsed.Ok.class);
              Document d = ((Parsed.Ok) parsed).document();
              d.passages().forEach(p -> assertThat(d.source().text()).contains(p.text()));
              ids.add(d.source().id());
            });

    assertThat(seen[0]).isEqualTo(huge.records());
    assertThat(ids).hasSize(huge.records());
  }

  @Test
  void aFileHoldingOneIdTwiceIsReadWithoutCrashing() throws IOException {
    RecordFiles.Duplicated dup = duplicateIdsFile(tmp);
    Assumptions.assumeTrue(dup != null, "ids cannot repeat in this format");

    List<Parsed> parsed = readLikeIngest(dup.file());

    // both copies are handed over in file order; the library keeps the last (IngestionTest)
    assertThat(documents(parsed))
        .extracting(d -> d.source().id())
        .containsExactly(dup.id(), dup.id());
    assertThat(
            documents(parsed).getLast().source().title()
                + documents(parsed).getLast().source().text())
        .contains(RecordFiles.REVISED);
  }
}
