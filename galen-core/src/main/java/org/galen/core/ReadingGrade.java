package org.galen.core;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flesch–Kincaid grade level, computed exactly as the project's evaluation does, so that what the
 * linter and composer accept is what the scorer accepts.
 */
public final class ReadingGrade {
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+\\s");
  private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
  private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");

  private ReadingGrade() {}

  public static double of(String text) {
    long sentences = 0;
    for (String s : SENTENCE_END.split(text)) {
      if (!s.isBlank()) {
        sentences++;
      }
    }
    long words = 0;
    long syllables = 0;
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words++;
      syllables += syllables(m.group());
    }
    if (sentences == 0 || words == 0) {
      return 0.0;
    }
    return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
  }

  static int syllables(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    int count = 0;
    Matcher m = VOWELS.matcher(w);
    while (m.find()) {
      count++;
    }
    if (w.endsWith("e") && count > 1 && !w.endsWith("le")) {
      count--;
    }
    return Math.max(count, 1);
  }
}
