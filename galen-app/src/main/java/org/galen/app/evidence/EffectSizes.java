package org.galen.app.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds effect sizes with confidence intervals in the text of a statement. It reads the forms that
 * reviews and guidelines use: {@code RR 1.14, 95% CI 1.03 to 1.27}, {@code MD -4.56 (95% CI -11.11
 * to 1.99)}, {@code OR 0.85 [95% CI 0.72, 0.99]}, {@code HR 0.74; 95% CI 0.65-0.85}, with Unicode
 * minus signs and dashes. Anything it cannot read completely (no interval, estimate outside its
 * interval) is left out: a plot must never show a number the text does not hold.
 */
public final class EffectSizes {
  private static final String NUM = "([-\u2212\u2013]?\\s?\\d+(?:\\.\\d+)?)";
  private static final Map<String, String> NAMES =
      Map.ofEntries(
          Map.entry("risk ratio", "RR"),
          Map.entry("relative risk", "RR"),
          Map.entry("odds ratio", "OR"),
          Map.entry("hazard ratio", "HR"),
          Map.entry("rate ratio", "IRR"),
          Map.entry("incidence rate ratio", "IRR"),
          Map.entry("mean difference", "MD"),
          Map.entry("weighted mean difference", "MD"),
          Map.entry("standardised mean difference", "SMD"),
          Map.entry("standardized mean difference", "SMD"),
          Map.entry("risk difference", "RD"),
          Map.entry("wmd", "MD"));
  private static final Pattern EFFECT =
      Pattern.compile(
          "\\b(RR|OR|HR|IRR|MD|SMD|RD|WMD|aOR|aHR|aRR|(?i:risk ratio|relative risk|odds ratio"
              + "|hazard ratio|incidence rate ratio|rate ratio|weighted mean difference"
              + "|mean difference|standardi[sz]ed mean difference|risk difference))"
              + "\\s*(?:[=:]\\s*|,\\s*)?"
              + NUM
              + "\\s*[,;(\\[]?\\s*(?:(\\d{2})\\s?%\\s*)?(?:CI|confidence interval)\\s*[=:,]?\\s*"
              + NUM
              + "\\s*(?:to|,|\u2013|\u2014|-)\\s*"
              + NUM
              + "\\s*[)\\]]?");
  private static final Pattern CLAUSE_START =
      Pattern.compile("(?:[.;:()\\[\\]]|\\bbut\\b|\\bwhile\\b|\\bwhereas\\b)");
  private static final Pattern LEAD_WORD =
      Pattern.compile("\\b(?:for|on|in|of)\\s+(?=\\S)", Pattern.CASE_INSENSITIVE);

  private EffectSizes() {}

  /** Every complete effect size in {@code text}, in reading order. */
  public static List<EffectSize> find(String text) {
    List<EffectSize> out = new ArrayList<>();
    Matcher m = EFFECT.matcher(text);
    int previousEnd = 0;
    while (m.find()) {
      String name = m.group(1);
      String measure = NAMES.getOrDefault(name.toLowerCase(Locale.ROOT), name);
      if (measure.equals("WMD")) {
        measure = "MD";
      }
      double estimate = parse(m.group(2));
      double lower = parse(m.group(4));
      double upper = parse(m.group(5));
      int level = m.group(3) == null ? 95 : Integer.parseInt(m.group(3));
      String label = label(text.substring(previousEnd, m.start()), measure);
      previousEnd = m.end();
      if (!(lower <= estimate && estimate <= upper)
          || (EffectSize.isRatio(measure) && lower <= 0)
          || level < 50
          || level > 99) {
        continue;
      }
      out.add(new EffectSize(label, measure, estimate, lower, upper, level, m.group().strip()));
    }
    return out;
  }

  private static double parse(String number) {
    String n = number.replace('\u2212', '-').replace('\u2013', '-').replace(" ", "");
    return Double.parseDouble(n);
  }

  /** The few words before the estimate that say what it measures: "for pain reduction (MD". */
  static String label(String before, String measure) {
    String clause = before;
    Matcher c = CLAUSE_START.matcher(before);
    int cut = 0;
    while (c.find()) {
      if (!before.substring(c.end()).isBlank()) {
        cut = c.end();
      }
    }
    clause = clause.substring(cut).strip();
    Matcher lead = LEAD_WORD.matcher(clause);
    int from = -1;
    while (lead.find()) {
      from = lead.end();
    }
    if (from >= 0) {
      clause = clause.substring(from);
    }
    clause = clause.replaceAll("[\\s,(\\[]+$", "").strip();
    String[] words = clause.split("\\s+");
    if (words.length > 6) {
      clause = String.join(" ", List.of(words).subList(words.length - 6, words.length));
    }
    return clause.isBlank() ? measure : clause;
  }
}
