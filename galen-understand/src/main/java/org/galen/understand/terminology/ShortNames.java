package org.galen.understand.terminology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.galen.understand.terminology.Concept.Kind;
import org.galen.understand.text.EnglishWords;
import org.galen.understand.text.Word;
import org.galen.understand.text.Words;

/**
 * The short names people give syndromes by dropping the word "syndrome" from a name of two words or
 * more before it: "suspect cauda equina", "I have carpal tunnel". A short name is added only when
 * no concept already goes by it, so a part of the body or another disease keeps its own name, and
 * only when one of its words is not common English: "tooth and nail" or "fifth digit" are said of
 * other things far more often than of their syndromes.
 */
final class ShortNames {
  private static final String SYNDROME = " syndrome";

  private ShortNames() {}

  static void derive(TerminologySources.Builder b, EnglishWords english) {
    List<TerminologySources.Name> shortened = new ArrayList<>();
    for (TerminologySources.Name n : b.names()) {
      if (!b.has(n.conceptId()) || b.get(n.conceptId()).kind() != Kind.DISEASE) {
        continue;
      }
      String text = n.text().strip();
      if (!text.toLowerCase(Locale.ROOT).endsWith(SYNDROME)) {
        continue;
      }
      String stem = text.substring(0, text.length() - SYNDROME.length()).strip();
      List<Word> words = Words.of(stem);
      if (words.size() >= 2
          && words.stream().anyMatch(w -> !english.isCommon(w.lower()))
          && b.idOfName(stem).isEmpty()) {
        shortened.add(new TerminologySources.Name(stem, n.conceptId(), false));
      }
    }
    shortened.forEach(s -> b.name(s.conceptId(), s.text()));
    eponyms(b, english);
  }

  /** "Hashimoto's thyroiditis", "Graves' disease": a disease named after a person, then a word. */
  private static final Pattern EPONYM =
      Pattern.compile("^(\\p{Lu}[\\p{L}-]+(?:['\u2019]s?|s['\u2019]))\\s+\\S.*$");

  /**
   * The eponym alone, as people say it ("TSH 11 with Hashimoto's", "my Crohn's"), for the disease
   * most of whose names begin with it (Hashimoto's thyroiditis, not Hashimoto's encephalopathy;
   * none when two tie), when no concept goes by it already and the name is no English word
   * ("Wilson's", "Dent's").
   */
  /** An eponym as the first name wrote it, and how many names of each disease begin with it. */
  private record Eponym(String written, Map<String, Integer> names) {}

  private static void eponyms(TerminologySources.Builder b, EnglishWords english) {
    Map<String, Eponym> byEponym = new HashMap<>(); // by the eponym in lower case
    for (TerminologySources.Name n : b.names()) {
      if (!b.has(n.conceptId()) || b.get(n.conceptId()).kind() != Kind.DISEASE) {
        continue;
      }
      Matcher m = EPONYM.matcher(n.text().strip());
      if (!m.matches()) {
        continue;
      }
      String written = m.group(1);
      String key = written.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
      byEponym
          .computeIfAbsent(key, k -> new Eponym(written, new HashMap<>()))
          .names()
          .merge(n.conceptId(), 1, Integer::sum);
    }
    byEponym.forEach(
        (key, eponym) -> {
          String person = key.replaceAll("'s?$", "");
          List<Map.Entry<String, Integer>> counts =
              eponym.names().entrySet().stream()
                  .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                  .toList();
          boolean clear = counts.size() == 1 || counts.get(0).getValue() > counts.get(1).getValue();
          if (clear && !english.isWord(person) && b.idOfName(eponym.written()).isEmpty()) {
            b.name(counts.getFirst().getKey(), eponym.written());
          }
        });
  }
}
