package org.galen.ingest.fuzz;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.galen.core.GalenException;
import org.galen.ingest.Document;
import org.galen.ingest.Parsed;
import org.galen.ingest.SourceReader;
import org.jspecify.annotations.Nullable;

/**
 * What a reader may do with any input: hand over records (ok, skipped, deleted) whose problems name
 * the file and whose documents keep the contract (an id with a scheme, a title, text, passages
 * standing in it), or throw the documented input error ({@link GalenException}, e.g. {@code
 * MalformedInputException}) naming the file. Anything else is a crash.
 */
final class Oracle {
  private Oracle() {}

  /** What one input did: an outcome to count, or a crash to report. */
  sealed interface Verdict permits Fine, Crash {
    /** A short, number-free description used to count distinct outcomes. */
    String outcome();
  }

  record Fine(String outcome, List<String> ids) implements Verdict {}

  record Crash(String outcome, Throwable cause) implements Verdict {
    /** The same bug found twice has the same signature: its kind and where it was thrown. */
    String signature() {
      @Nullable StackTraceElement top = null;
      for (StackTraceElement e : cause.getStackTrace()) {
        if (e.getClassName().startsWith("org.galen")) {
          top = e;
          break;
        }
      }
      if (top == null && cause.getStackTrace().length > 0) {
        top = cause.getStackTrace()[0];
      }
      return cause.getClass().getSimpleName()
          + (top == null ? "" : " at " + top.getClassName() + "." + top.getMethodName());
    }
  }

  static Verdict check(SourceReader reader, Path file) {
    String name = file.getFileName().toString();
    List<Parsed> out = new ArrayList<>();
    try {
      reader.read(file, out::add);
    } catch (GalenException e) {
      String message = String.valueOf(e.getMessage());
      if (!message.contains(name)) {
        return new Crash("error without the file name", e);
      }
      return new Fine("error: " + shape(message, name), List.of());
    } catch (IOException e) {
      return new Fine("io: " + e.getClass().getSimpleName(), List.of());
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return new Crash(e.getClass().getSimpleName(), e);
    }
    int ok = 0;
    int deleted = 0;
    List<String> ids = new ArrayList<>();
    String firstProblem = "";
    for (Parsed p : out) {
      switch (p) {
        case Parsed.Ok o -> {
          ok++;
          String broken = broken(o.document());
          if (broken != null) {
            return new Crash(
                broken, new AssertionError(broken + " in " + o.document().source().id()));
          }
          ids.add(o.document().source().id() + "#" + o.document().contentHash());
        }
        case Parsed.Skipped s -> {
          if (!s.problem().file().contains(name)) {
            return new Crash(
                "problem without the file name",
                new AssertionError("problem names " + s.problem().file() + ": " + s.problem()));
          }
          if (firstProblem.isEmpty()) {
            firstProblem = shape(s.problem().message(), name);
          }
        }
        case Parsed.Deleted d -> deleted++;
      }
    }
    String outcome =
        "ok " + bucket(ok) + ", deleted " + bucket(deleted) + ", skipped: " + firstProblem;
    return new Fine(outcome, ids);
  }

  private static @Nullable String broken(Document d) {
    if (!d.source().id().contains(":")) {
      return "id without a scheme";
    }
    if (d.source().title().isBlank()) {
      return "blank title";
    }
    if (d.source().text().isBlank()) {
      return "blank text";
    }
    if (d.passages().isEmpty()) {
      return "no passages";
    }
    for (var p : d.passages()) {
      if (p.text().isBlank()) {
        return "blank passage";
      }
    }
    return null;
  }

  /** A message with numbers and the file name taken out, cut short, so kinds of outcome count. */
  private static String shape(String message, String name) {
    String s = message.replace(name, "F").replaceAll("\\d+", "N").replaceAll("\\s+", " ");
    int cut = s.indexOf(':', Math.min(s.length(), 30));
    s = s.substring(0, Math.min(s.length(), cut > 0 ? Math.min(cut, 80) : 80));
    return s;
  }

  private static String bucket(int n) {
    return n == 0 ? "0" : n == 1 ? "1" : n < 10 ? "few" : "many";
  }
}
