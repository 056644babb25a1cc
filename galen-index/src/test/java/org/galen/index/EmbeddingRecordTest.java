package org.galen.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.galen.ingest.TestDocuments.doc;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library remembers which model embedded its passages, and refuses a question vector of another
 * model: their neighbours would be nonsense, found without any error.
 */
class EmbeddingRecordTest {
  private static final String MINILM = "all-minilm-l6-v2-q";
  private static final String BGE = "bge-small-en-v1.5-q";

  @TempDir Path tmp;

  private static EmbeddingConfig model(String id) {
    return new EmbeddingConfig(true, id, 2, 16, 2000);
  }

  private void build(Path dir) {
    try (LibraryIndex index = LibraryIndex.open(dir, model(MINILM).open());
        LibraryWriter writer = index.writer()) {
      writer.upsertAll(
          List.of(
              doc("t:gout", "Gout", "Colchicine treats a flare."),
              doc("t:skin", "Eczema", "Emollients are used every day.")));
      writer.commit(Map.of("starter", "1"));
    }
  }

  @Test
  void aLibraryRecordsItsModelAndIsOpenedWithItAgain() {
    Path dir = tmp.resolve("index");
    build(dir);

    try (LibraryIndex index = LibraryIndex.open(dir, model(MINILM).open())) {
      assertThat(index.commitData()).containsEntry(EmbeddingRecord.KEY, MINILM);
      assertThat(index.commitData()).containsEntry("starter", "1");
      assertThat(EmbeddingRecord.of(index)).contains(MINILM);
    }
  }

  @Test
  void anotherModelIsRefusedNamingBothAndTheWayOut() {
    Path dir = tmp.resolve("index");
    build(dir);

    assertThatThrownBy(() -> LibraryIndex.open(dir, model(BGE).open()))
        .isInstanceOfSatisfying(
            EmbeddingRecord.Mismatch.class, m -> assertThat(m.recorded()).isEqualTo(MINILM))
        .hasMessageContaining("embedded with " + MINILM + ", not " + BGE)
        .hasMessageContaining("bin/galen reindex");
    // nothing was changed: the library still opens with its own model and holds both sources
    try (LibraryIndex index = LibraryIndex.open(dir, model(MINILM).open())) {
      assertThat(index.sourceIds()).containsExactly("t:gout", "t:skin");
    }
  }

  @Test
  void aLibraryWrittenBeforeModelsWereRecordedIsToldByItsVectorKeys() throws Exception {
    Path dir = tmp.resolve("index");
    build(dir);
    try (Directory d = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig(Fields.analyzer()))) {
      Map<String, String> older;
      try (DirectoryReader r = DirectoryReader.open(d)) {
        older = new HashMap<>(r.getIndexCommit().getUserData());
      }
      older.remove(EmbeddingRecord.KEY);
      w.setLiveCommitData(older.entrySet());
      w.commit();
    }

    try (LibraryIndex index = LibraryIndex.open(dir)) {
      assertThat(index.commitData()).doesNotContainKey(EmbeddingRecord.KEY);
      assertThat(EmbeddingRecord.of(index)).contains(MINILM);
    }
    assertThatThrownBy(() -> LibraryIndex.open(dir, model(BGE).open()))
        .isInstanceOf(EmbeddingRecord.Mismatch.class);
  }

  @Test
  void aLibraryWithoutVectorsTakesAnyModel() {
    Path dir = tmp.resolve("index");
    try (LibraryIndex index = LibraryIndex.open(dir);
        LibraryWriter writer = index.writer()) {
      writer.upsert(doc("t:gout", "Gout", "Colchicine treats a flare."));
      writer.commit(Map.of());
    }

    try (LibraryIndex index = LibraryIndex.open(dir, model(BGE).open())) {
      assertThat(EmbeddingRecord.of(index)).isEmpty();
    }
  }
}
