package org.galen.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What was asked, by whom, after which earlier questions of the same conversation.
 *
 * @param previous earlier questions of the conversation, oldest first
 */
public record Question(String text, Audience audience, List<String> previous) {
  /** Longest question accepted, in characters; longer input is a mistake or an attack. */
  public static final int MAX_LENGTH = 2000;

  public Question {
    check("the question", text);
    if (text.isBlank()) {
      throw new GalenException("the question is empty");
    }
    text = text.strip();
    List<String> earlier = new ArrayList<>();
    for (int i = 0; i < previous.size(); i++) {
      String p = previous.get(i);
      check("earlier question " + (i + 1), p);
      if (!p.isBlank()) {
        earlier.add(p.strip());
      }
    }
    previous = List.copyOf(earlier);
  }

  public static Question of(String text, Audience audience) {
    return new Question(text, audience, List.of());
  }

  /**
   * Refuses text no person types: longer than {@link #MAX_LENGTH}, or holding control characters
   * (other than tab and line breaks) or half of a UTF-16 surrogate pair.
   */
  private static void check(String what, String text) {
    if (text.length() > MAX_LENGTH) {
      throw new GalenException(
          what + " is " + text.length() + " characters long; the limit is " + MAX_LENGTH);
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
      boolean loneSurrogate =
          Character.isHighSurrogate(c)
                  && (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
              || Character.isLowSurrogate(c)
                  && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
      if (control || loneSurrogate) {
        throw new GalenException(
            String.format(
                Locale.ROOT,
                "%s holds %s (U+%04X) at character %d; please remove it",
                what,
                control ? "a control character" : "an unpaired surrogate",
                (int) c,
                i + 1));
      }
    }
  }
}
