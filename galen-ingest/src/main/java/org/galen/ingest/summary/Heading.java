package org.galen.ingest.summary;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.galen.core.SectionKind;
import org.jspecify.annotations.Nullable;

/**
 * A section heading of a practice summary: which answer section its bullets go to.
 *
 * @param kind the section kind; null for the bottom line and the patients' part
 * @param group the sub-group after a colon ("First line: Non-drug"), or null
 */
record Heading(String name, @Nullable SectionKind kind, @Nullable String group) {
  static final String BOTTOM_LINE = "bottom line";
  static final String FOR_PATIENTS = "for patients";

  private static final Map<String, SectionKind> KINDS =
      Map.ofEntries(
          Map.entry("diagnosis", SectionKind.DIAGNOSIS),
          Map.entry("first line", SectionKind.FIRST_LINE),
          Map.entry("second line", SectionKind.SECOND_LINE),
          Map.entry("third line", SectionKind.THIRD_LINE),
          Map.entry("critical pitfalls", SectionKind.PITFALLS),
          Map.entry("red flags", SectionKind.RED_FLAGS),
          Map.entry("evidence quality", SectionKind.EVIDENCE_QUALITY),
          Map.entry("monitoring", SectionKind.MONITORING),
          Map.entry("prevention", SectionKind.PREVENTION),
          Map.entry("self-care", SectionKind.SELF_CARE));

  /** Parses heading text such as "First line: Drug"; empty when the name is not a known one. */
  static Optional<Heading> parse(String text) {
    String name = text;
    String group = null;
    int colon = text.indexOf(':');
    if (colon >= 0) {
      name = text.substring(0, colon);
      group = text.substring(colon + 1).strip();
      if (group.isEmpty()) {
        group = null;
      }
    }
    name = name.strip().toLowerCase(Locale.ROOT);
    if (name.equals(BOTTOM_LINE) || name.equals(FOR_PATIENTS)) {
      return Optional.of(new Heading(name, null, group));
    }
    SectionKind kind = KINDS.get(name);
    return kind == null ? Optional.empty() : Optional.of(new Heading(name, kind, group));
  }

  boolean isBottomLine() {
    return name.equals(BOTTOM_LINE);
  }

  boolean isForPatients() {
    return name.equals(FOR_PATIENTS);
  }

  static String known() {
    return "Bottom line, For patients, "
        + String.join(", ", KINDS.keySet().stream().sorted().toList());
  }
}
