package org.galen.core.answer;

import java.util.Locale;

/** Whether the library could answer; abstaining is an answer too. */
public enum AnswerStatus {
  ANSWERED,
  INSUFFICIENT_EVIDENCE,
  OUT_OF_SCOPE;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
