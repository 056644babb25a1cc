package org.galen.compose;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.galen.core.Audience;
import org.galen.core.Passage;
import org.galen.core.SectionKind;
import org.galen.core.Source;

/** Next questions worth asking, proposed only where the source has a section that answers them. */
final class FollowUps {
  private static final Map<SectionKind, String> CLINICIAN = new LinkedHashMap<>();
  private static final Map<SectionKind, String> PATIENT = new LinkedHashMap<>();

  static {
    CLINICIAN.put(SectionKind.SECOND_LINE, "What if first-line treatment of %s does not help?");
    CLINICIAN.put(SectionKind.PITFALLS, "What should be avoided when managing %s?");
    CLINICIAN.put(SectionKind.RED_FLAGS, "What are the red flags in %s, and when should I refer?");
    CLINICIAN.put(SectionKind.EVIDENCE_QUALITY, "How strong is the evidence for treating %s?");
    CLINICIAN.put(SectionKind.MONITORING, "How should %s be monitored?");
    CLINICIAN.put(SectionKind.FIRST_LINE, "What is the first-line treatment for %s?");
    PATIENT.put(SectionKind.SELF_CARE, "What can I do myself for %s?");
    PATIENT.put(SectionKind.RED_FLAGS, "When should I get help fast for %s?");
    PATIENT.put(SectionKind.SECOND_LINE, "What if the first treatment for %s does not help?");
    PATIENT.put(SectionKind.PITFALLS, "What should I avoid with %s?");
    PATIENT.put(SectionKind.FIRST_LINE, "How is %s treated?");
  }

  private FollowUps() {}

  static List<String> propose(
      Source source, List<Passage> passages, List<SectionKind> intent, Audience audience, int max) {
    Set<SectionKind> present = EnumSet.noneOf(SectionKind.class);
    passages.forEach(p -> present.add(p.kind()));
    String topic = lowerFirst(source.title());
    List<String> out = new ArrayList<>();
    Map<SectionKind, String> templates = audience == Audience.PATIENT ? PATIENT : CLINICIAN;
    for (Map.Entry<SectionKind, String> t : templates.entrySet()) {
      if (out.size() >= max) {
        break;
      }
      boolean asked =
          intent.contains(t.getKey()) || (intent.isEmpty() && t.getKey() == SectionKind.FIRST_LINE);
      if (present.contains(t.getKey()) && !asked) {
        out.add(String.format(Locale.ROOT, t.getValue(), topic));
      }
    }
    return out;
  }

  /**
   * "Knee osteoarthritis" reads "knee osteoarthritis" mid-sentence; "COPD" and "Bell's palsy" stay.
   */
  static String lowerFirst(String title) {
    if (title.length() > 1
        && Character.isUpperCase(title.charAt(0))
        && Character.isLowerCase(title.charAt(1))
        && !title.contains("'s")) {
      return Character.toLowerCase(title.charAt(0)) + title.substring(1);
    }
    return title;
  }
}
