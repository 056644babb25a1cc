package org.galen.app.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.galen.core.answer.Answer;
import org.galen.core.answer.AnswerStatus;
import org.galen.core.answer.Evidence;
import org.galen.core.answer.Reference;
import org.galen.core.answer.Section;
import org.galen.core.answer.Statement;
import org.jspecify.annotations.Nullable;

/** An answer shaped for the page template: sections split into sub-groups, quotes by citation. */
public record AnswerView(Answer answer, List<SectionView> sections, Map<Integer, Reference> refs) {

  /** A section with its statements grouped under sub-headings. */
  public record SectionView(Section section, List<GroupView> groups) {}

  /** Statements under one sub-heading (null for none). */
  public record GroupView(@Nullable String title, List<Statement> statements) {}

  public AnswerView(Answer answer) {
    this(answer, sections(answer), refs(answer));
  }

  public boolean answered() {
    return answer.status() == AnswerStatus.ANSWERED;
  }

  public boolean outOfScope() {
    return answer.status() == AnswerStatus.OUT_OF_SCOPE;
  }

  public boolean pendingReview() {
    return answer.references().stream().anyMatch(r -> "submitted".equals(r.reviewStatus()));
  }

  /** The verbatim quote a statement rests on from reference n, for the citation's tooltip. */
  public String quote(Statement s, int n) {
    return s.evidence().stream()
        .filter(e -> e.ref() == n)
        .map(Evidence::quote)
        .findFirst()
        .orElse("");
  }

  private static List<SectionView> sections(Answer a) {
    List<SectionView> out = new ArrayList<>();
    for (Section s : a.sections()) {
      List<GroupView> groups = new ArrayList<>();
      String current = null;
      List<Statement> run = new ArrayList<>();
      for (Statement st : s.statements()) {
        if (!run.isEmpty() && !Objects.equals(st.group(), current)) {
          groups.add(new GroupView(current, run));
          run = new ArrayList<>();
        }
        current = st.group();
        run.add(st);
      }
      if (!run.isEmpty()) {
        groups.add(new GroupView(current, run));
      }
      out.add(new SectionView(s, groups));
    }
    return out;
  }

  private static Map<Integer, Reference> refs(Answer a) {
    Map<Integer, Reference> m = new HashMap<>();
    a.references().forEach(r -> m.put(r.n(), r));
    return m;
  }
}
