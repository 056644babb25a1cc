package org.galen.ingest.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.galen.core.Audience;
import org.galen.core.Passage;
import org.galen.core.ReadingGrade;
import org.galen.ingest.Document;
import org.galen.ingest.MalformedInputException;
import org.galen.ingest.Problem;

/**
 * The content rules for practice summaries beyond what the parser needs to read them: length,
 * patient reading grade, and unique ids across the library.
 */
public final class SummaryLinter {
  static final int MIN_WORDS = 400;
  static final int MAX_WORDS = 1200;
  static final double MAX_PATIENT_GRADE = 8.0;

  private final SummaryParser parser = new SummaryParser();

  /** Lints a set of summary files, given as file name to content; returns every problem found. */
  public List<Problem> lint(Map<String, String> files) {
    List<Problem> problems = new ArrayList<>();
    Map<String, String> ids = new HashMap<>();
    for (Map.Entry<String, String> file : files.entrySet()) {
      String name = file.getKey();
      String content = file.getValue();
      Document doc;
      try {
        doc = parser.parse(name, content);
      } catch (MalformedInputException e) {
        problems.addAll(e.problems());
        continue;
      }
      String previous = ids.putIfAbsent(doc.source().id(), name);
      if (previous != null) {
        problems.add(
            new Problem(name, 2, "id " + doc.source().id() + " is also used by " + previous));
      }
      int words = body(content).split("\\s+").length;
      if (words < MIN_WORDS || words > MAX_WORDS) {
        problems.add(
            new Problem(
                name, 0, words + " words; a summary has " + MIN_WORDS + " to " + MAX_WORDS));
      }
      String patientText =
          doc.passages().stream()
              .filter(p -> p.audience() == Audience.PATIENT)
              .map(Passage::text)
              .collect(Collectors.joining(" "));
      double grade = ReadingGrade.of(patientText);
      if (grade > MAX_PATIENT_GRADE) {
        problems.add(
            new Problem(
                name,
                0,
                String.format(
                    "'For patients' reads at grade %.1f; it must be %.0f or lower: shorter sentences and words",
                    grade, MAX_PATIENT_GRADE)));
      }
    }
    return problems;
  }

  /** The text a reader sees: after the front matter, without the {@code applies:} lines. */
  private static String body(String content) {
    int open = content.indexOf("---");
    int close = content.indexOf("\n---", open + 3);
    String body = close < 0 ? content : content.substring(close + 4).strip();
    return body.lines()
        .filter(l -> !l.strip().startsWith("applies:"))
        .collect(java.util.stream.Collectors.joining("\n"));
  }
}
