package org.galen.understand.facts;

import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The vital signs and bedside results a clinician's shorthand states ("BP 80/45", "RR 32", "sats
 * 88%", "pH 7.08, HCO3 9, ketones 5.8"), for the published criteria triage applies to them.
 *
 * @param glucose mmol/L (a value above 50 is read as mg/dL and converted)
 */
public record Vitals(
    OptionalDouble systolic,
    OptionalDouble respiratoryRate,
    OptionalDouble heartRate,
    OptionalDouble oxygenSaturation,
    OptionalDouble ph,
    OptionalDouble bicarbonate,
    OptionalDouble ketones,
    OptionalDouble glucose,
    OptionalDouble lactate,
    boolean stElevation) {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE;
  private static final String IS = "\\s*(?:of|is|was|at|=|:|are|around|about)?\\s*";
  private static final Pattern BP =
      Pattern.compile(
          "\\b(?:bp|blood pressure|b/p)\\b[^0-9.?!]{0,24}?(\\d{2,3})\\s*/\\s*\\d{2,3}", FLAGS);
  private static final Pattern SBP =
      Pattern.compile("\\b(?:sbp|systolic(?: bp)?)" + IS + "(\\d{2,3})\\b", FLAGS);
  private static final Pattern RR =
      Pattern.compile(
          "\\b(?:rr|resp(?:iratory)? rate|breathing rate)" + IS + "(\\d{1,2})\\b", FLAGS);
  private static final Pattern HR =
      Pattern.compile("\\b(?:hr|heart rate|pulse(?: rate)?)" + IS + "(\\d{2,3})\\b", FLAGS);
  private static final Pattern SPO2 =
      Pattern.compile(
          "\\b(?:sats?|spo2|o2 sats?|saturations?|oxygen(?: saturation| level)?)"
              + IS
              + "(\\d{2,3})\\s*%?",
          FLAGS);
  private static final Pattern PH = Pattern.compile("\\bph" + IS + "(\\d\\.\\d{1,2})\\b", FLAGS);
  private static final Pattern HCO3 =
      Pattern.compile("\\b(?:hco3|bicarb(?:onate)?)" + IS + "(\\d{1,2}(?:\\.\\d)?)\\b", FLAGS);
  private static final Pattern KETONES =
      Pattern.compile("\\b(?:blood )?ketones?" + IS + "(\\d{1,2}(?:\\.\\d)?)\\b", FLAGS);
  private static final Pattern GLUCOSE =
      Pattern.compile(
          "\\b(?:glucose|bm|cbg|blood sugars?|sugars?|bg)" + IS + "(\\d{1,3}(?:\\.\\d)?)\\b",
          FLAGS);
  private static final Pattern LACTATE =
      Pattern.compile("\\blactate" + IS + "(\\d{1,2}(?:\\.\\d)?)\\b", FLAGS);
  private static final Pattern ST_ELEVATION =
      Pattern.compile(
          "(?<!non[- ])\\b(stemi|st[- ]elevation|st[- ]segment elevation|\\d\\s*mm ste|ste in)\\b",
          FLAGS);
  private static final Pattern NO_ST_ELEVATION =
      Pattern.compile("\\b(no|without|not)\\s+(acute\\s+)?(st[- ]elevation|stemi|ste)\\b", FLAGS);

  public static Vitals of(String text) {
    OptionalDouble systolic = first(BP, text);
    if (systolic.isEmpty()) {
      systolic = first(SBP, text);
    }
    OptionalDouble glucose = first(GLUCOSE, text);
    if (glucose.isPresent() && glucose.getAsDouble() > 50) {
      glucose = OptionalDouble.of(glucose.getAsDouble() / 18);
    }
    return new Vitals(
        systolic,
        first(RR, text),
        first(HR, text),
        first(SPO2, text),
        first(PH, text),
        first(HCO3, text),
        first(KETONES, text),
        glucose,
        first(LACTATE, text),
        ST_ELEVATION.matcher(text).find() && !NO_ST_ELEVATION.matcher(text).find());
  }

  private static OptionalDouble first(Pattern p, String text) {
    Matcher m = p.matcher(text);
    return m.find() ? OptionalDouble.of(Double.parseDouble(m.group(1))) : OptionalDouble.empty();
  }

  /** Whether a value is present and meets the test. */
  public static boolean is(OptionalDouble v, java.util.function.DoublePredicate test) {
    return v.isPresent() && test.test(v.getAsDouble());
  }
}
