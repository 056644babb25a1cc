package org.galen.understand.terminology;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
  }
}
