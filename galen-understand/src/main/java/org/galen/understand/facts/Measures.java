package org.galen.understand.facts;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The age and body temperature a question states, as numbers: "my 6 week old", "8wk baby", "a
 * 3-month-old", "72M", "temp of 38.4", "101 F", "39.2°C". A temperature without its unit is read as
 * Celsius between 34 and 43 and as Fahrenheit between 93 and 110.
 */
public final class Measures {
  private static final Pattern AGE =
      Pattern.compile(
          "\\b(\\d{1,3}(?:\\.\\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
              + "\\s*-?\\s*(days?|d|weeks?|wks?|w|months?|mo|mos|mths?|years?|yrs?|y/o|y\\.o\\.?|yo|y)"
              + "(?:\\s*-?\\s*old|\\b)",
          Pattern.CASE_INSENSITIVE);

  /** An age in years with no unit after a word that says it is one: "aged 83", "a woman of 72". */
  private static final Pattern AGE_BARE =
      Pattern.compile(
          "\\b(?:aged|age:?|(?:man|woman|lady|gentleman|patient|person|male|female) of"
              + "|(?:i|he|she)(?:['\u2019]?m|['\u2019]s| am| is))\\s+(\\d{1,3})\\b"
              + "(?!\\s*(?:%|/|\\.\\d|mg|kg|g\\b|mmol|cm|days?|d\\b|weeks?|wks?|w\\b|months?|mo|hours?|h\\b|min"
              + "|lbs?|pounds?|st\\b|stone|ft|foot|feet|inch\\w*|times|x\\b|['\u2019\"]))",
          Pattern.CASE_INSENSITIVE);

  /** A decade of life: "in his 80s", "in her eighties". */
  private static final Pattern AGE_DECADE =
      Pattern.compile(
          "\\bin (?:his|her|my|their|your) (?:(?:early|mid|late)[- ])?"
              + "(?:([2-9]0)'?s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\\b",
          Pattern.CASE_INSENSITIVE);

  private static final List<String> DECADES =
      List.of(
          "twenties",
          "thirties",
          "forties",
          "fifties",
          "sixties",
          "seventies",
          "eighties",
          "nineties");

  private static final Pattern AGE_SEX =
      Pattern.compile("\\b(\\d{1,3})\\s?(m|f|yo ?m|yo ?f)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern AGE_WORD =
      Pattern.compile(
          "\\b(teen|teens|teenage|teenager|adolescent|toddler)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern NEWBORN =
      Pattern.compile("\\b(newborn|new born|neonate|neonatal)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern TEMPERATURE =
      Pattern.compile(
          "(?:\\b(?:temp(?:erature)?|fever|pyrexi\\w*|febrile|thermometer|t)\\s*(?:of|is|was|at|=|:|up to|reading|says|said|reads|read|shows|showed)?\\s*(?:about|around|over|above)?\\s*"
              + "(\\d{2,3}(?:[.,]\\d{1,2})?)\\s*(?:°|º|deg(?:rees?)?)?\\s*([cf])?\\b)"
              + "|(?:\\b(\\d{2,3}(?:[.,]\\d{1,2})?)\\s*(?:°|º|deg(?:rees?)?)\\s*([cf])?\\b)"
              + "|(?:\\b(\\d{2,3}(?:[.,]\\d{1,2})?)\\s*([cf])\\b)",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern GESTATION =
      Pattern.compile(
          "\\b(\\d{1,2})\\s*(?:\\+\\d\\s*)?(?:weeks?|wks?|w)['’]?\\s*(?:\\+\\s*\\d\\s*(?:days?|d)?\\s*)?(?:of\\s+)?(?:pregnant|pregnancy|gestation|pg|along)"
              + "|\\b(\\d{1,2})\\s*/\\s*40\\b"
              + "|\\b(?:pregnant|gestation(?:al age)?)\\s*(?:at|with|of|,)?\\s*(\\d{1,2})\\s*(?:weeks?|wks?)",
          Pattern.CASE_INSENSITIVE);

  private Measures() {}

  /** How many weeks pregnant the text says the patient is ("34 weeks pregnant", "28/40"). */
  public static OptionalDouble gestationWeeks(String text) {
    Matcher m = GESTATION.matcher(text);
    while (m.find()) {
      String n = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      if (n != null) {
        double weeks = Double.parseDouble(n);
        if (weeks >= 1 && weeks <= 44) {
          return OptionalDouble.of(weeks);
        }
      }
    }
    return OptionalDouble.empty();
  }

  /** The youngest age the text states, in days. */
  public static OptionalDouble ageInDays(String text) {
    double best = Double.MAX_VALUE;
    Matcher m = AGE.matcher(text);
    while (m.find()) {
      String number = m.group(1).toLowerCase(Locale.ROOT);
      String unit = m.group(2).toLowerCase(Locale.ROOT);
      String after =
          text.substring(m.end(), Math.min(text.length(), m.end() + 12)).toLowerCase(Locale.ROOT);
      String matched = m.group().toLowerCase(Locale.ROOT);
      // "for 3 days" is a duration, "a 3 day old" or "3 days old" an age
      boolean old =
          matched.contains("old")
              || unit.startsWith("yo")
              || unit.startsWith("y/")
              || unit.startsWith("y.")
              || unit.equals("wk")
              || unit.equals("w") && matched.matches(".*\\dw")
              || after.startsWith(" baby")
              || after.startsWith(" infant")
              || after.startsWith(" boy")
              || after.startsWith(" girl")
              || after.startsWith(" son")
              || after.startsWith(" daughter")
              || after.startsWith(" grandson")
              || after.startsWith(" granddaughter")
              || precededByAgeWord(text, m.start());
      // "20 weeks pregnant", "34 weeks' gestation" is how far along a pregnancy is, not an age
      boolean gestation = after.matches("^'?\\s*(pregnant|gestation|along|of preg|pg\\b).*");
      if (!old || gestation) {
        continue;
      }
      double n = number(number);
      double days =
          switch (unit.charAt(0)) {
            case 'd' -> n;
            case 'w' -> 7 * n;
            case 'm' -> 30.4 * n;
            default -> 365.25 * n;
          };
      best = Math.min(best, days);
    }
    m = AGE_SEX.matcher(text);
    while (m.find()) {
      best = Math.min(best, 365.25 * Integer.parseInt(m.group(1)));
    }
    m = AGE_BARE.matcher(text);
    while (m.find()) {
      int years = Integer.parseInt(m.group(1));
      if (years <= 120) {
        best = Math.min(best, 365.25 * years);
      }
    }
    m = AGE_DECADE.matcher(text);
    while (m.find()) {
      int decade =
          m.group(1) != null
              ? Integer.parseInt(m.group(1))
              : 20 + 10 * DECADES.indexOf(m.group(2).toLowerCase(Locale.ROOT));
      best = Math.min(best, 365.25 * (decade + 5));
    }
    if (NEWBORN.matcher(text).find()) {
      best = Math.min(best, 14);
    }
    if (best == Double.MAX_VALUE) {
      Matcher w = AGE_WORD.matcher(text);
      if (w.find()) {
        // a teenager or a toddler is past the first three months, whatever the exact age
        best =
            w.group(1).toLowerCase(Locale.ROOT).startsWith("t") && w.group(1).length() > 7
                ? 365.25 * 2
                : 365.25 * 15;
      }
    }
    return best == Double.MAX_VALUE ? OptionalDouble.empty() : OptionalDouble.of(best);
  }

  /** "aged 6 weeks", "is 8 weeks", "baby of 5 weeks", "he's 7 weeks". */
  private static boolean precededByAgeWord(String text, int start) {
    String before = text.substring(Math.max(0, start - 12), start).toLowerCase(Locale.ROOT);
    return before.matches(".*\\b(aged|age|is|s|of|only|just|turned)\\s*$");
  }

  /** The highest body temperature the text states, in degrees Celsius. */
  public static OptionalDouble temperatureCelsius(String text) {
    double best = -1;
    Matcher m = TEMPERATURE.matcher(text);
    while (m.find()) {
      String value = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(5);
      String unit = m.group(1) != null ? m.group(2) : m.group(3) != null ? m.group(4) : m.group(6);
      if (value == null) {
        continue;
      }
      double v = Double.parseDouble(value.replace(',', '.'));
      double c;
      if (unit != null && unit.equalsIgnoreCase("f") || unit == null && v >= 93 && v <= 110) {
        c = (v - 32) * 5 / 9;
      } else {
        c = v;
      }
      if (c >= 34 && c <= 43) {
        best = Math.max(best, c);
      }
    }
    return best < 0 ? OptionalDouble.empty() : OptionalDouble.of(best);
  }

  private static double number(String s) {
    return switch (s) {
      case "one" -> 1;
      case "two" -> 2;
      case "three" -> 3;
      case "four" -> 4;
      case "five" -> 5;
      case "six" -> 6;
      case "seven" -> 7;
      case "eight" -> 8;
      case "nine" -> 9;
      case "ten" -> 10;
      case "eleven" -> 11;
      case "twelve" -> 12;
      default -> Double.parseDouble(s);
    };
  }
}
