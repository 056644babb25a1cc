package org.galen.app;

import java.util.Objects;
import java.util.stream.Collectors;
import org.galen.core.answer.Answer;
import org.galen.core.answer.AnswerStatus;
import org.galen.core.answer.Reference;
import org.galen.core.answer.Section;
import org.galen.core.answer.Statement;

/** An answer as readable plain text: for the terminal, and for "copy as text". */
public final class AnswerText {
  private AnswerText() {}

  public static String render(Answer a) {
    StringBuilder out = new StringBuilder();
    if (a.emergency().detected()) {
      out.append("!! URGENT: ")
          .append(String.join("; ", a.emergency().conditions()))
          .append("\n   ")
          .append(a.emergency().advice())
          .append("\n");
      for (String step : a.emergency().whileWaiting()) {
        out.append("   - ").append(step).append("\n");
      }
      out.append("\n");
    }
    out.append(a.question()).append("\n\n");
    if (a.status() == AnswerStatus.OUT_OF_SCOPE) {
      out.append("Galen answers health questions only; this question does not look like one.\n");
    } else if (a.status() == AnswerStatus.INSUFFICIENT_EVIDENCE) {
      out.append(
          "Galen's library holds no evidence that answers this question, so it gives no answer.\n");
      if (a.searched() != null) {
        out.append("(").append(a.searched()).append(")\n");
      }
    }
    if (a.bottomLine() != null) {
      out.append("Bottom line: ").append(line(a.bottomLine())).append("\n");
    }
    for (Section s : a.sections()) {
      out.append("\n").append(s.title().toUpperCase(java.util.Locale.ROOT)).append("\n");
      String group = null;
      for (Statement st : s.statements()) {
        if (st.group() != null && !Objects.equals(st.group(), group)) {
          out.append("  ").append(st.group()).append("\n");
        }
        group = st.group();
        out.append("  - ").append(line(st)).append("\n");
      }
    }
    if (!a.references().isEmpty()) {
      out.append("\nREFERENCES\n");
      for (Reference r : a.references()) {
        out.append("  [")
            .append(r.n())
            .append("] ")
            .append(r.kind().label())
            .append(": ")
            .append(r.title());
        out.append(". ").append(r.source());
        if (r.year() != null) {
          out.append(", ").append(r.year());
        }
        if (r.pmid() != null) {
          out.append(". PMID ").append(r.pmid());
        }
        if (r.doi() != null) {
          out.append(". doi:").append(r.doi());
        }
        if (r.url() != null) {
          out.append(". ").append(r.url());
        }
        if ("submitted".equals(r.reviewStatus())) {
          out.append(" (pending human review)");
        }
        out.append("\n");
        for (String b : r.basis()) {
          out.append("      based on: ").append(b).append("\n");
        }
      }
    }
    if (!a.followUps().isEmpty()) {
      out.append("\nYou could ask next:\n");
      a.followUps().forEach(f -> out.append("  ? ").append(f).append("\n"));
    }
    out.append("\n").append(a.disclaimer()).append("\n");
    return out.toString();
  }

  private static String line(Statement s) {
    return s.text()
        + " "
        + s.citations().stream().map(n -> "[" + n + "]").collect(Collectors.joining());
  }
}
