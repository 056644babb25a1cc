package org.galen.app.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.galen.app.Engine;
import org.galen.core.Question;
import org.galen.core.answer.Answer;
import org.springframework.stereotype.Component;

/**
 * Answers questions for the web edge (page, exports, API), within each client's rate limit, and
 * counts them: {@code galen.answers.served} by channel, audience and status, and the {@code
 * galen.answer.latency} histogram by channel.
 */
@Component
class Answers {
  private final Engine engine;
  private final MeterRegistry registry;
  private final AnswerGate gate;
  private final ClientRateLimiter limiter;

  Answers(Engine engine, MeterRegistry registry, AnswerGate gate, ClientRateLimiter limiter) {
    this.engine = engine;
    this.registry = registry;
    this.gate = gate;
    this.limiter = limiter;
  }

  /**
   * @param client the asking client's address, for its rate limit
   * @throws ClientRateLimiter.Limited when the client asked more often than its rate allows
   * @throws AnswerGate.Overloaded when every slot stays busy for the queue timeout
   */
  Answer answer(Question question, String channel, String client) {
    long wait = limiter.tryAcquire(client, System.nanoTime());
    if (wait > 0) {
      Counter.builder("galen.answers.limited")
          .description("Answers refused because the client asked too often")
          .tag("channel", channel)
          .register(registry)
          .increment();
      throw new ClientRateLimiter.Limited(wait);
    }
    if (!gate.tryEnter()) {
      Counter.builder("galen.answers.rejected")
          .description("Answers refused because the server was saturated")
          .tag("channel", channel)
          .register(registry)
          .increment();
      throw new AnswerGate.Overloaded();
    }
    long t0 = System.nanoTime();
    Answer a;
    try {
      a = engine.answer(question);
    } finally {
      gate.exit();
    }
    Timer.builder("galen.answer.latency")
        .description("Time to compose an answer")
        .tag("channel", channel)
        .publishPercentileHistogram()
        .register(registry)
        .record(System.nanoTime() - t0, java.util.concurrent.TimeUnit.NANOSECONDS);
    Counter.builder("galen.answers.served")
        .description("Answers served")
        .tag("channel", channel)
        .tag("audience", a.audience().wire())
        .tag("status", a.status().wire())
        .register(registry)
        .increment();
    return a;
  }
}
