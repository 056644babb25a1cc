package org.galen.app.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Per-client rate limit of everything that composes an answer (the ask page, the exports and the
 * answers API, one bucket for all three): a token bucket per client address that refills at {@code
 * galen.answers.requests-per-minute} (formerly {@code galen.api.requests-per-minute}). Remembers a
 * bounded number of clients (least recently seen are forgotten).
 */
@Component
class ClientRateLimiter {
  private static final int MAX_CLIENTS = 10_000;

  /** Tokens and when they were last refilled, for one client. */
  private static final class Bucket {
    double tokens;
    long refilledAt;

    Bucket(double tokens, long now) {
      this.tokens = tokens;
      this.refilledAt = now;
    }
  }

  private final double perMinute;
  private final Map<String, Bucket> buckets =
      new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
          return size() > MAX_CLIENTS;
        }
      };

  ClientRateLimiter(
      @Value("${galen.answers.requests-per-minute:${galen.api.requests-per-minute:120}}")
          double perMinute) {
    this.perMinute = perMinute;
  }

  /**
   * Takes one request's token for the client.
   *
   * @return 0 when allowed, else the seconds to wait before the next request is allowed
   */
  synchronized long tryAcquire(String client, long nowNanos) {
    Bucket b = buckets.computeIfAbsent(client, c -> new Bucket(perMinute, nowNanos));
    double minutes = (nowNanos - b.refilledAt) / 60e9;
    b.tokens = Math.min(perMinute, b.tokens + minutes * perMinute);
    b.refilledAt = nowNanos;
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.max(1, (long) Math.ceil((1 - b.tokens) / perMinute * 60));
  }

  /** A client asked more often than its rate allows; it may ask again after {@link #seconds}. */
  static final class Limited extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long seconds;

    Limited(long seconds) {
      super(
          "too many questions from your address; ask again in "
              + seconds
              + (seconds == 1 ? " second" : " seconds"));
      this.seconds = seconds;
    }

    long seconds() {
      return seconds;
    }
  }
}
