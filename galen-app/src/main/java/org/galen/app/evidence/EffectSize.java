package org.galen.app.evidence;

import java.util.Locale;

/**
 * One effect estimate with its confidence interval, as written in a statement, e.g. {@code RR 1.14,
 * 95% CI 1.03 to 1.27}.
 *
 * @param label what was measured, taken from the words before the estimate ("global improvement")
 * @param measure the abbreviation as normalised ({@code RR}, {@code MD}, ...)
 * @param level the confidence level in percent, usually 95
 * @param text the matched words, verbatim, for the plot's text alternative
 */
public record EffectSize(
    String label,
    String measure,
    double estimate,
    double lower,
    double upper,
    int level,
    String text) {

  public EffectSize {
    if (!(lower <= estimate && estimate <= upper)) {
      throw new IllegalArgumentException(
          "estimate " + estimate + " lies outside its interval " + lower + " to " + upper);
    }
    if (isRatio(measure) && lower <= 0) {
      throw new IllegalArgumentException(
          measure + " is a ratio, so its interval must be above 0, was " + lower);
    }
    if (level < 50 || level > 99) {
      throw new IllegalArgumentException("confidence level must be 50..99 %, was " + level);
    }
  }

  /** Ratios (RR, OR, HR, IRR) sit on a log scale with no effect at 1; differences at 0. */
  public boolean ratio() {
    return isRatio(measure);
  }

  /** The value meaning "no difference": 1 for ratios, 0 for differences. */
  public double nullValue() {
    return ratio() ? 1 : 0;
  }

  /** Whether the interval excludes no effect. */
  public boolean excludesNull() {
    return lower > nullValue() || upper < nullValue();
  }

  /** The estimate as people write it: {@code RR 1.14 (95% CI 1.03 to 1.27)}. */
  public String summary() {
    return measure
        + " "
        + num(estimate)
        + " ("
        + level
        + "% CI "
        + num(lower)
        + " to "
        + num(upper)
        + ")";
  }

  static boolean isRatio(String measure) {
    return switch (measure) {
      case "RR", "OR", "HR", "IRR", "aOR", "aHR", "aRR" -> true;
      default -> false;
    };
  }

  static String num(double v) {
    String s = String.format(Locale.ROOT, "%.2f", v);
    return s.startsWith("-") ? "\u2212" + s.substring(1) : s;
  }
}
