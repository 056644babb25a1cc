package org.galen.core.frame;

import java.util.Locale;
import org.galen.core.GalenException;

/** What kind of answer a question wants. */
public enum Ask {
  TREATMENT,
  NEXT_STEP,
  DRUG_CHOICE,
  DOSE,
  DURATION,
  HOW_TO_TAKE,
  SIDE_EFFECTS,
  INTERACTIONS,
  SAFETY,
  DIAGNOSIS,
  CAUSE,
  PROGNOSIS,
  CONTAGIOUS,
  PREVENTION,
  DEFINITION,
  COMPARISON,
  WHICH_CLINICIAN,
  OVERVIEW;

  /** The name in the answer JSON and the labelled sets: {@code which_clinician}. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Ask parse(String wire) {
    try {
      return valueOf(wire.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new GalenException("unknown ask '" + wire + "'");
    }
  }
}
