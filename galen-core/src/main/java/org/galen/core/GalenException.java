package org.galen.core;

/** The one unchecked root for broken inputs and environments; messages name the input at fault. */
public class GalenException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public GalenException(String message) {
    super(message);
  }

  public GalenException(String message, Throwable cause) {
    super(message, cause);
  }
}
