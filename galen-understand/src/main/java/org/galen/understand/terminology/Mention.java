package org.galen.understand.terminology;

import java.util.List;

/**
 * A place in a text that names one or more concepts.
 *
 * @param conceptIds the concepts the words name (several when terminologies share a name)
 * @param first index of its first word in the text's {@link org.galen.understand.text.Words#of
 *     words}
 * @param last index of its last word
 * @param start offset of its first character
 * @param end offset after its last character
 * @param text the words as written
 * @param ambiguous a single everyday word ("cold", "stroke", "fever") that names a concept in
 *     medicine and something else outside it
 * @param corrected found after correcting a misspelt word ("diabetis")
 */
public record Mention(
    List<String> conceptIds,
    int first,
    int last,
    int start,
    int end,
    String text,
    boolean ambiguous,
    boolean corrected) {
  public Mention {
    conceptIds = List.copyOf(conceptIds);
  }
}
