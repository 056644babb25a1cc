package org.galen.compose;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.galen.core.Passage;
import org.galen.core.SectionKind;

/**
 * Finds statements of different sources that disagree: one advises an intervention, the other
 * advises against it. Galen surfaces such disagreements instead of silently picking a side.
 */
final class Contradictions {
  /** Wording of a statement that advises against something. */
  static final Pattern AGAINST =
      Pattern.compile(
          "\\b(do not|don't|avoid|not recommended|recommends? against|advises? against|no (better|more effective) than|not (be )?(used|offered|effective)|should not|never)\\b",
          Pattern.CASE_INSENSITIVE);

  /** Analyzed words too general to be what two statements disagree about. */
  private static final Set<String> GENERAL =
      Set.of(
          "pain",
          "offer",
          "consid",
          "use",
          "treatment",
          "treat",
          "patient",
          "peopl",
          "therapi",
          "drug",
          "recommend",
          "can",
          "mai",
          "should",
          "dose",
          "week",
          "month",
          "dai",
          "evid",
          "guidelin");

  private Contradictions() {}

  /**
   * Pairs of statements from different sources in the same section about the same thing with
   * opposite advice; each pair is a pick whose lead advises for and whose support advises against.
   */
  static List<Pick> find(
      Map<SectionKind, List<Pick>> bySection, Function<String, List<String>> terms) {
    List<Pick> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (List<Pick> picks : bySection.values()) {
      List<Passage> passages = new ArrayList<>();
      picks.forEach(
          p -> {
            passages.add(p.lead());
            passages.addAll(p.support());
          });
      for (Passage a : passages) {
        for (Passage b : passages) {
          if (a.sourceId().equals(b.sourceId())
              || against(a)
              || !against(b)
              || shared(a, b, terms).size() < 2
              || !seen.add(a.id() + "|" + b.id())) {
            continue;
          }
          List<Passage> support = new ArrayList<>();
          support.add(b);
          out.add(new Pick(a, support));
        }
      }
    }
    return out;
  }

  /** A few words naming what the disagreement is about. */
  static String topicOf(Pick disagreement, Function<String, List<String>> terms) {
    Set<String> shared = shared(disagreement.lead(), disagreement.support().getFirst(), terms);
    // show the words as the lead statement writes them, in its order
    List<String> words = new ArrayList<>();
    for (String word : disagreement.lead().text().split("[^\\p{L}\\p{N}-]+")) {
      List<String> analyzed = terms.apply(word);
      if (!analyzed.isEmpty()
          && shared.contains(analyzed.getFirst())
          && !words.contains(word.toLowerCase(java.util.Locale.ROOT))) {
        words.add(word.toLowerCase(java.util.Locale.ROOT));
      }
      if (words.size() == 3) {
        break;
      }
    }
    return words.isEmpty() ? "this point" : String.join(" ", words);
  }

  private static boolean against(Passage p) {
    return AGAINST.matcher(p.text()).find();
  }

  private static Set<String> shared(Passage a, Passage b, Function<String, List<String>> terms) {
    Set<String> wa = new HashSet<>(terms.apply(ExtractiveComposer.plain(a.text())));
    wa.retainAll(new HashSet<>(terms.apply(ExtractiveComposer.plain(b.text()))));
    wa.removeAll(GENERAL);
    wa.removeIf(w -> w.length() < 4 || w.chars().anyMatch(Character::isDigit));
    return wa;
  }
}
