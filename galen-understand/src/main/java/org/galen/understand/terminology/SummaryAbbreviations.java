package org.galen.understand.terminology;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.galen.understand.terminology.Concept.Kind;
import org.galen.understand.text.Word;
import org.galen.understand.text.Words;

/**
 * The abbreviations Galen's practice summaries list among their topic names ({@code
 * summary-abbreviations.tsv}, generated from {@code library/summaries} by {@code
 * tools/summary-abbreviations.py}): {@code abbreviation<TAB>name<TAB>concept,concept...}. The
 * terminology releases bundled lack the abbreviations clinicians write ("HFrEF", "T2DM", "GORD") or
 * give them to something else (MedQuAD's "MDD" is mal de debarquement). An abbreviation joins the
 * concept its full name names, when that is one of the summary's concepts, or else the summary's
 * first concept; only when the full name names a condition the terminologies know, and not when the
 * abbreviation already names what it abbreviates.
 */
final class SummaryAbbreviations {
  private SummaryAbbreviations() {}

  static void read(InputStream tsv, TerminologySources.Builder b) {
    for (String[] f : TerminologySources.rows(tsv, 3, "the summaries' abbreviations")) {
      List<String> ids = Arrays.stream(f[2].split(",")).map(String::strip).filter(b::has).toList();
      if (ids.isEmpty() || !namesCondition(f[1], b)) {
        continue;
      }
      Optional<String> full = b.idOfName(f[1]);
      Optional<String> already = b.idOfName(f[0]);
      // "DVT" and "CKD" already name what they abbreviate
      if (already.isPresent()
          && (already.equals(full) || b.get(already.get()).name().equalsIgnoreCase(f[1]))) {
        continue;
      }
      b.preferredName(full.filter(ids::contains).orElse(ids.getFirst()), f[0]);
    }
  }

  /** Whether some run of the name's words is the name of a disease, symptom or finding. */
  private static boolean namesCondition(String name, TerminologySources.Builder b) {
    List<Word> words = Words.of(name);
    for (int i = 0; i < words.size(); i++) {
      for (int j = words.size(); j > i; j--) {
        String run = name.substring(words.get(i).start(), words.get(j - 1).end());
        Optional<Kind> kind = b.idOfName(run).map(id -> b.get(id).kind());
        if (kind.isPresent()
            && (kind.get() == Kind.DISEASE
                || kind.get() == Kind.SYMPTOM
                || kind.get() == Kind.FINDING)) {
          return true;
        }
      }
    }
    return false;
  }
}
