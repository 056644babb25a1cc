package org.galen.app.cli;

import java.nio.file.Path;
import java.util.Map;
import org.galen.index.EmbeddingConfig;
import org.galen.index.LibraryIndex;
import org.galen.index.SearchBackend;
import org.galen.opensearch.OpenSearchConfig;
import org.galen.opensearch.OpenSearchLibrary;
import org.jspecify.annotations.Nullable;

/** The library a measuring command works on: an embedded index, or one in an OpenSearch cluster. */
final class Backends {
  private Backends() {}

  static SearchBackend open(
      @Nullable String opensearch, String indexPrefix, Path dir, EmbeddingConfig embeddings) {
    if (opensearch == null) {
      return LibraryIndex.open(dir, embeddings.open());
    }
    OpenSearchConfig config =
        OpenSearchConfig.fromEnvironment(
            Map.of("GALEN_OPENSEARCH_URL", opensearch, "GALEN_OPENSEARCH_INDEX", indexPrefix));
    return OpenSearchLibrary.open(config, embeddings.open());
  }
}
