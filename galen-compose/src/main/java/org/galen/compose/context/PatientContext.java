package org.galen.compose.context;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a question says about the patient.
 *
 * @param age years, when the question states it
 * @param sex "female" or "male", when stated
 * @param factors the patient factors stated (chronic kidney disease, pregnancy, ...)
 */
public record PatientContext(@Nullable Integer age, @Nullable String sex, List<Factor> factors) {
  public static final PatientContext NONE = new PatientContext(null, null, List.of());

  /**
   * A patient factor and the pattern that tells which statements concern it.
   *
   * @param detail what the question said about it, e.g. "stage 4"
   */
  public record Factor(String name, @Nullable String detail, Pattern statements) {
    public String describe() {
      return detail == null ? name : name + " (" + detail + ")";
    }
  }

  public PatientContext {
    factors = List.copyOf(factors);
  }

  public boolean isEmpty() {
    return factors.isEmpty();
  }

  /** Whether a statement concerns one of the patient's factors. */
  public boolean concerns(String statement) {
    return factors.stream().anyMatch(f -> f.statements().matcher(statement).find());
  }

  /** One line per stated fact, for the reader: "age 72", "chronic kidney disease (stage 4)". */
  public List<String> describe() {
    java.util.ArrayList<String> out = new java.util.ArrayList<>();
    if (age != null) {
      out.add("age " + age);
    }
    if (sex != null) {
      out.add(sex);
    }
    factors.forEach(f -> out.add(f.describe()));
    return out;
  }
}
