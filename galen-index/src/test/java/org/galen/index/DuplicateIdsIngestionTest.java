package org.galen.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.galen.core.Passage;
import org.galen.core.Source;
import org.galen.ingest.IngestReport;
import org.galen.ingest.RecordFiles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A file holding the same record id twice (PubMed XML, MedQuAD, PubMedQA, where ids can repeat)
 * ingests without error into one source per id, and the last copy wins.
 */
class DuplicateIdsIngestionTest {
  @TempDir Path tmp;

  private RecordFiles.Duplicated file(String format) throws IOException {
    return switch (format) {
      case "pubmed" -> RecordFiles.pubmedDuplicate(tmp);
      case "medquad" -> RecordFiles.medquadDuplicate(tmp);
      case "pubmedqa" -> RecordFiles.pubmedQaDuplicate(tmp);
      default -> throw new IllegalArgumentException(format);
    };
  }

  @ParameterizedTest
  @ValueSource(strings = {"pubmed", "medquad", "pubmedqa"})
  void theLastCopyOfARepeatedIdWinsAndTheLibraryHoldsOneSource(String format) throws IOException {
    RecordFiles.Duplicated dup = file(format);
    try (LibraryIndex index = LibraryIndex.open(tmp.resolve("index"))) {
      IngestReport report = new Ingestion(index).ingest(List.of(dup.file()), false, line -> {});

      assertThat(report.skippedReasons()).isEmpty();
      assertThat(report.readCount()).isEqualTo(2);
      assertThat(index.sourceIds()).containsOnlyOnce(dup.id());
      Source source = index.source(dup.id()).orElseThrow();
      assertThat(source.title() + source.text()).contains(RecordFiles.REVISED);
      // one set of passages, the last copy's, each at its offsets
      List<Passage> passages = index.passages(dup.id());
      assertThat(passages).extracting(Passage::position).doesNotHaveDuplicates();
      passages.forEach(
          p -> assertThat(source.text().substring(p.start(), p.end())).isEqualTo(p.text()));
      assertThat(
              index.search(
                  new org.apache.lucene.search.TermQuery(
                      new org.apache.lucene.index.Term(Fields.SOURCE_ID, dup.id())),
                  100))
          .hasSize(passages.size());
    }

    // ingesting it again changes nothing: the stored hash is the last copy's
    try (LibraryIndex index = LibraryIndex.open(tmp.resolve("index"))) {
      IngestReport again = new Ingestion(index).ingest(List.of(dup.file()), false, line -> {});
      assertThat(again.addedCount()).isZero();
    }
  }
}
