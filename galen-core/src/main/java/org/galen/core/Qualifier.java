package org.galen.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whom a statement applies to: one clause of a practice summary bullet's {@code applies:} line
 * ({@code pregnant}, {@code not pregnant}, {@code age >= 65}, {@code allergy penicillin severe},
 * {@code no comorbidity heart failure}, {@code renal egfr < 30}). A statement without qualifiers
 * applies to everyone its topic concerns.
 *
 * @param negated the statement is for people without it ("not pregnant", "no allergy ...")
 * @param value what is qualified: for {@code AGE} a range in years ({@code >= 65}, {@code < 18},
 *     {@code 12-17}), for {@code SEX} {@code female} or {@code male}, for {@code ALLERGY} the
 *     substance and optionally {@code severe}, for {@code COMORBIDITY} the condition's name, for
 *     {@code RENAL} {@code impaired}, {@code dialysis} or an eGFR range ({@code egfr < 30}); empty
 *     for {@code PREGNANT} and {@code BREASTFEEDING}
 */
public record Qualifier(Kind kind, boolean negated, String value) {
  /** What a qualifier is about. */
  public enum Kind {
    PREGNANT,
    BREASTFEEDING,
    AGE,
    SEX,
    ALLERGY,
    COMORBIDITY,
    RENAL
  }

  private static final Pattern RANGE =
      Pattern.compile("(?:(<|<=|>|>=)\\s*(\\d{1,3})|(\\d{1,3})\\s*-\\s*(\\d{1,3}))");
  private static final Pattern RENAL =
      Pattern.compile("impaired|dialysis|egfr\\s*" + RANGE.pattern());

  public Qualifier {
    value = value.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  /**
   * The clauses of an {@code applies:} line, separated by semicolons.
   *
   * @throws GalenException naming the clause that is not a qualifier
   */
  public static List<Qualifier> parseAll(String line) {
    List<Qualifier> out = new ArrayList<>();
    for (String clause : line.split(";")) {
      if (!clause.isBlank()) {
        out.add(parse(clause));
      }
    }
    if (out.isEmpty()) {
      throw new GalenException("applies: names nobody");
    }
    return out;
  }

  /** One clause: {@code [not|no] kind [value]}. */
  public static Qualifier parse(String clause) {
    String c = clause.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    boolean negated = false;
    if (c.startsWith("not ")) {
      negated = true;
      c = c.substring(4);
    } else if (c.startsWith("no ")) {
      negated = true;
      c = c.substring(3);
    }
    String word = c.contains(" ") ? c.substring(0, c.indexOf(' ')) : c;
    String rest = c.substring(word.length()).strip();
    Qualifier q =
        switch (word) {
          case "pregnant", "pregnancy" -> new Qualifier(Kind.PREGNANT, negated, "");
          case "breastfeeding" -> new Qualifier(Kind.BREASTFEEDING, negated, "");
          case "age" -> new Qualifier(Kind.AGE, negated, rest);
          case "sex" -> new Qualifier(Kind.SEX, negated, rest);
          case "allergy" -> new Qualifier(Kind.ALLERGY, negated, rest);
          case "comorbidity" -> new Qualifier(Kind.COMORBIDITY, negated, rest);
          case "renal" -> new Qualifier(Kind.RENAL, negated, rest);
          default ->
              throw new GalenException(
                  "'"
                      + clause.strip()
                      + "' is not a qualifier: use pregnant, breastfeeding, age, sex, allergy,"
                      + " comorbidity or renal, optionally after not/no");
        };
    q.check(clause.strip());
    return q;
  }

  private void check(String clause) {
    boolean ok =
        switch (kind) {
          case PREGNANT, BREASTFEEDING -> value.isEmpty();
          case AGE -> RANGE.matcher(value).matches() && !negated;
          case SEX -> (value.equals("female") || value.equals("male")) && !negated;
          case ALLERGY -> !value.isEmpty() && !value.equals("severe") && !value.equals("mild");
          case COMORBIDITY -> !value.isEmpty();
          case RENAL -> RENAL.matcher(value).matches();
        };
    if (!ok) {
      throw new GalenException(
          "'" + clause + "' is not a valid " + kind.name().toLowerCase(Locale.ROOT) + " qualifier");
    }
  }

  /** Whether an age in years lies in this {@code AGE} qualifier's range. */
  public boolean coversAge(double years) {
    return inRange(value, years);
  }

  /** Whether an eGFR lies in this {@code RENAL} qualifier's eGFR range (false for no range). */
  public boolean coversEgfr(double egfr) {
    return value.startsWith("egfr") && inRange(value.substring(4).strip(), egfr);
  }

  /** The allergy's substance, without "severe" or "mild". */
  public String substance() {
    return severe() || mild() ? value.substring(0, value.lastIndexOf(' ')) : value;
  }

  /** An allergy qualifier for severe (anaphylactic, immediate-type) allergy only. */
  public boolean severe() {
    return value.endsWith(" severe");
  }

  /** An allergy qualifier for mild (non-anaphylactic) allergy only. */
  public boolean mild() {
    return value.endsWith(" mild");
  }

  private static boolean inRange(String range, double x) {
    Matcher m = RANGE.matcher(range);
    if (!m.matches()) {
      return false;
    }
    if (m.group(1) != null) {
      double n = Double.parseDouble(m.group(2));
      return switch (m.group(1)) {
        case "<" -> x < n;
        case "<=" -> x <= n;
        case ">" -> x > n;
        default -> x >= n;
      };
    }
    return x >= Double.parseDouble(m.group(3)) && x <= Double.parseDouble(m.group(4));
  }

  /** The clause as an {@code applies:} line writes it. */
  @Override
  public String toString() {
    String name = kind.name().toLowerCase(Locale.ROOT);
    String prefix =
        negated ? (kind == Kind.PREGNANT || kind == Kind.BREASTFEEDING ? "not " : "no ") : "";
    return (prefix + name + (value.isEmpty() ? "" : " " + value)).strip();
  }
}
