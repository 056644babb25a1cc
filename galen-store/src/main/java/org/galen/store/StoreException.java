package org.galen.store;

import org.galen.core.GalenException;

/** What the editorial store refuses: missing rights, a conflicting edit, an unknown record. */
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
  }

  /** No record by that name. */
  public static final class NotFound extends StoreException {
    private static final long serialVersionUID = 1L;

    public NotFound(String message) {
      super(message);
    }
  }
}
