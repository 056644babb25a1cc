package org.galen.compose.safety;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.galen.core.Audience;
import org.galen.core.GalenException;
import org.galen.core.answer.Emergency;

/**
 * Detects red-flag presentations (cauda equina, stroke, sepsis, ...) in a question, from rules kept
 * as data in {@code emergency-rules.yaml}.
 */
public final class EmergencyDetector {
  /** One emergency condition: fires when any combination has every group matched, unless vetoed. */
  record Rule(
      String condition,
      String lay,
      List<List<Pattern>> when,
      List<Pattern> unless,
      String clinicianAdvice,
      String patientAdvice) {

    boolean matches(String text) {
      if (unless.stream().anyMatch(p -> p.matcher(text).find())) {
        return false;
      }
      return when.stream()
          .anyMatch(groups -> groups.stream().allMatch(g -> g.matcher(text).find()));
    }
  }

  private final List<Rule> rules;

  EmergencyDetector(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The bundled rules. */
  public static EmergencyDetector bundled() {
    try (InputStream in =
        Objects.requireNonNull(
            EmergencyDetector.class.getResourceAsStream("emergency-rules.yaml"),
            "emergency-rules.yaml")) {
      return new EmergencyDetector(parse(new YAMLMapper().readTree(in)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Checks the question and the earlier questions of its conversation. */
  public Emergency detect(String question, List<String> previous, Audience audience) {
    Set<String> conditions = new LinkedHashSet<>();
    List<String> advice = new ArrayList<>();
    List<String> texts = new ArrayList<>(previous);
    texts.add(question);
    for (Rule rule : rules) {
      if (texts.stream().anyMatch(rule::matches)) {
        conditions.add(audience == Audience.PATIENT ? rule.lay() : rule.condition());
        advice.add(audience == Audience.PATIENT ? rule.patientAdvice() : rule.clinicianAdvice());
      }
    }
    if (conditions.isEmpty()) {
      return Emergency.NONE;
    }
    return new Emergency(true, List.copyOf(conditions), String.join(" ", advice));
  }

  static List<Rule> parse(JsonNode root) {
    List<Rule> rules = new ArrayList<>();
    for (JsonNode r : root) {
      String condition = r.path("condition").asText("");
      if (condition.isEmpty()) {
        throw new GalenException("emergency rule " + (rules.size() + 1) + " has no condition");
      }
      List<List<Pattern>> when = new ArrayList<>();
      for (JsonNode combo : r.path("when")) {
        List<Pattern> groups = new ArrayList<>();
        combo.forEach(g -> groups.add(compile(condition, g.asText())));
        when.add(groups);
      }
      List<Pattern> unless = new ArrayList<>();
      r.path("unless").forEach(u -> unless.add(compile(condition, u.asText())));
      String clinician = r.path("advice").path("clinician").asText("");
      String patient = r.path("advice").path("patient").asText("");
      if (when.isEmpty() || clinician.isEmpty() || patient.isEmpty()) {
        throw new GalenException(
            "emergency rule '" + condition + "' needs 'when' and advice for both audiences");
      }
      rules.add(
          new Rule(condition, r.path("lay").asText(condition), when, unless, clinician, patient));
    }
    return rules;
  }

  private static Pattern compile(String condition, String regex) {
    try {
      return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    } catch (java.util.regex.PatternSyntaxException e) {
      throw new GalenException(
          "emergency rule '" + condition + "' has a bad pattern: " + e.getMessage(), e);
    }
  }
}
