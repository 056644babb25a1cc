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

  public List<String> whileWaiting(String locale) {
    return whileWaiting.getOrDefault(locale, List.of());
  }
}
