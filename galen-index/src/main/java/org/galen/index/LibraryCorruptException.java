package org.galen.index;

import java.nio.file.Path;
import org.galen.core.GalenException;
import org.jspecify.annotations.Nullable;

/**
 * The library index is damaged (a checksum does not match, a file is cut short or missing): it
 * names the index directory and says how to rebuild it.
 */
public final class LibraryCorruptException extends GalenException {
  private static final long serialVersionUID = 1L;

  private final transient Path index;

  LibraryCorruptException(Path index, @Nullable Path journalDir, String problem) {
    super(message(index, journalDir, problem));
    this.index = index;
  }

  LibraryCorruptException(Path index, @Nullable Path journalDir, String problem, Throwable cause) {
    super(message(index, journalDir, problem), cause);
    this.index = index;
  }

  /** The damaged index directory. */
  public Path index() {
    return index;
  }

  private static String message(Path index, @Nullable Path journalDir, String problem) {
    return "the library index in "
        + index
        + " is damaged: "
        + problem
        + ". Run `bin/galen reindex` to rebuild it from "
        + (journalDir == null ? "its stored sources" : "the stored sources in " + journalDir)
        + " (the damaged index is replaced only once the new one is complete).";
  }
}
