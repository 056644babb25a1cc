package org.galen.core.answer;

import java.util.List;
import org.galen.core.SectionKind;

/** A titled group of statements of one kind (first line, pitfalls, ...). */
public record Section(SectionKind kind, String title, List<Statement> statements) {
  public Section {
    statements = List.copyOf(statements);
  }
}
