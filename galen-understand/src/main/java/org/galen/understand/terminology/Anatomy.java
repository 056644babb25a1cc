package org.galen.understand.terminology;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.galen.understand.terminology.Concept.Kind;

/**
 * Parts of the body, as the phenotype and symptom terminologies name them: what follows
 * "Abnormality of the" in HPO labels and lay synonyms ("Abnormality of the knee") and what comes
 * before "pain" in symptom names ("Knee pain", "chest pain"). None of the bundled terminologies is
 * an anatomy; these names are enough to tell that a question is about the body.
 */
final class Anatomy {
  private static final Pattern ABNORMALITY_OF =
      Pattern.compile("(?i)^abnormal(?:ity)? (?:of|in) (?:the )?([a-z][a-z -]{1,30})$");
  private static final Pattern PAIN = Pattern.compile("(?i)^([a-z][a-z -]{1,20}) pain$");

  private Anatomy() {}

  static void derive(TerminologySources.Builder b) {
    List<String> parts = new ArrayList<>();
    for (TerminologySources.Name n : b.names()) {
      Kind kind = b.get(n.conceptId()).kind();
      if (kind != Kind.FINDING && kind != Kind.SYMPTOM) {
        continue;
      }
      Matcher m = ABNORMALITY_OF.matcher(n.text());
      if (m.matches()) {
        parts.add(m.group(1));
      }
      m = PAIN.matcher(n.text());
      if (m.matches()) {
        parts.add(m.group(1));
      }
    }
    for (String part : parts) {
      String name = part.strip().toLowerCase(Locale.ROOT);
      if (name.contains(" morphology") || name.endsWith(" structure")) {
        continue;
      }
      String id = "BODY:" + name;
      if (!b.has(id)) {
        b.concept(id, name, Kind.ANATOMY, List.of());
      }
    }
  }
}
