package org.galen.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.galen.index.Embedder;
import org.galen.index.EmbeddingConfig;
import org.galen.index.EmbeddingRecord;
import org.galen.index.Fields;
import org.galen.index.Ingestion;
import org.galen.index.LibraryIndex;
import org.galen.index.LibraryWriter;
import org.galen.index.OnnxEmbedder;
import org.galen.index.PassageHit;
import org.galen.ingest.IngestReport;
import org.galen.ingest.TestDocuments;
import org.galen.retrieve.QueryUnderstanding;
import org.galen.retrieve.Retriever;
import org.galen.retrieve.RetrieverConfig;
import org.galen.retrieve.SearchMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The starter library in a real two-node cluster, its passages in two shards with a replica each,
 * searched side by side with the same library in the embedded Lucene index.
 */
class ClusterSearchTest {
  @TempDir static Path tmp;
  private static LocalCluster cluster;
  private static OpenSearchLibrary library;
  private static LibraryIndex lucene;

  @BeforeAll
  static void startClusterAndIngest() {
    cluster = LocalCluster.start(2, tmp.resolve("cluster"));
    library =
        OpenSearchLibrary.open(
            new OpenSearchConfig(cluster.urls(), "starter", 2, 1, 200, Duration.ofSeconds(60)),
            null);
    lucene = LibraryIndex.open(tmp.resolve("lucene"));
    Path summaries = repositoryRoot().resolve("library/summaries");
    IngestReport intoCluster = new Ingestion(library).ingest(List.of(summaries), false, l -> {});
    new Ingestion(lucene).ingest(List.of(summaries), false, l -> {});
    assertThat(intoCluster.addedCount()).isGreaterThanOrEqualTo(50);
  }

  @AfterAll
  static void stop() {
    if (library != null) {
      library.close();
    }
    if (lucene != null) {
      lucene.close();
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void aClusterLibraryRecordsItsEmbeddingModelAndRefusesAnother() {
    OpenSearchConfig config =
        new OpenSearchConfig(cluster.urls(), "models", 1, 0, 200, Duration.ofSeconds(60));
    try (OpenSearchLibrary minilm = OpenSearchLibrary.open(config, model("all-minilm-l6-v2-q"));
        LibraryWriter writer = minilm.writer()) {
      writer.upsert(TestDocuments.doc("t:gout", "Gout", "Colchicine treats a gout flare."));
      writer.commit(Map.of());
    }

    assertThatThrownBy(() -> OpenSearchLibrary.open(config, model("bge-small-en-v1.5-q")))
        .isInstanceOfSatisfying(
            EmbeddingRecord.Mismatch.class,
            m -> assertThat(m.recorded()).isEqualTo("all-minilm-l6-v2-q"));
    try (OpenSearchLibrary again = OpenSearchLibrary.open(config, model("all-minilm-l6-v2-q"))) {
      assertThat(again.commitData()).containsEntry(EmbeddingRecord.KEY, "all-minilm-l6-v2-q");
      assertThat(again.sourceIds()).containsExactly("t:gout");
    }
  }

  private static Embedder model(String id) {
    return new OnnxEmbedder(new EmbeddingConfig(true, id, 2, 16, 1000));
  }

  @Test
  void aQuerySeesPassagesFromEveryShardOnBothNodes() {
    Http http = library.http();
    // the passages index has two primaries, on different nodes, each with a replica
    JsonNode shards =
        http.send(
            "GET", "/_cat/shards/starter-passages?format=json&h=shard,prirep,state,node", null);
    Set<String> primaryNodes = new HashSet<>();
    for (JsonNode s : shards) {
      assertThat(s.path("state").asText()).isEqualTo("STARTED");
      if (s.path("prirep").asText().equals("p")) {
        primaryNodes.add(s.path("node").asText());
      }
    }
    assertThat(shards).hasSize(4);
    assertThat(primaryNodes).hasSize(2);

    // which passages each shard holds, asked of that shard alone
    Set<String> shard0 = idsOnShard(http, 0);
    Set<String> shard1 = idsOnShard(http, 1);
    assertThat(shard0).isNotEmpty().doesNotContainAnyElementsOf(shard1);
    assertThat(shard1).isNotEmpty();

    Retriever retriever =
        new Retriever(
            library, QueryUnderstanding.bundled(library.analyzer()), RetrieverConfig.DEFAULTS);
    List<String> found =
        retriever.search("treatment", SearchMode.BM25, 10_000).stream()
            .map(PassageHit::id)
            .toList();
    assertThat(found).containsAnyElementsOf(shard0).containsAnyElementsOf(shard1);
    assertThat(library.count(new org.apache.lucene.search.MatchAllDocsQuery()))
        .isEqualTo(shard0.size() + shard1.size());
  }

  @Test
  void bm25RanksAndScoresLikeTheEmbeddedIndex() {
    Retriever onCluster =
        new Retriever(
            library, QueryUnderstanding.bundled(library.analyzer()), RetrieverConfig.DEFAULTS);
    Retriever embedded =
        new Retriever(
            lucene, QueryUnderstanding.bundled(lucene.analyzer()), RetrieverConfig.DEFAULTS);
    for (String q :
        List.of(
            "first line treatment of hypertension",
            "sciatica red flags",
            "alendronate osteoporosis",
            "amoxicilin dose for otitis media")) {
      List<PassageHit> a = onCluster.search(q, SearchMode.BM25, 10);
      List<PassageHit> b = embedded.search(q, SearchMode.BM25, 10);
      assertThat(a).as(q).isNotEmpty();
      assertThat(a.stream().map(PassageHit::id)).as(q).containsExactlyElementsOf(ids(b));
      for (int i = 0; i < a.size(); i++) {
        assertThat(a.get(i).scored().score())
            .as(q + " score " + i)
            .isCloseTo(
                b.get(i).scored().score(), org.assertj.core.data.Percentage.withPercentage(0.1));
      }
    }
  }

  @Test
  void sourcesAndPassagesReadBackWhole() {
    String id = lucene.sourceIds().getFirst();
    assertThat(library.sourceIds()).containsExactlyElementsOf(lucene.sourceIds());
    assertThat(library.source(id)).isEqualTo(lucene.source(id));
    assertThat(library.passages(id)).isEqualTo(lucene.passages(id));
    assertThat(library.hash(id)).isEqualTo(lucene.hash(id));
    assertThat(library.docFreq(Fields.TEXT, "hypertens"))
        .isEqualTo(lucene.docFreq(Fields.TEXT, "hypertens"));
  }

  private static List<String> ids(List<PassageHit> hits) {
    return hits.stream().map(PassageHit::id).toList();
  }

  private static Set<String> idsOnShard(Http http, int shard) {
    com.fasterxml.jackson.databind.node.ObjectNode body = Http.JSON.createObjectNode();
    body.put("size", 10_000);
    body.putArray("_source").add(Fields.ID);
    JsonNode r = http.send("POST", "/starter-passages/_search?preference=_shards:" + shard, body);
    Set<String> ids = new HashSet<>();
    r.path("hits").path("hits").forEach(h -> ids.add(h.path("_source").path(Fields.ID).asText()));
    return ids;
  }

  static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    return java.util.Objects.requireNonNull(dir, "no repository root");
  }
}
