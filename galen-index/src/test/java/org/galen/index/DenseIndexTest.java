package org.galen.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.galen.ingest.TestDocuments.doc;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Passages get vectors at ingest with the real ONNX model; unchanged text is never re-embedded. */
class DenseIndexTest {
  private static OnnxEmbedder embedder;

  @TempDir Path tmp;

  @BeforeAll
  static void loadModel() {
    // the faster of the two models: this test is about the index, not the model's quality
    embedder = new OnnxEmbedder(new EmbeddingConfig(true, "all-minilm-l6-v2-q", 2, 16, 2000));
  }

  @AfterAll
  static void closeModel() {
    embedder.close();
  }

  /** An index that does not close the shared embedder. */
  private LibraryIndex open() {
    return LibraryIndex.open(tmp.resolve("index"), new Unclosed(embedder));
  }

  @Test
  void findsAPassageByMeaningWithoutSharedWords() {
    try (LibraryIndex index = open();
        LibraryWriter writer = index.writer()) {
      writer.upsertAll(
          List.of(
              doc("t:heart", "Heart", "A myocardial infarction needs urgent reperfusion."),
              doc("t:skin", "Skin", "Eczema is treated with emollients and topical steroids."),
              doc("t:bone", "Bone", "Osteoporosis raises the risk of hip fractures.")));
      writer.commit(java.util.Map.of());

      List<PassageHit> hits = index.knn(embedder.embedQuery("what to do about a heart attack"), 3);

      assertThat(hits.getFirst().scored().passage().sourceId()).isEqualTo("t:heart");
      assertThat(index.hasVectors()).isTrue();
    }
  }

  @Test
  void reIngestingAChangedSourceEmbedsOnlyItsChangedPassages() {
    try (LibraryIndex index = open()) {
      try (LibraryWriter writer = index.writer()) {
        writer.upsert(
            doc(
                "t:gout",
                "Gout",
                "Colchicine treats a flare.",
                "Allopurinol lowers urate.",
                "Avoid dehydration."));
        writer.commit(java.util.Map.of());
        assertThat(writer.embedded()).isEqualTo(3);
      }
      try (LibraryWriter writer = index.writer()) {
        LibraryWriter.Outcome outcome =
            writer.upsert(
                doc(
                    "t:gout",
                    "Gout",
                    "Colchicine treats a flare.",
                    "Allopurinol lowers urate.",
                    "Drink enough water."));
        writer.commit(java.util.Map.of());

        assertThat(outcome).isEqualTo(LibraryWriter.Outcome.UPDATED);
        assertThat(writer.embedded()).isEqualTo(1);
        assertThat(writer.reused()).isEqualTo(2);
      }
      try (LibraryWriter writer = index.writer()) {
        LibraryWriter.Outcome outcome =
            writer.upsert(
                doc(
                    "t:gout",
                    "Gout",
                    "Colchicine treats a flare.",
                    "Allopurinol lowers urate.",
                    "Drink enough water."));
        assertThat(outcome).isEqualTo(LibraryWriter.Outcome.UNCHANGED);
        assertThat(writer.embedded()).isZero();
      }
      assertThat(index.knn(embedder.embedQuery("drink water"), 1).getFirst().id())
          .isEqualTo("t:gout#2");
    }
  }

  @Test
  void aLibraryWithoutEmbedderHasNoVectors() {
    try (LibraryIndex index = LibraryIndex.open(tmp.resolve("plain"));
        LibraryWriter writer = index.writer()) {
      writer.upsert(doc("t:a", "A", "Some text."));
      writer.commit(java.util.Map.of());
      assertThat(index.hasVectors()).isFalse();
      assertThat(index.embedder()).isEmpty();
    }
  }

  /** Lends the shared model to one index without letting it close the model. */
  private record Unclosed(Embedder inner) implements Embedder {
    @Override
    public String model() {
      return inner.model();
    }

    @Override
    public int dimension() {
      return inner.dimension();
    }

    @Override
    public List<float[]> embedPassages(List<String> texts) {
      return inner.embedPassages(texts);
    }

    @Override
    public float[] embedQuery(String text) {
      return inner.embedQuery(text);
    }

    @Override
    public void close() {}
  }
}
