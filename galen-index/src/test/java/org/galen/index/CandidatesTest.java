package org.galen.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.galen.core.Passage;
import org.galen.core.ReferenceKind;
import org.galen.core.SectionKind;
import org.galen.core.Source;
import org.galen.ingest.Hashes;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Candidates read from doc values carry the same id, score, topics, kind and year as fully loaded
 * hits, also in a library written before those doc values existed; loading them gives the hits.
 */
class CandidatesTest {
  @TempDir Path tmp;

  private static Source source(
      String id, ReferenceKind kind, @Nullable Integer year, String... topics) {
    return new Source(
        id,
        kind,
        "Title of " + id,
        "test",
        List.of(),
        year,
        null,
        null,
        null,
        List.of(),
        List.of(topics),
        List.of(),
        null,
        "Gout is treated with colchicine.\nGout flares need rest.");
  }

  private static List<Passage> passages(String id) {
    return List.of(
        new Passage(
            id, 0, SectionKind.OTHER, null, null, false, "Gout is treated with colchicine.", 0, 32),
        new Passage(id, 1, SectionKind.OTHER, null, null, false, "Gout flares need rest.", 33, 55));
  }

  private static final List<Source> SOURCES =
      List.of(
          source("t:a", ReferenceKind.GUIDELINE, 2020, "Gout", "Colchicine"),
          source("t:b", ReferenceKind.OBSERVATIONAL, null),
          source("t:c", ReferenceKind.RCT, 1999, "Arthritis, Gouty"));

  @Test
  void candidatesMatchLoadedHits() {
    try (LibraryIndex index = LibraryIndex.open(tmp.resolve("new"));
        LibraryWriter writer = index.writer()) {
      for (Source s : SOURCES) {
        writer.upsert(new org.galen.ingest.Document(s, passages(s.id()), Hashes.sha256(s.text())));
      }
      writer.commit(Map.of());
      assertSame(index);
    }
  }

  @Test
  void aLibraryWrittenWithoutDocValuesFallsBackToStoredFields() throws Exception {
    Path dir = tmp.resolve("old");
    try (IndexWriter w =
        new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(Fields.analyzer()))) {
      for (Source s : SOURCES) {
        List<org.apache.lucene.document.Document> docs =
            StoredDocs.all(s, passages(s.id()), "h", List.of());
        for (org.apache.lucene.document.Document d : docs) {
          d.removeFields(Fields.KIND_DV);
          d.removeFields(Fields.YEAR_DV);
          d.removeFields(Fields.TOPICS_DV);
        }
        w.addDocuments(docs);
      }
      w.commit();
    }
    try (LibraryIndex index = LibraryIndex.open(dir)) {
      assertSame(index);
    }
  }

  private static void assertSame(LibraryIndex index) {
    TermQuery gout = new TermQuery(new Term(Fields.TEXT, "gout"));
    List<PassageHit> hits = index.searchHits(gout, 10);
    List<Candidate> candidates = index.searchCandidates(gout, 10);

    assertThat(hits).hasSize(6);
    List<Candidate> expected = new ArrayList<>();
    hits.forEach(h -> expected.add(h.candidate()));
    assertThat(candidates).isEqualTo(expected);
    assertThat(candidates)
        .filteredOn(c -> c.id().equals("t:a#0"))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo(ReferenceKind.GUIDELINE);
              assertThat(c.year()).isEqualTo(2020);
              assertThat(c.topics()).isEqualTo("Title of t:a\nGout\nColchicine");
            });
    assertThat(index.load(candidates)).isEqualTo(hits);
  }
}
