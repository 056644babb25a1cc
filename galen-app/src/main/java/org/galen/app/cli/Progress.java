package org.galen.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import org.galen.index.Ingestion;
import org.jspecify.annotations.Nullable;

/**
 * Shows how an ingest is going: on a terminal, one line redrawn in place (files, records per
 * second, time left by bytes of files done); elsewhere, a plain log line per file.
 */
final class Progress implements Ingestion.Listener {
  private static final long REDRAW_NANOS = 250_000_000L;
  private static final int BAR = 24;

  private final PrintWriter err;
  private final boolean terminal;
  private final LongSupplier nanoTime;
  private final Map<Path, Long> sizes = new HashMap<>();
  private long startNanos;
  private long lastDraw;
  private int files;
  private int filesDone;
  private long records;
  private long totalBytes;
  private long doneBytes;
  private int width;

  Progress(PrintWriter err, boolean terminal, LongSupplier nanoTime) {
    this.err = err;
    this.terminal = terminal;
    this.nanoTime = nanoTime;
  }

  @Override
  public void started(List<Path> all) {
    startNanos = nanoTime.getAsLong();
    files = all.size();
    for (Path f : all) {
      long size;
      try {
        size = Files.size(f);
      } catch (IOException e) {
        size = 0;
      }
      sizes.put(f, size);
      totalBytes += size;
    }
    draw(true);
  }

  @Override
  public void record() {
    records++;
    draw(false);
  }

  @Override
  public void fileDone(Path file, int read, @Nullable String problem) {
    filesDone++;
    doneBytes += sizes.getOrDefault(file, 0L);
    if (!terminal) {
      err.println(
          problem == null ? "read " + file + " (" + read + " records)" : "skipped " + problem);
      err.flush();
    } else if (problem != null) {
      clear();
      err.println("skipped " + problem);
      draw(true);
    } else {
      draw(true);
    }
  }

  /** Ends the progress line so what follows starts on a line of its own. */
  void finish() {
    if (terminal) {
      draw(true);
      err.println();
      err.flush();
    }
  }

  /** The progress line as it would be drawn now. */
  String line() {
    double seconds = Math.max((nanoTime.getAsLong() - startNanos) / 1e9, 1e-9);
    double fraction =
        totalBytes == 0
            ? (files == 0 ? 1 : (double) filesDone / files)
            : (double) doneBytes / totalBytes;
    int filled = (int) Math.round(Math.min(1, fraction) * BAR);
    String eta = "--:--";
    if (fraction > 0 && fraction < 1) {
      eta = clock((long) (seconds * (1 - fraction) / fraction));
    } else if (fraction >= 1) {
      eta = "0:00";
    }
    return String.format(
        Locale.ROOT,
        "[%s%s] %d/%d files  %,d records  %,.0f records/s  ETA %s",
        "#".repeat(filled),
        ".".repeat(BAR - filled),
        filesDone,
        files,
        records,
        records / seconds,
        eta);
  }

  private void draw(boolean force) {
    if (!terminal) {
      return;
    }
    long now = nanoTime.getAsLong();
    if (!force && now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    String line = line();
    err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
    width = line.length();
    err.flush();
  }

  private void clear() {
    err.print("\r" + " ".repeat(width) + "\r");
    width = 0;
  }

  private static String clock(long seconds) {
    long h = seconds / 3600;
    long m = (seconds % 3600) / 60;
    long s = seconds % 60;
    return h > 0
        ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s)
        : String.format(Locale.ROOT, "%d:%02d", m, s);
  }
}
