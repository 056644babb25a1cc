package org.galen.ingest.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.galen.ingest.SourceReader;

/**
 * Runs one reader against mutated seeds until its time budget is spent. An input whose outcome was
 * never seen before joins the corpus, so later mutations start from the inputs that reached new
 * code paths (new problems, new record counts). Each input runs on a worker thread with a timeout:
 * an input that takes longer is a hang, reported like any other crash. The first input of each
 * crash signature is written out for a regression test.
 */
final class ReaderFuzzer {
  // PDFBox reports every oddity of a broken file through java.util.logging: thousands of lines
  // a minute under fuzzing, and the oracle judges the outcome anyway
  private static final java.util.logging.Logger PDFBOX = quiet("org.apache");

  private static final int MAX_CORPUS = 400;
  private static final long SLOW_MILLIS = 2_000;

  /** One reader to fuzz: its name, a factory (readers may keep state), its seeds and extension. */
  record Target(String name, Supplier<SourceReader> reader, String extension, List<byte[]> seeds) {}

  /** One crash: what it was, and where its input was saved. */
  record Found(String signature, Path input, Throwable cause) {}

  /** What a run did. */
  record Result(
      String target,
      long executions,
      double seconds,
      int distinctOutcomes,
      int corpus,
      long slowestMillis,
      List<Found> crashes) {
    double perSecond() {
      return seconds == 0 ? 0 : executions / seconds;
    }

    String line() {
      return String.format(
          "fuzz %-10s %8d execs in %5.1f s (%7.1f/s), %4d distinct outcomes, corpus %3d,"
              + " slowest input %6d ms, %d crashes",
          target,
          executions,
          seconds,
          perSecond(),
          distinctOutcomes,
          corpus,
          slowestMillis,
          crashes.size());
    }
  }

  private final Target target;
  private final Path work;
  private final Path crashDir;
  private final long timeoutMillis;

  ReaderFuzzer(Target target, Path work, Path crashDir, long timeoutMillis) {
    this.target = target;
    this.work = work;
    this.crashDir = crashDir;
    this.timeoutMillis = timeoutMillis;
  }

  Result run(long seed, long budgetMillis) throws IOException, InterruptedException {
    Files.createDirectories(work);
    Mutator mutator = new Mutator(seed, target.seeds());
    List<byte[]> corpus = new ArrayList<>(target.seeds());
    Set<String> outcomes = new TreeSet<>();
    Map<String, Found> crashes = new LinkedHashMap<>();
    SourceReader reader = target.reader().get();
    ExecutorService worker = newWorker();
    long start = System.nanoTime();
    long deadline = start + budgetMillis * 1_000_000L;
    long executions = 0;
    long slowest = 0;
    byte[] slowestInput = new byte[0];
    int hangs = 0; // a hung worker may still hold its file: later inputs get another name
    try {
      // the seeds themselves first: a crash on a real file is the worst kind
      int next = 0;
      while (System.nanoTime() < deadline || next < target.seeds().size()) {
        byte[] input =
            next < target.seeds().size()
                ? target.seeds().get(next++)
                : mutator.mutate(corpus.get(mutator.random().nextInt(corpus.size())));
        Path file = work.resolve("input-" + hangs + "." + target.extension());
        Files.write(file, input);
        executions++;
        Oracle.Verdict verdict;
        long began = System.nanoTime();
        Future<Oracle.Verdict> f = worker.submit(() -> Oracle.check(reader, file));
        try {
          verdict = f.get(timeoutMillis, TimeUnit.MILLISECONDS);
          long took = (System.nanoTime() - began) / 1_000_000;
          if (took > slowest) {
            slowest = took;
            slowestInput = input;
          }
        } catch (TimeoutException e) {
          f.cancel(true);
          worker.shutdownNow();
          worker = newWorker(); // the stuck thread may never stop; a new one carries on
          hangs++;
          Throwable hang = new AssertionError("no answer within " + timeoutMillis + " ms");
          hang.setStackTrace(new StackTraceElement[0]);
          verdict = new Oracle.Crash("hang", hang);
        } catch (ExecutionException e) {
          verdict = new Oracle.Crash("uncaught", e.getCause() == null ? e : e.getCause());
        }
        switch (verdict) {
          case Oracle.Crash c -> {
            String signature = c.outcome().equals("hang") ? "hang" : c.signature();
            if (!crashes.containsKey(signature)) {
              save(input, crashes.size(), "");
              byte[] small = minimize(reader, input, signature, deadline);
              crashes.put(
                  signature, new Found(signature, save(small, crashes.size(), "-min"), c.cause()));
            }
          }
          case Oracle.Fine fine -> {
            if (outcomes.add(fine.outcome()) && corpus.size() < MAX_CORPUS) {
              corpus.add(input);
            }
            if (executions % 16 == 0 && !fine.ids().isEmpty()) {
              // ids and hashes are stable: the same bytes read again give the same records
              Oracle.Verdict again = Oracle.check(target.reader().get(), file);
              if (!(again instanceof Oracle.Fine f2) || !f2.ids().equals(fine.ids())) {
                String signature = "unstable ids";
                crashes.putIfAbsent(
                    signature,
                    new Found(
                        signature,
                        save(input, crashes.size(), ""),
                        new AssertionError(fine.ids() + " then " + again)));
              }
            }
          }
        }
      }
    } finally {
      worker.shutdownNow();
    }
    if (slowest >= SLOW_MILLIS) {
      // not a crash, but worth a look: kept beside the crashes
      Files.createDirectories(crashDir);
      Files.write(
          crashDir.resolve("slowest-" + slowest + "ms." + target.extension()), slowestInput);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Result(
        target.name(),
        executions,
        seconds,
        outcomes.size(),
        corpus.size(),
        slowest,
        List.copyOf(crashes.values()));
  }

  /**
   * The crashing input made small enough to read: chunks are cut out, halving the chunk size, as
   * long as the same crash remains (a hang counts as the same when still slower than a few
   * seconds). Uses at most a quarter of the time left, and at least 20 s.
   */
  private byte[] minimize(SourceReader reader, byte[] input, String signature, long deadline)
      throws IOException, InterruptedException {
    long now = System.nanoTime();
    long stop = now + Math.max(20_000_000_000L, (deadline - now) / 4);
    long timeout = signature.equals("hang") ? 3_000 : timeoutMillis;
    ExecutorService worker = newWorker();
    byte[] best = input;
    int tries = 0;
    try {
      int chunk = Math.max(1, best.length / 2);
      while (System.nanoTime() < stop) {
        boolean cut = false;
        for (int at = 0; at < best.length && System.nanoTime() < stop; ) {
          byte[] candidate = new byte[best.length - Math.min(chunk, best.length - at)];
          System.arraycopy(best, 0, candidate, 0, at);
          System.arraycopy(
              best, at + best.length - candidate.length, candidate, at, candidate.length - at);
          Path file = work.resolve("min-" + tries++ + "." + target.extension());
          Files.write(file, candidate);
          String got;
          Future<Oracle.Verdict> f = worker.submit(() -> Oracle.check(reader, file));
          try {
            got =
                f.get(timeout, TimeUnit.MILLISECONDS) instanceof Oracle.Crash c
                    ? c.signature()
                    : "";
          } catch (TimeoutException e) {
            f.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            got = "hang";
          } catch (ExecutionException e) {
            got = new Oracle.Crash("uncaught", e.getCause() == null ? e : e.getCause()).signature();
          }
          Files.deleteIfExists(file);
          if (got.equals(signature)) {
            best = candidate;
            cut = true;
          } else {
            at += chunk;
          }
        }
        if (!cut) {
          if (chunk == 1) {
            break;
          }
          chunk = Math.max(1, chunk / 2);
        }
      }
    } finally {
      worker.shutdownNow();
    }
    return best;
  }

  private Path save(byte[] input, int n, String suffix) {
    try {
      Files.createDirectories(crashDir);
      return Files.write(crashDir.resolve("crash-" + n + suffix + "." + target.extension()), input);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static java.util.logging.Logger quiet(String name) {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
    logger.setLevel(java.util.logging.Level.OFF);
    return logger;
  }

  private ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(
        r -> {
          // the default stack, as ingest threads have: a StackOverflowError here is a real one
          Thread t = new Thread(null, r, "fuzz-" + target.name(), 0);
          t.setDaemon(true);
          return t;
        });
  }
}
