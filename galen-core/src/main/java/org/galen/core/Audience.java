package org.galen.core;

import java.util.Locale;

/** Who the answer is written for. */
public enum Audience {
  CLINICIAN,
  PATIENT;

  /** The name used in JSON, URLs and the CLI. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Audience parse(String value) {
    for (Audience a : values()) {
      if (a.wire().equalsIgnoreCase(value.strip())) {
        return a;
      }
    }
    throw new GalenException("audience must be clinician or patient, was '" + value + "'");
  }
}
