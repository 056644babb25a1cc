package org.galen.understand.triage;

import java.util.List;
import java.util.Map;
import org.galen.core.Audience;

/**
 * An emergency Galen alerts on, from {@code emergencies.yaml}.
 *
 * @param id a stable id ({@code stroke}, {@code testicular-torsion})
 * @param names what the alert calls it, by audience, then by locale
 * @param concepts terminology concepts that name it
 * @param basis the guidelines its advice follows
 * @param advice what to do now, by audience, then by locale
 * @param whileWaiting what to do and not do while help comes, for patients, by locale
 */
public record EmergencyCondition(
    String id,
    Map<Audience, Map<String, String>> names,
    List<String> concepts,
    String basis,
    Map<Audience, Map<String, String>> advice,
    Map<String, List<String>> whileWaiting) {

  public EmergencyCondition {
    names = Map.copyOf(names);
    concepts = List.copyOf(concepts);
    advice = Map.copyOf(advice);
    whileWaiting = Map.copyOf(whileWaiting);
  }

  public String name(Audience audience, String locale) {
    return text(names, audience, locale);
  }

  public String advice(Audience audience, String locale) {
    return text(advice, audience, locale);
  }

  private String text(Map<Audience, Map<String, String>> texts, Audience audience, String locale) {
    String t = texts.getOrDefault(audience, Map.of()).get(locale);
    if (t == null) {
      throw new IllegalArgumentException(id + " has no text for " + audience + " in " + locale);
    }
    return t;
  }

  private static final java.util.regex.Pattern BRACKETS =
      java.util.regex.Pattern.compile("\\(([^)]*)\\)");
  private static final java.util.regex.Pattern ACRONYM =
      java.util.regex.Pattern.compile("\\b[A-Z]{2,6}\\b");

  /**
   * The abbreviations its names give in brackets ("diabetic ketoacidosis (DKA)"), which name it as
   * surely as its concepts do when written in capitals.
   */
  public java.util.Set<String> acronyms() {
    java.util.Set<String> out = new java.util.TreeSet<>();
    for (Map<String, String> byLocale : names.values()) {
      for (String name : byLocale.values()) {
        java.util.regex.Matcher b = BRACKETS.matcher(name);
        while (b.find()) {
          java.util.regex.Matcher a = ACRONYM.matcher(b.group(1));
          while (a.find()) {
            out.add(a.group());
          }
        }
      }
    }
    return out;
  }

  public List<String> whileWaiting(String locale) {
    return whileWaiting.getOrDefault(locale, List.of());
  }
}
