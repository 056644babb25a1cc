package org.galen.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.galen.core.GalenException;

/**
 * The library's files on disk: a failed read or write as a message that names what failed, and
 * removing a folder tree.
 */
public final class Storage {
  private Storage() {}

  /**
   * A {@link GalenException} for {@code e}, which happened while {@code doing} (e.g. "writing
   * /data/index"): a full disk says so plainly instead of a stack trace.
   */
  public static GalenException failure(IOException e, String doing) {
    if (isDiskFull(e)) {
      return new GalenException(
          "no space left on device while "
              + doing
              + "; nothing after the library's last commit was kept. Free some space and run the"
              + " command again",
          e);
    }
    return new GalenException("I/O error while " + doing + ": " + e.getMessage(), e);
  }

  /** Deletes {@code dir} and everything below it; nothing happens when it does not exist. */
  public static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Whether {@code e}, or what caused it, is the operating system saying the disk is full. */
  public static boolean isDiskFull(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = t.getMessage();
      if (m != null
          && (m.toLowerCase(Locale.ROOT).contains("no space left on device")
              || m.contains("There is not enough space on the disk"))) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
