package org.galen.index;

import java.io.IOException;
import java.util.Locale;
import org.galen.core.GalenException;

/** Turns a failed read or write of the library's files into a message that names what failed. */
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
