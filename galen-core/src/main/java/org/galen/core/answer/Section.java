package org.galen.core.answer;

import java.util.List;
import org.galen.core.SectionKind;

/**
 * A titled group of statements of one kind (first line, pitfalls, ...).
 *
 * @param folded shown under "More about ..." rather than with the answer to what was asked
 */
public record Section(SectionKind kind, String title, List<Statement> statements, boolean folded) {
  public Section {
    statements = List.copyOf(statements);
  }

  public Section(SectionKind kind, String title, List<Statement> statements) {
    this(kind, title, statements, false);
  }

  public Section fold() {
    return new Section(kind, title, statements, true);
  }
}
