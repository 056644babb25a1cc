package org.galen.compose.llm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a drafted sentence against a passage it cites, mechanically: a sentence of the passage (or
 * the whole passage) must hold most of the claim's words and every number the claim states. The
 * supporting text, verbatim, becomes the claim's quote; without one the claim is not shown.
 */
final class ClaimVerifier {
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+");

  private final Function<String, List<String>> terms;
  private final double minOverlap;

  /**
   * @param terms the analyzer: text to its significant words
   * @param minOverlap share of the claim's words (0..1) the supporting text must hold
   */
  ClaimVerifier(Function<String, List<String>> terms, double minOverlap) {
    this.terms = terms;
    this.minOverlap = minOverlap;
  }

  /** The verbatim part of the passage that supports the claim, if any does. */
  Optional<String> support(String claim, String passage) {
    Set<String> claimWords = words(claim);
    if (claimWords.isEmpty()) {
      return Optional.empty();
    }
    List<String> numbers = numbers(claim);
    List<String> candidates = new ArrayList<>();
    for (String sentence : SENTENCE_END.split(passage)) {
      if (!sentence.isBlank()) {
        candidates.add(sentence.strip());
      }
    }
    candidates.add(passage.strip());
    for (String candidate : candidates) {
      Set<String> words = words(candidate);
      long held = claimWords.stream().filter(words::contains).count();
      if ((double) held / claimWords.size() >= minOverlap
          && numbers(candidate).containsAll(numbers)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private Set<String> words(String text) {
    Set<String> out = new HashSet<>(terms.apply(text));
    out.removeIf(w -> w.chars().anyMatch(Character::isDigit));
    return out;
  }

  private static List<String> numbers(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      out.add(m.group().replace(',', '.'));
    }
    return out;
  }
}
