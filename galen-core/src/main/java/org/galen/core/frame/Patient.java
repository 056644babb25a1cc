package org.galen.core.frame;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a question says about the patient. Unknown is null (or empty): nothing is assumed.
 *
 * @param ageYears the age stated, in years (a 6-week-old is 0.115)
 * @param sex {@code female} or {@code male}
 * @param pregnant true when pregnant, false when the question says not
 * @param trimester 1 to 3, from the weeks or the trimester stated
 * @param breastfeeding true or false when stated
 * @param conditions the patient's other conditions (comorbidities), with their context
 * @param allergies drug allergies, with their severity
 * @param drugs medicines the patient takes
 * @param egfr the eGFR stated (mL/min/1.73 m2), or null
 * @param ckdStage the CKD stage stated ("4", "3b"), or null
 * @param dialysis whether the patient is on dialysis
 */
public record Patient(
    @Nullable Double ageYears,
    @Nullable String sex,
    @Nullable Boolean pregnant,
    @Nullable Integer trimester,
    @Nullable Boolean breastfeeding,
    List<Fact> conditions,
    List<Allergy> allergies,
    List<Fact> drugs,
    @Nullable Double egfr,
    @Nullable String ckdStage,
    boolean dialysis) {

  public static final Patient UNKNOWN =
      new Patient(null, null, null, null, null, List.of(), List.of(), List.of(), null, null, false);

  public Patient {
    conditions = List.copyOf(conditions);
    allergies = List.copyOf(allergies);
    drugs = List.copyOf(drugs);
  }

  /**
   * A condition or medicine the question names about the patient.
   *
   * @param negated said to be absent ("no diabetes")
   * @param historical in the past
   */
  public record Fact(String name, @Nullable String conceptId, boolean negated, boolean historical) {
    public boolean present() {
      return !negated && !historical;
    }
  }

  /**
   * A drug allergy.
   *
   * @param substance the drug or drug class, lower case ("penicillin")
   * @param severity {@code severe} (anaphylaxis, angioedema, severe skin reaction), {@code mild},
   *     {@code intolerance} or {@code unknown}
   * @param negated "no known drug allergies"
   */
  public record Allergy(String substance, String severity, boolean negated) {}

  public boolean isEmpty() {
    return equals(UNKNOWN);
  }

  /**
   * The eGFR to judge renal statements by: the one stated, else one inside the stated CKD stage's
   * KDIGO range (G1 90 and above, G2 60-89, G3a 45-59, G3b 30-44, G4 15-29, G5 below 15), else
   * null.
   */
  public @Nullable Double renalEgfr() {
    if (egfr != null || ckdStage == null) {
      return egfr;
    }
    return switch (ckdStage.toLowerCase(java.util.Locale.ROOT)) {
      case "1" -> 90.0;
      case "2" -> 75.0;
      case "3a" -> 52.0;
      case "3b" -> 37.0;
      case "3" -> 45.0;
      case "4" -> 22.0;
      default -> 10.0;
    };
  }

  /**
   * One line per stated fact, for the reader: "age 72", "pregnant (trimester 2)", "no diabetes".
   */
  public List<String> describe() {
    List<String> out = new ArrayList<>();
    if (ageYears != null) {
      out.add(
          ageYears >= 2
              ? "age " + Math.round(Math.floor(ageYears))
              : "age " + Math.round(ageYears * 12) + " months");
    }
    if (sex != null) {
      out.add(sex);
    }
    if (pregnant != null) {
      out.add(
          pregnant
              ? "pregnant" + (trimester == null ? "" : " (trimester " + trimester + ")")
              : "not pregnant");
    }
    if (breastfeeding != null) {
      out.add(breastfeeding ? "breastfeeding" : "not breastfeeding");
    }
    for (Fact c : conditions) {
      out.add((c.negated() ? "no " : c.historical() ? "history of " : "") + c.name());
    }
    for (Allergy a : allergies) {
      out.add(
          a.negated()
              ? "no " + a.substance() + " allergy"
              : a.substance() + " allergy (" + a.severity() + ")");
    }
    for (Fact d : drugs) {
      out.add((d.negated() ? "not on " : "on ") + d.name());
    }
    if (ckdStage != null) {
      out.add("CKD stage " + ckdStage);
    }
    if (egfr != null) {
      out.add("eGFR " + Math.round(egfr));
    }
    if (dialysis) {
      out.add("dialysis");
    }
    return out;
  }
}
