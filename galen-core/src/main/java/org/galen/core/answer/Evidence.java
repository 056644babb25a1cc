package org.galen.core.answer;

/**
 * The verbatim words of a cited source that support a statement.
 *
 * @param ref the reference number the quote comes from
 */
public record Evidence(int ref, String quote) {
  public Evidence {
    if (ref < 1) {
      throw new IllegalArgumentException("evidence ref must be >= 1, was " + ref);
    }
    if (quote.isBlank()) {
      throw new IllegalArgumentException("evidence for [" + ref + "] has an empty quote");
    }
  }
}
