package org.galen.core;

import java.util.List;

/**
 * What was asked, by whom, after which earlier questions of the same conversation.
 *
 * @param previous earlier questions of the conversation, oldest first
 */
public record Question(String text, Audience audience, List<String> previous) {
  /** Longest question accepted, in characters; longer input is a mistake or an attack. */
  public static final int MAX_LENGTH = 2000;

  public Question {
    if (text.isBlank()) {
      throw new GalenException("the question is empty");
    }
    if (text.length() > MAX_LENGTH) {
      throw new GalenException(
          "the question is " + text.length() + " characters long; the limit is " + MAX_LENGTH);
    }
    text = text.strip();
    previous = previous.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
  }

  public static Question of(String text, Audience audience) {
    return new Question(text, audience, List.of());
  }
}
