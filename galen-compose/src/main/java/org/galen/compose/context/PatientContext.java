package org.galen.compose.context;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.galen.core.Passage;
import org.galen.core.Qualifier;
import org.jspecify.annotations.Nullable;

/**
 * What a question says about the patient.
 *
 * @param age years, when the question states it
 * @param sex "female" or "male", when stated
 * @param factors the patient factors stated (chronic kidney disease, pregnancy, ...)
 */
public record PatientContext(
    @Nullable Integer age,
    @Nullable String sex,
    List<Factor> factors,
    Predicate<List<Qualifier>> fits,
    Predicate<List<Qualifier>> rulesOut,
    List<String> described) {
  public static final PatientContext NONE = new PatientContext(null, null, List.of());

  public PatientContext(@Nullable Integer age, @Nullable String sex, List<Factor> factors) {
    this(age, sex, factors, q -> false, q -> false, List.of());
  }

  /**
   * The context with what the question frame knows: statements are matched to the patient by whom
   * they apply to ({@code fits}, {@code rulesOut}); the factors {@code dropped} accepts are left
   * out: those the question states as absent ("no diabetes"), or that are the condition asked
   * about.
   */
  public PatientContext with(
      Predicate<List<Qualifier>> fits,
      Predicate<List<Qualifier>> rulesOut,
      Predicate<String> dropped,
      List<String> described) {
    return new PatientContext(
        age,
        sex,
        factors.stream().filter(f -> !dropped.test(f.name())).toList(),
        fits,
        rulesOut,
        described);
  }

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
    described = List.copyOf(described);
  }

  public boolean isEmpty() {
    return factors.isEmpty() && described.isEmpty();
  }

  /**
   * Whether a statement concerns the patient: it applies to a group the patient is in or, when it
   * says nothing of whom it applies to, it names one of the patient's factors.
   */
  public boolean concerns(Passage p) {
    if (!p.applies().isEmpty()) {
      return fits.test(p.applies());
    }
    return factors.stream().anyMatch(f -> f.statements().matcher(p.text()).find());
  }

  /**
   * Whether a statement's {@code applies:} qualifiers say it is for this patient (the CKD regimen
   * for a patient with CKD): a stronger tie than {@link #concerns} finding a factor's word in it.
   */
  public boolean isFor(Passage p) {
    return !p.applies().isEmpty() && fits.test(p.applies());
  }

  /**
   * Whether a statement is for the patient's group by more than sex: the breastfeeding regimen for
   * a woman who breastfeeds, rather than a caution for every woman ("applies: sex female").
   */
  public boolean isForBeyondSex(Passage p) {
    List<Qualifier> beyond =
        p.applies().stream().filter(q -> q.kind() != Qualifier.Kind.SEX).toList();
    return !beyond.isEmpty() && isFor(p) && fits.test(beyond);
  }

  /** Whether a statement is for a group the patient is not in (the non-pregnant regimen). */
  public boolean rulesOut(Passage p) {
    return rulesOut.test(p.applies());
  }

  /** One line per stated fact, for the reader: "age 72", "chronic kidney disease (stage 4)". */
  public List<String> describe() {
    if (!described.isEmpty()) {
      return described;
    }
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
