package org.galen.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.galen.core.Source;
import org.galen.ingest.IngestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PubMed records through the real index: stored whole, replaced when changed, deleted. */
class PubmedIngestionTest {
  private static final Path PUBMED = Path.of("../galen-ingest/src/test/resources/pubmed");

  @TempDir Path tmp;

  @Test
  void aCitationKeepsAuthorsAndPublicationTypesInTheIndex() {
    try (LibraryIndex index = LibraryIndex.open(tmp.resolve("index"))) {
      new Ingestion(index)
          .ingest(List.of(PUBMED.resolve("pubmed-29768149.xml")), false, line -> {});

      Source s = index.source("pmid:29768149").orElseThrow();
      assertThat(s.authors()).hasSize(10).startsWith("O'Byrne PM");
      assertThat(s.publicationTypes()).contains("Randomized Controlled Trial");
      assertThat(s.doi()).isEqualTo("10.1056/NEJMoa1715274");
      assertThat(index.passages("pmid:29768149")).hasSize(4);
    }
  }

  @Test
  void aChangedVersionOfACitationReplacesTheOldOne() throws IOException {
    try (LibraryIndex index = LibraryIndex.open(tmp.resolve("index"))) {
      Ingestion ingestion = new Ingestion(index);
      ingestion.ingest(List.of(PUBMED.resolve("pubmed-29768149.xml")), false, line -> {});
      Path revised = tmp.resolve("update.xml");
      Files.writeString(
          revised,
          Files.readString(PUBMED.resolve("pubmed-29768149.xml"))
              .replace("as Needed in Mild Asthma.", "as Needed in Mild Asthma (revised)."));

      IngestReport report = ingestion.ingest(List.of(revised), false, line -> {});

      assertThat(report.updatedCount()).isEqualTo(1);
      assertThat(index.source("pmid:29768149").orElseThrow().title()).contains("(revised)");
      assertThat(index.passages("pmid:29768149")).hasSize(4);
    }
  }

  @Test
  void deleteCitationRemovesTheSource() throws IOException {
    try (LibraryIndex index = LibraryIndex.open(tmp.resolve("index"))) {
      Ingestion ingestion = new Ingestion(index);
      ingestion.ingest(List.of(PUBMED.resolve("pubmed-29768149.xml")), false, line -> {});
      Path delete = tmp.resolve("delete.xml");
      Files.writeString(
          delete,
          "<?xml version=\"1.0\"?>\n<PubmedArticleSet><DeleteCitation>"
              + "<PMID Version=\"1\">29768149</PMID></DeleteCitation></PubmedArticleSet>\n");

      IngestReport report = ingestion.ingest(List.of(delete), false, line -> {});

      assertThat(report.deletedCount()).isEqualTo(1);
      assertThat(index.source("pmid:29768149")).isEmpty();
      assertThat(index.passages("pmid:29768149")).isEmpty();
    }
  }
}
