package org.galen.understand.triage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.galen.core.Audience;
import org.galen.core.GalenException;

/**
 * The emergencies Galen alerts on, with what to do now in each locale's words, read from {@code
 * emergencies.yaml}.
 */
public final class EmergencyCatalogue {
  /** The locale of answers unless configured otherwise. */
  public static final String DEFAULT_LOCALE = "en-US";

  private final List<EmergencyCondition> conditions;
  private final Set<String> locales;

  EmergencyCatalogue(List<EmergencyCondition> conditions, Set<String> locales) {
    this.conditions = List.copyOf(conditions);
    this.locales = Set.copyOf(locales);
  }

  public static EmergencyCatalogue bundled() {
    try (InputStream in = EmergencyCatalogue.class.getResourceAsStream("emergencies.yaml")) {
      if (in == null) {
        throw new GalenException("emergencies.yaml is missing from the classpath");
      }
      return parse(new YAMLMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("reading emergencies.yaml", e);
    }
  }

  static EmergencyCatalogue parse(JsonNode root) {
    List<String> locales = new ArrayList<>();
    root.path("locales").fieldNames().forEachRemaining(locales::add);
    if (locales.isEmpty()) {
      throw new GalenException("emergencies.yaml names no locales");
    }
    List<EmergencyCondition> out = new ArrayList<>();
    for (JsonNode c : root.path("conditions")) {
      String id = c.path("id").asText("");
      if (id.isEmpty()) {
        throw new GalenException("emergencies.yaml: condition " + (out.size() + 1) + " has no id");
      }
      List<String> concepts = new ArrayList<>();
      c.path("concepts").forEach(x -> concepts.add(x.asText()));
      Map<String, List<String>> waiting = new LinkedHashMap<>();
      for (String locale : locales) {
        List<String> items = new ArrayList<>();
        c.path("while_waiting").path("patient").path(locale).forEach(x -> items.add(x.asText()));
        waiting.put(locale, items);
      }
      out.add(
          new EmergencyCondition(
              id,
              byAudience(c.path("name"), id, "name", locales),
              concepts,
              c.path("basis").asText(""),
              byAudience(c.path("advice"), id, "advice", locales),
              waiting));
    }
    if (out.isEmpty()) {
      throw new GalenException("emergencies.yaml lists no conditions");
    }
    return new EmergencyCatalogue(out, Set.copyOf(locales));
  }

  private static Map<Audience, Map<String, String>> byAudience(
      JsonNode node, String id, String what, List<String> locales) {
    Map<Audience, Map<String, String>> out = new EnumMap<>(Audience.class);
    for (Audience a : Audience.values()) {
      Map<String, String> byLocale = new LinkedHashMap<>();
      for (String locale : locales) {
        String text =
            node.path(a.name().toLowerCase(java.util.Locale.ROOT)).path(locale).asText("");
        if (text.isBlank()) {
          throw new GalenException(
              "emergencies.yaml: " + id + " has no " + what + " for " + a + " in " + locale);
        }
        byLocale.put(locale, text);
      }
      out.put(a, byLocale);
    }
    return out;
  }

  public List<EmergencyCondition> conditions() {
    return conditions;
  }

  public Optional<EmergencyCondition> condition(String id) {
    return conditions.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** The locale, checked against those the catalogue has words for. */
  public String locale(String requested) {
    if (!locales.contains(requested)) {
      throw new GalenException(
          "GALEN_LOCALE must be one of "
              + new java.util.TreeSet<>(locales)
              + ", was '"
              + requested
              + "'");
    }
    return requested;
  }
}
