package org.galen.retrieve;

import java.util.List;
import java.util.Set;

/**
 * Decides whether a question names a topic: every word of one of the topic's names appears in the
 * question, allowing for word forms the stemmer leaves apart ("arthritic" and "arthritis"), and,
 * for names of three words or more, one missing qualifier ("low back pain" names "acute low back
 * pain").
 */
final class TopicMatcher {
  /** Shortest stem that may match a longer one by prefix; shorter ones are too ambiguous. */
  private static final int MIN_PREFIX = 5;

  /** Most letters a longer word form may add to a stem ("arthrit" + "i"). */
  private static final int MAX_EXTRA = 3;

  private TopicMatcher() {}

  /** A topic name matched in full, its qualifier missing, or not at all. */
  enum Match {
    NONE,
    PARTIAL,
    FULL
  }

  /**
   * How strongly a question names a source: 3 when it names the source's title or first (canonical)
   * topic in full, 2 another of its topic names in full, 1 a long name short of one qualifier, 0
   * not.
   *
   * @param topics the analyzed title first, then each topic name
   * @param terms the question's words
   * @param informative the question's words that carry meaning; only these may match by prefix, so
   *     "should" never names "shoulder"
   */
  static int strength(List<List<String>> topics, Set<String> terms, Set<String> informative) {
    int best = 0;
    for (int i = 0; i < topics.size(); i++) {
      Match m = match(topics.get(i), terms, informative);
      int s =
          switch (m) {
            case FULL -> i <= 1 ? 3 : 2;
            case PARTIAL -> 1;
            case NONE -> 0;
          };
      best = Math.max(best, s);
    }
    return best;
  }

  static Match match(List<String> topic, Set<String> terms, Set<String> informative) {
    if (topic.isEmpty()) {
      return Match.NONE;
    }
    int missing = -1;
    for (int i = 0; i < topic.size(); i++) {
      String word = topic.get(i);
      if (!terms.contains(word) && !prefixMatch(informative, word)) {
        if (missing >= 0) {
          return Match.NONE;
        }
        missing = i;
      }
    }
    if (missing < 0) {
      return Match.FULL;
    }
    // a missing qualifier word is fine ("acute low back pain"), a missing number never is ("type 2
    // diabetes" is not named by "type 1 diabetes")
    boolean word = topic.get(missing).chars().allMatch(Character::isLetter);
    return topic.size() >= 3 && word ? Match.PARTIAL : Match.NONE;
  }

  /**
   * Whether the question names a different numbered variant of the source's title or canonical
   * topic: "type 1 diabetes" against "Type 2 diabetes".
   *
   * @param canonical the analyzed title and first topic name
   * @param question the question's words, in order
   */
  static boolean contradicts(List<List<String>> canonical, List<String> question) {
    for (List<String> name : canonical) {
      for (int i = 1; i < name.size(); i++) {
        String number = name.get(i);
        if (!number.chars().allMatch(Character::isDigit)) {
          continue;
        }
        String before = name.get(i - 1);
        for (int j = 0; j + 1 < question.size(); j++) {
          String other = question.get(j + 1);
          if (question.get(j).equals(before)
              && other.chars().allMatch(Character::isDigit)
              && !other.equals(number)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean prefixMatch(Set<String> terms, String word) {
    for (String t : terms) {
      String shorter = t.length() <= word.length() ? t : word;
      String longer = shorter == t ? word : t;
      if (shorter.length() >= MIN_PREFIX
          && longer.length() - shorter.length() <= MAX_EXTRA
          && longer.startsWith(shorter)) {
        return true;
      }
    }
    return false;
  }
}
