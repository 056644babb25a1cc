package org.galen.understand.terminology;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.galen.understand.terminology.Concept.Kind;

/**
 * MedQuAD's alternative names ({@code medquad-synonyms.tsv}, generated from MedQuAD's focus and
 * synonym elements by {@code tools/medquad-synonyms.py}): {@code name<TAB>focus|focus...}. A name
 * whose focus is already a concept (by any of its names) joins it; otherwise the focus becomes a
 * concept of its own: a condition, or a health subject ({@link Kind#TOPIC}) when MedQuAD files it
 * under "Other" ({@code medquad-other-topics.txt}), so that "which drugs?" names no condition
 * called "Medicines".
 */
final class MedQuadNames {
  private MedQuadNames() {}

  static void read(InputStream tsv, List<String> otherTopics, TerminologySources.Builder b) {
    java.util.Set<String> subjects = java.util.Set.copyOf(otherTopics);
    for (String[] f : TerminologySources.rows(tsv, 2, "MedQuAD names")) {
      for (String focus : f[1].split("\\|")) {
        String id =
            b.idOfName(focus)
                .orElseGet(
                    () -> {
                      String lower = focus.strip().toLowerCase(Locale.ROOT);
                      String own = "MEDQUAD:" + lower;
                      if (!b.has(own)) {
                        Kind kind = subjects.contains(lower) ? Kind.TOPIC : Kind.DISEASE;
                        b.concept(own, focus, kind, List.of());
                      }
                      return own;
                    });
        b.name(id, f[0]);
      }
    }
  }
}
