package org.galen.app.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.galen.app.Engine;
import org.galen.core.Question;
import org.galen.core.answer.Answer;
import org.springframework.stereotype.Component;

/**
 * Answers questions for the web edge (page, exports, API) and counts them: {@code
 * galen.answers.served} by channel, audience and status, and the {@code galen.answer.latency}
 * histogram by channel.
 */
@Component
class Answers {
  private final Engine engine;
  private final MeterRegistry registry;
  private final AnswerGate gate;

  Answers(Engine engine, MeterRegistry registry, AnswerGate gate) {
    this.engine = engine;
    this.registry = registry;
    this.gate = gate;
  }

  /**
   * @throws AnswerGate.Overloaded when every slot stays busy for the queue timeout
   */
  Answer answer(Question question, String channel) {
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
