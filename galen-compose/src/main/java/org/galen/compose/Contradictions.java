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
 * advises against the same intervention for the same group of patients. Galen surfaces such
 * disagreements instead of silently picking a side.
 */
final class Contradictions {
  /** Advice against something, and the words it is about. */
  static final Pattern AGAINST =
      Pattern.compile(
          "\\b(?:do not (?:offer|use|give|prescribe|start|order|routinely \\w+)?|don't|avoid|not recommended:?|recommends? against|advises? against|should not be (?:used|offered|given)|never)\\s+((?:[\\w-]+[\\s,]+){0,6})",
          Pattern.CASE_INSENSITIVE);

  /** Advice for something, and the words it is about. */
  static final Pattern FOR =
      Pattern.compile(
          "\\b(?:offer|consider|use|prescribe|recommends?|suggests?|give|start|try|lists?|prefer)\\s+((?:[\\w-]+[\\s,]+){0,6})",
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
          "guidelin",
          "routin",
          "first",
          "line",
          "option",
          "short",
          "long",
          "term",
          "low",
          "high",
          // a drug class's last word is shared by classes that have nothing else in common
          // (an ACE inhibitor and an SGLT2 inhibitor)
          "inhibitor",
          "blocker",
          "antagonist",
          "agonist",
          "agent",
          "receptor",
          "combin");

  private Contradictions() {}

  /**
   * Pairs of statements from different sources in the same section about the same thing with
   * opposite advice; each pair is a pick whose lead advises for and whose support advises against.
   */
  static List<Pick> find(
      Map<SectionKind, List<Pick>> bySection,
      Function<String, List<String>> terms,
      Set<String> topicWords) {
    List<Pick> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<Passage> passages = new ArrayList<>();
    for (List<Pick> picks : bySection.values()) {
      picks.forEach(
          p -> {
            passages.add(p.lead());
            passages.addAll(p.support());
          });
    }
    for (Passage a : passages) {
      for (Passage b : passages) {
        // the same intervention for the same group: advice for pregnancy and against it
        // outside pregnancy is no disagreement
        if (a.sourceId().equals(b.sourceId()) || !a.applies().equals(b.applies())) {
          continue;
        }
        Set<String> disputed = disputed(a, b, terms);
        disputed.removeAll(topicWords);
        if (!disputed.isEmpty() && seen.add(a.id() + "|" + b.id())) {
          List<Passage> support = new ArrayList<>();
          support.add(b);
          out.add(new Pick(a, support));
        }
      }
    }
    return out;
  }

  /** What passage a advises for and passage b advises against. */
  private static Set<String> disputed(Passage a, Passage b, Function<String, List<String>> terms) {
    Set<String> against = objects(AGAINST, ExtractiveComposer.plain(b.text()), terms);
    if (against.isEmpty() || AGAINST.matcher(a.text()).find()) {
      return new HashSet<>();
    }
    Set<String> forWords = objects(FOR, ExtractiveComposer.plain(a.text()), terms);
    forWords.retainAll(against);
    forWords.removeAll(GENERAL);
    forWords.removeIf(w -> w.length() < 4 || w.chars().anyMatch(Character::isDigit));
    return forWords;
  }

  private static Set<String> objects(
      Pattern advice, String text, Function<String, List<String>> terms) {
    Set<String> out = new HashSet<>();
    java.util.regex.Matcher m = advice.matcher(text);
    while (m.find()) {
      out.addAll(terms.apply(m.group(1)));
    }
    return out;
  }

  /** The words naming what the disagreement is about, as the statement against writes them. */
  static String topicOf(
      Pick disagreement, Function<String, List<String>> terms, Set<String> topicWords) {
    Set<String> disputed = disputed(disagreement.lead(), disagreement.support().getFirst(), terms);
    disputed.removeAll(topicWords);
    List<String> words = new ArrayList<>();
    for (String word : disagreement.support().getFirst().text().split("[^\\p{L}\\p{N}-]+")) {
      List<String> analyzed = terms.apply(word);
      String lower = word.toLowerCase(java.util.Locale.ROOT);
      if (!analyzed.isEmpty() && disputed.contains(analyzed.getFirst()) && !words.contains(lower)) {
        words.add(lower);
      }
    }
    return words.isEmpty() ? "this point" : String.join(" and ", words);
  }
}
