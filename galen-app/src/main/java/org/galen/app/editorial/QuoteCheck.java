package org.galen.app.editorial;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.galen.core.GalenException;
import org.galen.core.Library;
import org.galen.core.Source;
import org.galen.core.answer.Answer;
import org.galen.core.answer.Evidence;
import org.galen.core.answer.Reference;
import org.galen.core.answer.Section;
import org.galen.core.answer.Statement;

/**
 * Holds an answer an editor wrote to the rule a composed answer keeps by construction: every quote
 * stands verbatim in the library's text of the source its reference names. An answer that breaks it
 * is refused naming the statement, so no made-up quote reaches a reviewer.
 */
final class QuoteCheck {
  private QuoteCheck() {}

  static void verify(Answer answer, Library library) {
    Map<Integer, Reference> references = new HashMap<>();
    answer.references().forEach(r -> references.put(r.n(), r));
    Map<String, Optional<Source>> sources = new HashMap<>();
    List<Statement> statements = new ArrayList<>();
    if (answer.bottomLine() != null) {
      statements.add(answer.bottomLine());
    }
    for (Section s : answer.sections()) {
      statements.addAll(s.statements());
    }
    for (Statement s : statements) {
      for (int n : s.citations()) {
        if (!references.containsKey(n)) {
          throw new GalenException(
              "the statement \"" + brief(s) + "\" cites [" + n + "], which is not a reference");
        }
      }
      for (Evidence e : s.evidence()) {
        Reference ref = references.get(e.ref());
        if (ref == null) {
          throw new GalenException(
              "the statement \""
                  + brief(s)
                  + "\" quotes ["
                  + e.ref()
                  + "], which is not a reference");
        }
        Optional<Source> source = sources.computeIfAbsent(ref.id(), library::source);
        if (source.isEmpty()) {
          throw new GalenException(
              "the statement \""
                  + brief(s)
                  + "\" cites "
                  + ref.id()
                  + ", which is not in the library");
        }
        if (!source.get().text().contains(e.quote())) {
          throw new GalenException(
              "the statement \""
                  + brief(s)
                  + "\" quotes ["
                  + e.ref()
                  + "] with words that are not in "
                  + ref.id()
                  + ": every quote must stand verbatim in its source");
        }
      }
    }
  }

  private static String brief(Statement s) {
    String t = s.text().strip();
    return t.length() > 80 ? t.substring(0, 80) + "…" : t;
  }
}
