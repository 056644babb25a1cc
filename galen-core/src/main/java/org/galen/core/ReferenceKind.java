package org.galen.core;

import java.util.Locale;

/** What kind of evidence a source is; guides how much weight a reader gives it. */
public enum ReferenceKind {
  GUIDELINE("Guideline"),
  PRACTICE_SUMMARY("Practice summary"),
  SYSTEMATIC_REVIEW("Systematic review"),
  RCT("Randomized controlled trial"),
  OBSERVATIONAL("Observational study"),
  REVIEW("Review"),
  TEXTBOOK("Textbook"),
  CONSUMER("Consumer health information"),
  OTHER("Other");

  private final String label;

  ReferenceKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ReferenceKind parse(String value) {
    try {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new GalenException("unknown reference kind '" + value + "'", e);
    }
  }
}
