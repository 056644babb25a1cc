package org.galen.core.answer;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One claim of an answer, with the reference numbers it cites and a verbatim quote from each.
 *
 * @param group the sub-heading the statement is shown under inside its section, or null
 */
public record Statement(
    String text, List<Integer> citations, List<Evidence> evidence, @Nullable String group) {
  public Statement {
    if (text.isBlank()) {
      throw new IllegalArgumentException("statement text is empty");
    }
    citations = List.copyOf(citations);
    evidence = List.copyOf(evidence);
    if (citations.isEmpty()) {
      throw new IllegalArgumentException("statement has no citation: " + text);
    }
    for (Integer n : citations) {
      if (evidence.stream().noneMatch(e -> e.ref() == n)) {
        throw new IllegalArgumentException("citation [" + n + "] has no quote in: " + text);
      }
    }
  }
}
