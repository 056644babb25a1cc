package org.galen.compose.llm;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.galen.core.GalenException;
import org.jspecify.annotations.Nullable;

/**
 * Where the OpenAI-compatible endpoint is (vLLM, Ollama, a hosted API) and how patient to be with
 * it.
 *
 * @param baseUrl e.g. {@code http://localhost:8000/v1}; requests go to {@code
 *     baseUrl/chat/completions}
 * @param apiKey sent as a bearer token when present
 * @param retries further attempts after a failed one
 */
public record LlmConfig(
    URI baseUrl, String model, @Nullable String apiKey, Duration timeout, int retries) {
  public LlmConfig {
    if (model.isBlank()) {
      throw new GalenException("the LLM model name is empty (GALEN_LLM_MODEL)");
    }
    if (retries < 0 || timeout.isNegative() || timeout.isZero()) {
      throw new GalenException("LLM retries must be >= 0 and the timeout positive");
    }
  }

  /**
   * From GALEN_LLM_BASE_URL, GALEN_LLM_MODEL, GALEN_LLM_API_KEY, GALEN_LLM_TIMEOUT_SECONDS,
   * GALEN_LLM_RETRIES.
   */
  public static LlmConfig fromEnvironment(Map<String, String> env) {
    String base = env.get("GALEN_LLM_BASE_URL");
    if (base == null || base.isBlank()) {
      throw new GalenException(
          "the LLM composer needs GALEN_LLM_BASE_URL (an OpenAI-compatible endpoint such as http://localhost:8000/v1) and GALEN_LLM_MODEL");
    }
    try {
      return new LlmConfig(
          URI.create(base.endsWith("/") ? base : base + "/"),
          env.getOrDefault("GALEN_LLM_MODEL", ""),
          env.get("GALEN_LLM_API_KEY"),
          Duration.ofSeconds(Long.parseLong(env.getOrDefault("GALEN_LLM_TIMEOUT_SECONDS", "20"))),
          Integer.parseInt(env.getOrDefault("GALEN_LLM_RETRIES", "1")));
    } catch (IllegalArgumentException e) {
      throw new GalenException("bad LLM setting: " + e.getMessage(), e);
    }
  }
}
