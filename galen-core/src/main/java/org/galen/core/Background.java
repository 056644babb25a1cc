package org.galen.core;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work started on a virtual thread while the caller does something else on another core, then
 * joined: the dense half of a hybrid search beside the BM25 half, triage beside the question frame.
 *
 * @param <T> what the work gives
 */
public final class Background<T> {
  private final FutureTask<T> task;
  private final String what;

  private Background(FutureTask<T> task, String what) {
    this.task = task;
    this.what = what;
  }

  /**
   * @param what the work, for messages ("the dense search")
   */
  public static <T> Background<T> start(String what, Callable<T> work) {
    FutureTask<T> task = new FutureTask<>(work);
    Thread.startVirtualThread(task);
    return new Background<>(task, what);
  }

  /** What the work gave; what it threw, unchecked, is thrown here. */
  public T join() {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GalenException("interrupted during " + what, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new GalenException(what + " failed: " + e.getCause(), e);
    }
  }
}
