package org.galen.app.web;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Bounds how many answers are composed at once. A request waits a short while for a slot and is
 * then turned away with 503 and Retry-After, so an overload queues briefly and never piles up
 * threads and memory until the server falls over.
 */
@Component
class AnswerGate {
  private final Semaphore slots;
  private final long waitMillis;

  AnswerGate(
      @Value("${galen.answers.max-concurrent:0}") int maxConcurrent,
      @Value("${galen.answers.queue-timeout-ms:5000}") long waitMillis) {
    int slots = maxConcurrent > 0 ? maxConcurrent : 2 * Runtime.getRuntime().availableProcessors();
    this.slots = new Semaphore(slots, true);
    this.waitMillis = waitMillis;
  }

  /** Takes a slot, waiting at most the queue timeout; false when the server is saturated. */
  boolean tryEnter() {
    try {
      return slots.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  void exit() {
    slots.release();
  }

  /** Too many answers are being composed; the client should retry shortly. */
  static final class Overloaded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Overloaded() {
      super("Galen is answering as many questions as it can; retry in a moment");
    }
  }
}
