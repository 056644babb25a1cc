package org.galen.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.galen.core.GalenException;
import org.galen.index.LibraryWriter;
import org.galen.ingest.Document;
import org.galen.ingest.Parsed;
import org.galen.ingest.Readers;
import org.galen.ingest.SharedData;
import org.galen.ingest.TestDocuments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node of a three-node cluster is killed (SIGKILL) while 1,000 PubMedQA records stream in: every
 * record whose bulk request the cluster acknowledged is still there, whole, on the surviving nodes
 * and after the killed node has come back.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NodeLossTest {
  @TempDir static Path tmp;
  private static LocalCluster cluster;

  @BeforeAll
  static void start() {
    cluster = LocalCluster.start(3, tmp.resolve("cluster"));
  }

  @AfterAll
  static void stop() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  @Order(1)
  void killingTheClusterManagerMidIngestLosesNoAcknowledgedDocument() throws Exception {
    List<Document> docs = new ArrayList<>();
    Readers.standard()
        .read(
            SharedData.dir().resolve("pubmedqa/ori_pqal.json"),
            p -> {
              if (p instanceof Parsed.Ok ok) {
                docs.add(ok.document());
              }
            });
    assertThat(docs).hasSizeGreaterThanOrEqualTo(1000);
    OpenSearchLibrary library =
        OpenSearchLibrary.open(
            new OpenSearchConfig(cluster.urls(), "crash", 3, 1, 50, Duration.ofSeconds(60)), null);
    LocalCluster.Node victim =
        cluster.nodes().stream()
            .filter(n -> n.name().equals(cluster.clusterManager()))
            .findFirst()
            .orElseThrow();
    CountDownLatch halfway = new CountDownLatch(1);
    Thread killer =
        Thread.startVirtualThread(
            () -> {
              try {
                halfway.await();
                cluster.kill(victim);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });

    Map<String, Document> acknowledged = new LinkedHashMap<>();
    List<String> failures = new ArrayList<>();
    long t0 = System.nanoTime();
    try (LibraryWriter writer = library.writer()) {
      for (int from = 0; from < docs.size(); from += 20) {
        List<Document> batch = docs.subList(from, Math.min(docs.size(), from + 20));
        if (from == 400) {
          halfway.countDown(); // the kill races this batch's bulk requests
        }
        try {
          writer.upsertAll(batch);
          batch.forEach(d -> acknowledged.put(d.source().id(), d));
        } catch (GalenException e) {
          failures.add(e.getMessage());
        }
      }
      killer.join();
      cluster.awaitNodes(2, "yellow");
      writer.commit(Map.of());
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf(
        "ingested %d of %d records in %.1f s with %s killed at record 400; failures: %s%n",
        acknowledged.size(), docs.size(), seconds, victim.name(), failures);

    assertThat(victim.process().isAlive()).isFalse();
    assertThat(failures).allSatisfy(f -> assertThat(f).containsAnyOf("source ", "OpenSearch"));
    assertThat(acknowledged.size()).isGreaterThanOrEqualTo(docs.size() - 20 * failures.size());
    // every acknowledged record is searchable, whole, on the surviving nodes
    int passages = 0;
    for (Document d : acknowledged.values()) {
      assertThat(library.hash(d.source().id())).as(d.source().id()).contains(d.contentHash());
      passages += d.passages().size();
    }
    JsonNode count = library.http().send("GET", "/crash-passages/_count", null);
    assertThat(count.path("count").asInt()).isGreaterThanOrEqualTo(passages);
    Document sample = acknowledged.values().stream().skip(410).findFirst().orElseThrow();
    assertThat(library.passages(sample.source().id())).isEqualTo(sample.passages());

    // the node comes back: the cluster recovers to green, every acknowledged record still whole
    cluster.restart(victim);
    cluster.awaitNodes(3, "green");
    assertThat(library.sourceIds()).containsAll(acknowledged.keySet());
    assertThat(library.http().send("GET", "/crash-passages/_count", null).path("count").asInt())
        .isEqualTo(count.path("count").asInt());
    assertThat(library.passages(sample.source().id())).isEqualTo(sample.passages());
  }

  @Test
  @Order(2)
  void anIngestWithNoNodeLeftFailsNamingTheCluster() {
    OpenSearchLibrary library =
        OpenSearchLibrary.open(
            new OpenSearchConfig(cluster.urls(), "gone", 1, 0, 50, Duration.ofSeconds(10)), null);
    cluster.nodes().forEach(cluster::kill);
    try (LibraryWriter writer = library.writer()) {
      assertThatThrownBy(
              () -> writer.upsertAll(List.of(TestDocuments.doc("test:1", "A title", "Some text."))))
          .isInstanceOf(GalenException.class)
          .hasMessageContaining("no OpenSearch node answered");
    }
  }
}
