package org.galen.compose;

import org.galen.core.Audience;

/** The disclaimer every answer carries, in the audience's language. */
final class Disclaimers {
  static final String CLINICIAN =
      "Educational purpose only. This information is intended for healthcare professionals and does not"
          + " replace clinical judgement. Verify against the cited primary sources and current local"
          + " guidance before applying it to a patient. Galen practice summaries are written by the"
          + " project and are pending review by its Medical Advisory Board.";
  static final String PATIENT =
      "This is general health information, not medical advice for you. Talk to a doctor, nurse or"
          + " pharmacist about your own care. If you feel very unwell or think it is an emergency, call"
          + " your local emergency number.";

  private Disclaimers() {}

  static String of(Audience audience) {
    return audience == Audience.PATIENT ? PATIENT : CLINICIAN;
  }
}
