package org.galen.app.cli;

import java.nio.file.Path;
import java.util.Map;
import org.galen.index.EmbeddingConfig;
import org.galen.index.LibraryIndex;
import org.galen.index.SearchBackend;
import org.galen.opensearch.OpenSearchConfig;
import org.galen.opensearch.OpenSearchLibrary;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The library a measuring command works on: an embedded index, or one in an OpenSearch cluster
 * ({@code --opensearch}, {@code --opensearch-index}); a picocli mixin of {@code eval retrieval} and
 * {@code bench retrieval}.
 */
final class Backends {
  @Option(
      names = "--opensearch",
      description =
          "Build the library in this OpenSearch cluster (comma-separated node addresses, e.g."
              + " http://127.0.0.1:9200) instead of an embedded index.")
  @Nullable String opensearch;

  @Option(
      names = "--opensearch-index",
      defaultValue = "galen-eval",
      description = "Prefix of the library's indices in the cluster (default ${DEFAULT-VALUE}).")
  String indexPrefix = "galen-eval";

  /**
   * The cluster library when {@code --opensearch} was given, else the embedded one in {@code dir}.
   */
  SearchBackend open(Path dir, EmbeddingConfig embeddings) {
    if (opensearch == null) {
      return LibraryIndex.open(dir, embeddings.open());
    }
    OpenSearchConfig config =
        OpenSearchConfig.fromEnvironment(
            Map.of("GALEN_OPENSEARCH_URL", opensearch, "GALEN_OPENSEARCH_INDEX", indexPrefix));
    return OpenSearchLibrary.open(config, embeddings.open());
  }
}
