package org.galen.app.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.galen.app.evidence.EffectSize;
import org.galen.app.evidence.EffectSizes;
import org.galen.app.evidence.ForestPlot;
import org.galen.core.SectionKind;
import org.galen.core.answer.Answer;
import org.galen.core.answer.AnswerStatus;
import org.galen.core.answer.Evidence;
import org.galen.core.answer.Reference;
import org.galen.core.answer.Section;
import org.galen.core.answer.Statement;
import org.jspecify.annotations.Nullable;

/**
 * An answer shaped for the page: statements grouped under sub-headings, each citation with the
 * source's title, kind, year and the verbatim quote for its tooltip, the forest plot of the effect
 * sizes in the evidence section, and the links of the conversation (follow-ups, exports).
 */
public record AnswerView(
    Answer answer,
    @Nullable StatementView bottomLine,
    List<SectionView> sections,
    List<ReferenceView> references,
    String forestPlot,
    List<Link> conversation,
    List<String> followUpPrevious,
    List<Link> followUps,
    Map<String, String> exports) {

  /** A section with its statements grouped under sub-headings. */
  public record SectionView(String kind, String title, List<GroupView> groups) {}

  /** Statements under one sub-heading (null for none). */
  public record GroupView(@Nullable String title, List<StatementView> statements) {}

  /** A statement and its citations. */
  public record StatementView(String text, List<CiteView> cites) {}

  /**
   * One superscript citation number and what its tooltip shows.
   *
   * @param tipId unique id of the tooltip element on the page
   */
  public record CiteView(
      int n, String tipId, String title, String kind, @Nullable Integer year, String quote) {}

  /** A reference-list entry with its outgoing links. */
  public record ReferenceView(
      Reference ref,
      String sourceHref,
      @Nullable String pubmedHref,
      @Nullable String doiHref,
      @Nullable String urlHref,
      boolean pendingReview) {}

  /** A link with its text. */
  public record Link(String text, String href) {}

  /** Shapes {@code a}, asked after the questions in {@code previous} (oldest first). */
  public static AnswerView of(Answer a, List<String> previous) {
    Map<Integer, Reference> refs =
        a.references().stream().collect(Collectors.toMap(Reference::n, Function.identity()));
    int[] counter = {0};
    Function<Statement, StatementView> statement =
        st -> {
          List<CiteView> cites = new ArrayList<>();
          for (int n : st.citations()) {
            Reference r = refs.get(n);
            counter[0]++;
            cites.add(
                new CiteView(
                    n,
                    "tip-" + counter[0],
                    r == null ? "Reference " + n : r.title(),
                    r == null ? "" : r.kind().label(),
                    r == null ? null : r.year(),
                    quote(st, n)));
          }
          return new StatementView(st.text(), cites);
        };
    StatementView bottom = a.bottomLine() == null ? null : statement.apply(a.bottomLine());
    List<SectionView> sections = new ArrayList<>();
    for (Section s : a.sections()) {
      // One sub-heading per group, in order of first appearance: statements from several sources
      // under the same heading (two "Non-drug" runs) are shown together.
      Map<Optional<String>, List<StatementView>> byGroup = new LinkedHashMap<>();
      for (Statement st : s.statements()) {
        byGroup
            .computeIfAbsent(Optional.ofNullable(st.group()), g -> new ArrayList<>())
            .add(statement.apply(st));
      }
      List<GroupView> groups = new ArrayList<>();
      byGroup.forEach((g, sts) -> groups.add(new GroupView(g.orElse(null), sts)));
      sections.add(new SectionView(s.kind().wire(), s.title(), groups));
    }
    List<ReferenceView> references =
        a.references().stream()
            .map(
                r ->
                    new ReferenceView(
                        r,
                        Links.source(r.id()),
                        r.pmid() == null
                            ? null
                            : "https://pubmed.ncbi.nlm.nih.gov/" + r.pmid() + "/",
                        r.doi() == null ? null : "https://doi.org/" + r.doi(),
                        Links.external(r.url()),
                        "submitted".equals(r.reviewStatus())))
            .toList();
    String audience = a.audience().wire();
    List<Link> conversation = new ArrayList<>();
    for (int i = 0; i < previous.size(); i++) {
      conversation.add(
          new Link(previous.get(i), Links.ask(previous.get(i), audience, previous.subList(0, i))));
    }
    List<String> next = Stream.concat(previous.stream(), Stream.of(a.question())).toList();
    List<Link> followUps =
        a.followUps().stream().map(f -> new Link(f, Links.ask(f, audience, next))).toList();
    Map<String, String> exports =
        Map.of(
            "text", Links.export("text", a.question(), audience, previous),
            "ris", Links.export("ris", a.question(), audience, previous),
            "bibtex", Links.export("bibtex", a.question(), audience, previous));
    return new AnswerView(
        a,
        bottom,
        sections,
        references,
        ForestPlot.svg(effects(a), "forest"),
        conversation,
        next,
        followUps,
        exports);
  }

  /** Effect sizes with intervals in the evidence-quality statements, in order. */
  static List<EffectSize> effects(Answer a) {
    return a.sections().stream()
        .filter(s -> s.kind() == SectionKind.EVIDENCE_QUALITY)
        .flatMap(s -> s.statements().stream())
        .flatMap(st -> EffectSizes.find(st.text()).stream())
        .toList();
  }

  public boolean answered() {
    return answer.status() == AnswerStatus.ANSWERED;
  }

  public boolean outOfScope() {
    return answer.status() == AnswerStatus.OUT_OF_SCOPE;
  }

  public boolean insufficientEvidence() {
    return answer.status() == AnswerStatus.INSUFFICIENT_EVIDENCE;
  }

  public boolean pendingReview() {
    return references.stream().anyMatch(ReferenceView::pendingReview);
  }

  private static String quote(Statement s, int n) {
    return s.evidence().stream()
        .filter(e -> e.ref() == n)
        .map(Evidence::quote)
        .findFirst()
        .orElse("");
  }
}
