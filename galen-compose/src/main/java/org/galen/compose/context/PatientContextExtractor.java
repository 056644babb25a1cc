package org.galen.compose.context;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.galen.core.GalenException;
import org.jspecify.annotations.Nullable;

/** Reads age, sex and patient factors from a question, with rules kept as data. */
public final class PatientContextExtractor {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern AGE =
      Pattern.compile(
          "\\b(\\d{1,3})[- ]?(?:yo|y/o|yrs?|years?)(?:[- ]old)?\\b|\\baged? (\\d{1,3})\\b|\\b(\\d{1,3}) ?([mf])\\b",
          FLAGS);
  private static final Pattern FEMALE =
      Pattern.compile("\\b(woman|women|female|girl|she|her|mother|\\d{1,3} ?f)\\b", FLAGS);
  private static final Pattern MALE =
      Pattern.compile("\\b(man|men|male|boy|he|his|father|\\d{1,3} ?m)\\b", FLAGS);
  private static final Pattern CKD_STAGE =
      Pattern.compile(
          "(?:ckd|stage)[- ]?(?:stage[- ]?)?([1-5][ab]?)\\b|\\begfr (?:of |is |below |under |<)? ?(\\d{1,3})",
          FLAGS);

  /** A factor as read from the rules file. */
  private record Rule(String name, Pattern detect, Pattern statements) {}

  private final List<Rule> rules;

  private PatientContextExtractor(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  public static PatientContextExtractor bundled() {
    try (InputStream in =
        Objects.requireNonNull(
            PatientContextExtractor.class.getResourceAsStream("patient-factors.yaml"),
            "patient-factors.yaml")) {
      List<Rule> rules = new ArrayList<>();
      for (JsonNode r : new YAMLMapper().readTree(in)) {
        String name = r.path("factor").asText("");
        if (name.isEmpty() || !r.hasNonNull("detect") || !r.hasNonNull("statements")) {
          throw new GalenException(
              "patient-factors.yaml: every factor needs factor, detect and statements");
        }
        rules.add(
            new Rule(
                name,
                Pattern.compile(r.get("detect").asText(), FLAGS),
                Pattern.compile(r.get("statements").asText(), FLAGS)));
      }
      return new PatientContextExtractor(rules);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The context stated in the question and, failing that, in the conversation before it. */
  public PatientContext extract(String question, List<String> previous) {
    String text = String.join("\n", previous) + "\n" + question;
    Integer age = age(text);
    String sex = sex(text);
    List<PatientContext.Factor> factors = new ArrayList<>();
    for (Rule rule : rules) {
      if (rule.detect().matcher(text).find()) {
        factors.add(
            new PatientContext.Factor(rule.name(), detail(rule.name(), text), rule.statements()));
      }
    }
    return new PatientContext(age, sex, factors);
  }

  private static @Nullable Integer age(String text) {
    Matcher m = AGE.matcher(text);
    while (m.find()) {
      for (int g = 1; g <= 3; g++) {
        if (m.group(g) != null) {
          int age = Integer.parseInt(m.group(g));
          if (age <= 120) {
            return age;
          }
        }
      }
    }
    return null;
  }

  private static @Nullable String sex(String text) {
    boolean female = FEMALE.matcher(text).find();
    boolean male = MALE.matcher(text).find();
    if (female == male) {
      return null;
    }
    return female ? "female" : "male";
  }

  private static @Nullable String detail(String factor, String text) {
    if (!factor.equals("chronic kidney disease")) {
      return null;
    }
    Matcher m = CKD_STAGE.matcher(text);
    if (!m.find()) {
      return null;
    }
    if (m.group(1) != null) {
      return "stage " + m.group(1).toLowerCase(Locale.ROOT);
    }
    return "eGFR " + m.group(2);
  }
}
