package org.galen.app.eval;

import java.time.Duration;
import org.galen.index.Embedder;
import org.galen.index.SearchBackend;
import org.galen.opensearch.LocalCluster;
import org.galen.opensearch.OpenSearchConfig;
import org.galen.opensearch.OpenSearchLibrary;
import org.jspecify.annotations.Nullable;

/**
 * Retrieval quality on an OpenSearch cluster of two nodes (child JVMs), passages in two shards with
 * a replica each: the same thresholds as the embedded index.
 */
class OpenSearchRetrievalRegressionTest extends RetrievalRegression {
  @Override
  SearchBackend open(String name, @Nullable Embedder embedder) {
    LocalCluster c = LocalCluster.shared(2);
    return OpenSearchLibrary.open(
        new OpenSearchConfig(c.urls(), name, 2, 1, 500, Duration.ofSeconds(60)), embedder);
  }
}
