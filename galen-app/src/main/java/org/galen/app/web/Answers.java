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

  Answers(Engine engine, MeterRegistry registry) {
    this.engine = engine;
    this.registry = registry;
  }

  Answer answer(Question question, String channel) {
    long t0 = System.nanoTime();
    Answer a = engine.answer(question);
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
