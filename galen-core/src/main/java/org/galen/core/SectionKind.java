package org.galen.core;

import java.util.Locale;

/** The kinds of answer section in the answer contract, in the order an answer shows them. */
public enum SectionKind {
  FIRST_LINE("First-line treatment", "What to try first"),
  SECOND_LINE("Second-line treatment for persistent symptoms", "If that does not help"),
  THIRD_LINE("Third-line options", "Further options"),
  PITFALLS("Critical pitfalls to avoid", "Things to avoid"),
  RED_FLAGS("Red flags and when to refer", "When to get help fast"),
  EVIDENCE_QUALITY("Evidence quality", "How sure we are"),
  DIAGNOSIS("Diagnosis", "How it is diagnosed"),
  PREVENTION("Prevention", "Prevention"),
  MONITORING("Monitoring", "Follow-up and checks"),
  SELF_CARE("Self-care", "What you can do yourself"),
  OTHER("Other considerations", "Other things to know");

  private final String clinicianTitle;
  private final String patientTitle;

  SectionKind(String clinicianTitle, String patientTitle) {
    this.clinicianTitle = clinicianTitle;
    this.patientTitle = patientTitle;
  }

  public String title(Audience audience) {
    return audience == Audience.PATIENT ? patientTitle : clinicianTitle;
  }

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static SectionKind parse(String value) {
    return valueOf(value.strip().toUpperCase(Locale.ROOT));
  }
}
