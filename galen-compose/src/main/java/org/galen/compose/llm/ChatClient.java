package org.galen.compose.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A minimal client of the OpenAI-compatible chat completions API: one system and one user message
 * in, the assistant's text out, with a timeout and retries. Plain {@link HttpClient}, so the
 * composer carries no HTTP framework.
 */
public final class ChatClient {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final LlmConfig config;
  private final HttpClient http;

  public ChatClient(LlmConfig config) {
    this.config = config;
    this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
  }

  public String model() {
    return config.model();
  }

  /**
   * The assistant's reply.
   *
   * @throws LlmException when every attempt failed (timeout, HTTP error, malformed reply)
   */
  public String complete(String system, String user) {
    ObjectNode body = JSON.createObjectNode();
    body.put("model", config.model());
    body.put("temperature", 0);
    var messages = body.putArray("messages");
    messages.addObject().put("role", "system").put("content", system);
    messages.addObject().put("role", "user").put("content", user);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(config.baseUrl().resolve("chat/completions"))
            .timeout(config.timeout())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    if (config.apiKey() != null) {
      request.header("Authorization", "Bearer " + config.apiKey());
    }
    LlmException last = new LlmException("no attempt was made");
    for (int attempt = 0; attempt <= config.retries(); attempt++) {
      try {
        HttpResponse<String> response =
            http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
          last = new LlmException("the LLM endpoint answered HTTP " + response.statusCode());
          continue;
        }
        JsonNode content = JSON.readTree(response.body()).at("/choices/0/message/content");
        if (!content.isTextual()) {
          last = new LlmException("the LLM reply has no choices[0].message.content");
          continue;
        }
        return content.asText();
      } catch (IOException e) {
        last = new LlmException("the LLM endpoint failed: " + e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new LlmException("interrupted while waiting for the LLM");
      }
    }
    throw last;
  }

  /** The endpoint could not give a usable reply. */
  public static final class LlmException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LlmException(String message) {
      super(message);
    }
  }
}
