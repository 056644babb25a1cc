package org.galen.opensearch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.galen.core.GalenException;
import org.jspecify.annotations.Nullable;

/**
 * Where the OpenSearch cluster is and how the library is laid out in it.
 *
 * @param nodes HTTP addresses of the cluster's nodes; requests go to the first that answers
 * @param index prefix of the library's indices ({@code <index>-passages}, {@code -sources}, {@code
 *     -meta})
 * @param shards primary shards of the passages index
 * @param replicas copies of each shard on other nodes: with 1, a node can die without losing an
 *     acknowledged document
 * @param bulkSize index actions per bulk request at ingest
 * @param timeout how long one request may take before the next node is tried
 * @param authorization the {@code Authorization} header sent with every request (HTTP Basic from
 *     {@code GALEN_OPENSEARCH_USER} and {@code GALEN_OPENSEARCH_PASSWORD}), or null
 */
public record OpenSearchConfig(
    List<URI> nodes,
    String index,
    int shards,
    int replicas,
    int bulkSize,
    Duration timeout,
    @Nullable String authorization) {
  /** A cluster that needs no credentials. */
  public OpenSearchConfig(
      List<URI> nodes, String index, int shards, int replicas, int bulkSize, Duration timeout) {
    this(nodes, index, shards, replicas, bulkSize, timeout, null);
  }

  public OpenSearchConfig {
    nodes = List.copyOf(nodes);
    if (nodes.isEmpty()) {
      throw new GalenException("the OpenSearch backend needs at least one node address");
    }
    if (!index.matches("[a-z0-9][a-z0-9_.-]*")) {
      throw new GalenException(
          "OpenSearch index prefix must be lower case letters, digits, '-', '_' or '.', was '"
              + index
              + "'");
    }
    if (shards < 1 || replicas < 0 || bulkSize < 1) {
      throw new GalenException(
          "OpenSearch shards and bulk size must be >= 1 and replicas >= 0, were "
              + shards
              + ", "
              + bulkSize
              + " and "
              + replicas);
    }
  }

  /** A library named {@code index} on these nodes: 2 shards, 1 replica, bulks of 1000. */
  public static OpenSearchConfig of(List<URI> nodes, String index) {
    return new OpenSearchConfig(nodes, index, 2, 1, 1000, Duration.ofSeconds(60));
  }

  /**
   * From {@code GALEN_OPENSEARCH_URL} (comma-separated node addresses, required), {@code
   * GALEN_OPENSEARCH_INDEX} (default galen), {@code GALEN_OPENSEARCH_SHARDS} (2), {@code
   * GALEN_OPENSEARCH_REPLICAS} (1) and {@code GALEN_OPENSEARCH_BULK} (1000).
   */
  public static OpenSearchConfig fromEnvironment(Map<String, String> env) {
    String urls = env.getOrDefault("GALEN_OPENSEARCH_URL", "").trim();
    if (urls.isEmpty()) {
      throw new GalenException(
          "GALEN_SEARCH=opensearch needs GALEN_OPENSEARCH_URL, e.g."
              + " http://10.0.0.1:9200,http://10.0.0.2:9200");
    }
    List<URI> nodes = new ArrayList<>();
    for (String url : urls.split(",")) {
      if (!url.isBlank()) {
        try {
          URI uri = URI.create(url.trim().replaceAll("/+$", ""));
          if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("no scheme or host");
          }
          nodes.add(uri);
        } catch (IllegalArgumentException e) {
          throw new GalenException(
              "GALEN_OPENSEARCH_URL holds '" + url.trim() + "', not an http(s) address", e);
        }
      }
    }
    return new OpenSearchConfig(
        nodes,
        env.getOrDefault("GALEN_OPENSEARCH_INDEX", "galen"),
        number(env, "GALEN_OPENSEARCH_SHARDS", 2),
        number(env, "GALEN_OPENSEARCH_REPLICAS", 1),
        number(env, "GALEN_OPENSEARCH_BULK", 1000),
        Duration.ofSeconds(60),
        basic(env.get("GALEN_OPENSEARCH_USER"), env.get("GALEN_OPENSEARCH_PASSWORD")));
  }

  /** HTTP Basic for the cluster's security plugin; both or neither must be given. */
  private static @Nullable String basic(@Nullable String user, @Nullable String password) {
    boolean hasUser = user != null && !user.isEmpty();
    boolean hasPassword = password != null && !password.isEmpty();
    if (hasUser != hasPassword) {
      throw new GalenException(
          "GALEN_OPENSEARCH_USER and GALEN_OPENSEARCH_PASSWORD go together; only "
              + (hasUser ? "the user" : "the password")
              + " is set");
    }
    if (!hasUser) {
      return null;
    }
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() { // never the credentials
    return "OpenSearchConfig["
        + nodes
        + ", index "
        + index
        + ", shards "
        + shards
        + ", replicas "
        + replicas
        + (authorization == null ? "" : ", with credentials")
        + "]";
  }

  private static int number(Map<String, String> env, String name, int fallback) {
    String v = env.get(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new GalenException(name + " must be a whole number, was '" + v + "'", e);
    }
  }

  String passages() {
    return index + "-passages";
  }

  String sources() {
    return index + "-sources";
  }

  String meta() {
    return index + "-meta";
  }
}
