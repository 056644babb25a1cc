package org.galen.app.eval;

import java.time.Duration;
import org.galen.index.Embedder;
import org.galen.index.SearchBackend;
import org.galen.opensearch.LocalCluster;
import org.galen.opensearch.OpenSearchConfig;
import org.galen.opensearch.OpenSearchLibrary;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Retrieval quality on an OpenSearch cluster of two nodes (child JVMs), passages in two shards with
 * a replica each: the same thresholds as the embedded index.
 */
class OpenSearchRetrievalRegressionTest extends RetrievalRegression {
  private static @Nullable LocalCluster cluster;

  @BeforeAll
  static void startCluster() {
    cluster = LocalCluster.start(2, tmp.resolve("cluster"));
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Override
  SearchBackend open(String name, @Nullable Embedder embedder) {
    LocalCluster c = java.util.Objects.requireNonNull(cluster, "cluster");
    return OpenSearchLibrary.open(
        new OpenSearchConfig(c.urls(), name, 2, 1, 500, Duration.ofSeconds(60)), embedder);
  }
}
