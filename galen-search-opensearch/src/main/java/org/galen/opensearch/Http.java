package org.galen.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.galen.core.GalenException;
import org.jspecify.annotations.Nullable;

/**
 * JSON over HTTP to the cluster's nodes. A node that does not answer (refused, reset, timed out) is
 * skipped and the request goes to the next; every request Galen sends is idempotent (documents are
 * written by id), so repeating one on another node is safe.
 */
final class Http {
  static final ObjectMapper JSON = new ObjectMapper();

  private final List<URI> nodes;
  private final Duration timeout;
  private final HttpClient client;
  private final @Nullable String authorization;
  private volatile int preferred;

  Http(List<URI> nodes, Duration timeout) {
    this(nodes, timeout, null);
  }

  /** {@code authorization}: the header value sent with every request, or null for none. */
  Http(List<URI> nodes, Duration timeout, @Nullable String authorization) {
    this.nodes = List.copyOf(nodes);
    this.timeout = timeout;
    this.authorization = authorization;
    this.client =
        HttpClient.newBuilder()
            // OpenSearch speaks HTTP/1.1 here: no h2c upgrade attempt on every request
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  /** A response: its status and body (null when there was none). */
  record Response(int status, JsonNode body) {
    boolean ok() {
      return status / 100 == 2;
    }
  }

  /** Sends a request, failing with the cluster's message unless it answers 2xx. */
  JsonNode send(String method, String path, @Nullable Object body) {
    Response r = exchange(method, path, body, "application/json");
    if (!r.ok()) {
      throw new GalenException(
          "OpenSearch answered " + r.status + " to " + method + " " + path + ": " + reason(r.body));
    }
    return r.body;
  }

  /** Sends newline-delimited JSON (the bulk API). */
  JsonNode sendNdjson(String path, String ndjson) {
    Response r = exchange("POST", path, ndjson, "application/x-ndjson");
    if (!r.ok()) {
      throw new GalenException(
          "OpenSearch answered " + r.status + " to POST " + path + ": " + reason(r.body));
    }
    return r.body;
  }

  /** Sends a request and returns the answer whatever its status. */
  Response exchange(String method, String path, @Nullable Object body, String contentType) {
    String payload;
    try {
      payload = body == null ? "" : body instanceof String s ? s : JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new GalenException("cannot write a request to OpenSearch: " + e.getMessage(), e);
    }
    IOException last = null;
    int start = preferred;
    for (int i = 0; i < nodes.size(); i++) {
      int n = (start + i) % nodes.size();
      URI node = nodes.get(n);
      HttpRequest.Builder builder =
          HttpRequest.newBuilder(URI.create(node + path))
              .timeout(timeout)
              .header("Content-Type", contentType);
      if (authorization != null) {
        builder.header("Authorization", authorization);
      }
      HttpRequest request =
          builder
              .method(
                  method,
                  body == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8))
              .build();
      try {
        HttpResponse<String> response =
            client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        preferred = n;
        String text = response.body();
        JsonNode json = text == null || text.isBlank() ? JSON.nullNode() : JSON.readTree(text);
        return new Response(response.statusCode(), json);
      } catch (IOException e) {
        last = e;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new GalenException("interrupted while waiting for OpenSearch at " + node, e);
      }
    }
    String message =
        "no OpenSearch node answered " + method + " " + path + " (tried " + nodes + ")";
    if (last == null) {
      throw new GalenException(message);
    }
    throw new GalenException(message + ": " + last, last);
  }

  static String reason(@Nullable JsonNode body) {
    if (body == null || body.isNull()) {
      return "(no body)";
    }
    JsonNode error = body.path("error");
    if (error.isObject()) {
      return error.path("type").asText() + ": " + error.path("reason").asText();
    }
    String text = body.toString();
    return text.length() > 500 ? text.substring(0, 500) + "..." : text;
  }
}
