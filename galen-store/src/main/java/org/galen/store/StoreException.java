package org.galen.store;

import org.galen.core.GalenException;

/**
 * What the editorial store refuses (missing rights, a conflicting edit, an unknown record) or where
 * the database failed ({@link Failure}).
 */
public class StoreException extends GalenException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The acting user lacks the role the operation needs. */
  public static final class Forbidden extends StoreException {
    private static final long serialVersionUID = 1L;

    public Forbidden(String message) {
      super(message);
    }
  }

  /** Someone else changed the record since the caller read it (optimistic locking). */
  public static final class Conflict extends StoreException {
    private static final long serialVersionUID = 1L;

    public Conflict(String message) {
      super(message);
    }

    public Conflict(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * The database itself failed (unreachable, full, a driver error): the server's fault, not the
   * caller's. The message carries the driver's text for the log and the command line; web pages and
   * the API show a generic message instead.
   */
  public static final class Failure extends StoreException {
    private static final long serialVersionUID = 1L;

    public Failure(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** No record by that name. */
  public static final class NotFound extends StoreException {
    private static final long serialVersionUID = 1L;

    public NotFound(String message) {
      super(message);
    }
  }

  /**
   * Another process has the embedded (H2) database open: a running server, or another command. An
   * embedded database has one process at a time; there is no network port to share it through.
   */
  public static final class InUse extends StoreException {
    private static final long serialVersionUID = 1L;

    public InUse(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
