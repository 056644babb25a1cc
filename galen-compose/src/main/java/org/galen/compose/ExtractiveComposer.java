package org.galen.compose;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.galen.compose.safety.EmergencyDetector;
import org.galen.compose.safety.ScopeClassifier;
import org.galen.core.Audience;
import org.galen.core.Library;
import org.galen.core.Passage;
import org.galen.core.Question;
import org.galen.core.ScoredPassage;
import org.galen.core.SectionKind;
import org.galen.core.Source;
import org.galen.core.answer.Answer;
import org.galen.core.answer.AnswerStatus;
import org.galen.core.answer.Emergency;
import org.galen.core.answer.Evidence;
import org.galen.core.answer.Reference;
import org.galen.core.answer.Section;
import org.galen.core.answer.Statement;
import org.galen.retrieve.Retrieval;
import org.galen.retrieve.Retriever;
import org.galen.retrieve.SourceMatch;
import org.jspecify.annotations.Nullable;

/**
 * The deterministic composer: finds the source(s) of the best-matching topic, lays their passages
 * out in the answer's sections, and quotes every passage it uses verbatim as its evidence.
 */
public final class ExtractiveComposer implements Composer {
  static final String NAME = "extractive";

  private static final List<SectionKind> ORDER =
      List.of(
          SectionKind.FIRST_LINE,
          SectionKind.SECOND_LINE,
          SectionKind.THIRD_LINE,
          SectionKind.PITFALLS,
          SectionKind.RED_FLAGS,
          SectionKind.EVIDENCE_QUALITY,
          SectionKind.DIAGNOSIS,
          SectionKind.MONITORING,
          SectionKind.PREVENTION,
          SectionKind.SELF_CARE,
          SectionKind.OTHER);

  /** A statement's trailing basis, e.g. " (NICE 2022; ACR 2019)." */
  private static final Pattern BASIS =
      Pattern.compile("\\s*\\([^()]*\\b(19|20)\\d\\d[^()]*\\)\\s*\\.?\\s*$");

  private final Library library;
  private final Retriever retriever;
  private final EmergencyDetector emergencies;
  private final ScopeClassifier scope;
  private final ComposerConfig config;
  private final Clock clock;

  public ExtractiveComposer(
      Library library,
      Retriever retriever,
      EmergencyDetector emergencies,
      ScopeClassifier scope,
      ComposerConfig config,
      Clock clock) {
    this.library = library;
    this.retriever = retriever;
    this.emergencies = emergencies;
    this.scope = scope;
    this.config = config;
    this.clock = clock;
  }

  @Override
  public Answer answer(Question question) {
    Emergency emergency =
        emergencies.detect(question.text(), question.previous(), question.audience());
    Retrieval retrieval = retriever.retrieve(question);
    boolean namesTopic =
        retrieval.sources().stream().anyMatch(s -> s.topicInQuestion() || s.topicInContext());
    if (!emergency.detected()
        && !scope.isMedical(question.text(), question.previous(), namesTopic)) {
      return empty(question, AnswerStatus.OUT_OF_SCOPE, emergency, null);
    }
    List<SourceMatch> chosen = choose(retrieval.sources());
    if (chosen.isEmpty()) {
      return empty(question, AnswerStatus.INSUFFICIENT_EVIDENCE, emergency, searched(retrieval));
    }
    return compose(question, emergency, retrieval, chosen);
  }

  /**
   * What was searched and why the closest source was not enough, for the reader of an abstention.
   */
  private static String searched(Retrieval retrieval) {
    if (retrieval.sources().isEmpty()) {
      return retrieval.searched() + "; nothing matched";
    }
    SourceMatch m = retrieval.sources().getFirst();
    return String.format(
        Locale.ROOT,
        "%s; closest: %s (%s, holds %.0f%% of the question's key words in %d passage%s)",
        retrieval.searched(),
        m.sourceId(),
        m.topicInQuestion() || m.topicInContext() ? "its topic is named" : "its topic is not named",
        100 * m.coverage(),
        m.supportingPassages(),
        m.supportingPassages() == 1 ? "" : "s");
  }

  /**
   * Whether a source can answer the question: it must hold enough of the question's key words, and
   * more of them the less directly the question names what the source is about.
   */
  private boolean supports(SourceMatch m) {
    if (m.topicStrength() >= 3) {
      return m.coverage() >= config.minCoverageTitleNamed();
    }
    if (m.topicStrength() >= 2) {
      return m.coverage() >= config.minCoverageNamed();
    }
    if (m.topicInQuestion() || m.topicInContext()) {
      return m.coverage() >= config.minCoverageOnTopic();
    }
    if (m.ownsQuestionTerm()) {
      return m.coverage() >= config.minCoverageOwned();
    }
    return m.coverage() >= config.minCoverageOffTopic()
        && m.supportingPassages() >= config.minSupportingOffTopic();
  }

  /** How directly the question points at a source: named in it, in the conversation, or owned. */
  private static int tier(SourceMatch m) {
    if (m.topicInQuestion()) {
      return 0;
    }
    if (m.topicInContext()) {
      return 1;
    }
    return m.ownsQuestionTerm() ? 2 : 3;
  }

  /** The primary source first, then sources close enough in score to cite beside it. */
  private List<SourceMatch> choose(List<SourceMatch> matches) {
    List<SourceMatch> eligible =
        matches.stream()
            .filter(this::supports)
            .sorted(
                Comparator.comparingInt(ExtractiveComposer::tier)
                    .thenComparing(m -> !m.namedBeforePatient())
                    .thenComparing(Comparator.comparingInt(SourceMatch::topicStrength).reversed())
                    .thenComparing(Comparator.comparingDouble(SourceMatch::score).reversed())
                    .thenComparing(SourceMatch::sourceId))
            .toList();
    if (eligible.isEmpty()) {
      return List.of();
    }
    SourceMatch primary = eligible.getFirst();
    List<SourceMatch> out = new ArrayList<>();
    out.add(primary);
    for (SourceMatch m : eligible.subList(1, eligible.size())) {
      if (out.size() >= 3) {
        break;
      }
      if ((m.topicInQuestion() || m.topicInContext())
          && m.score() >= config.secondaryScoreRatio() * primary.score()) {
        out.add(m);
      }
    }
    return out;
  }

  /** A passage picked for the answer, in display order. */
  private record Pick(Passage passage, SectionKind kind) {}

  private Answer compose(
      Question question, Emergency emergency, Retrieval retrieval, List<SourceMatch> chosen) {
    Audience audience = question.audience();
    List<SectionKind> intent = Intent.of(question.text());
    String primaryId = chosen.getFirst().sourceId();
    List<Passage> primary = forAudience(library.passages(primaryId), audience);

    Passage bottom = bottomLine(primary, intent);
    Map<SectionKind, List<Pick>> bySection = new EnumMap<>(SectionKind.class);
    for (Passage p : primary) {
      if (p.bottomLine() || p == bottom) {
        continue;
      }
      List<Pick> picks = bySection.computeIfAbsent(p.kind(), k -> new ArrayList<>());
      if (picks.size() < config.maxStatementsPerSection()) {
        picks.add(new Pick(p, p.kind()));
      }
    }
    addSecondary(chosen, retrieval, audience, bySection);

    List<SectionKind> order = new ArrayList<>();
    intent.stream().filter(bySection::containsKey).forEach(order::add);
    ORDER.stream().filter(k -> !order.contains(k) && bySection.containsKey(k)).forEach(order::add);

    Map<String, Integer> numbers = new LinkedHashMap<>();
    Map<String, Source> sources = new LinkedHashMap<>();
    Statement bottomLine =
        bottom == null ? null : statement(bottom, audience, numbers, sources, false);
    List<Section> sections = new ArrayList<>();
    for (SectionKind kind : order) {
      List<Statement> statements = new ArrayList<>();
      for (Pick pick : bySection.getOrDefault(kind, List.of())) {
        Statement s = statement(pick.passage(), audience, numbers, sources, true);
        if (s != null) {
          statements.add(s);
        }
      }
      if (!statements.isEmpty()) {
        sections.add(new Section(kind, kind.title(audience), statements));
      }
    }
    if (bottomLine == null && sections.isEmpty()) {
      return empty(question, AnswerStatus.INSUFFICIENT_EVIDENCE, emergency, retrieval.searched());
    }
    List<Reference> references = new ArrayList<>();
    sources.forEach((id, source) -> references.add(reference(numbers.getOrDefault(id, 0), source)));
    Source primarySource = sources.get(primaryId);
    List<String> followUps =
        primarySource == null
            ? List.of()
            : FollowUps.propose(primarySource, primary, intent, audience, config.maxFollowUps());
    return new Answer(
        null,
        question.text(),
        audience,
        AnswerStatus.ANSWERED,
        emergency,
        bottomLine,
        sections,
        references,
        Disclaimers.of(audience),
        followUps,
        clock.instant(),
        NAME,
        null);
  }

  /** Passages of other sources that the search ranked well, a few per section. */
  private void addSecondary(
      List<SourceMatch> chosen,
      Retrieval retrieval,
      Audience audience,
      Map<SectionKind, List<Pick>> bySection) {
    if (chosen.size() < 2 || retrieval.hits().isEmpty()) {
      return;
    }
    Set<String> secondary = new HashSet<>();
    chosen.subList(1, chosen.size()).forEach(m -> secondary.add(m.sourceId()));
    double top = retrieval.hits().getFirst().score();
    Map<SectionKind, Integer> added = new EnumMap<>(SectionKind.class);
    for (ScoredPassage hit : retrieval.hits()) {
      Passage p = hit.passage();
      if (!secondary.contains(p.sourceId())
          || p.bottomLine()
          || hit.score() < 0.5 * top
          || !suits(p, audience)) {
        continue;
      }
      int n = added.getOrDefault(p.kind(), 0);
      if (n >= config.maxSecondaryPerSection()) {
        continue;
      }
      added.put(p.kind(), n + 1);
      bySection.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(new Pick(p, p.kind()));
    }
  }

  private static boolean suits(Passage p, Audience audience) {
    return p.audience() == null || p.audience() == audience;
  }

  /** The passages written for the audience; clinician text when a source has none for patients. */
  private static List<Passage> forAudience(List<Passage> passages, Audience audience) {
    List<Passage> suited = passages.stream().filter(p -> suits(p, audience)).toList();
    if (suited.isEmpty() && audience == Audience.PATIENT) {
      return passages.stream().filter(p -> suits(p, Audience.CLINICIAN)).toList();
    }
    return suited;
  }

  /**
   * The statement that answers the question most directly: the lead of the section the question
   * asks about, else the source's own bottom line, else its first first-line statement.
   */
  private static @Nullable Passage bottomLine(List<Passage> passages, List<SectionKind> intent) {
    for (SectionKind kind : intent) {
      Optional<Passage> lead =
          passages.stream().filter(p -> !p.bottomLine() && p.kind() == kind).findFirst();
      if (lead.isPresent() && kind != SectionKind.SELF_CARE) {
        return lead.get();
      }
    }
    return passages.stream()
        .filter(Passage::bottomLine)
        .findFirst()
        .or(() -> passages.stream().filter(p -> p.kind() == SectionKind.FIRST_LINE).findFirst())
        .orElse(null);
  }

  private @Nullable Statement statement(
      Passage p,
      Audience audience,
      Map<String, Integer> numbers,
      Map<String, Source> sources,
      boolean grouped) {
    Source source = sources.get(p.sourceId());
    if (source == null) {
      source = library.source(p.sourceId()).orElse(null);
      if (source == null) {
        return null;
      }
    }
    // the quote must stand verbatim in the source text a reader can fetch; never cite otherwise
    if (!source.text().regionMatches(p.start(), p.text(), 0, p.text().length())) {
      return null;
    }
    sources.putIfAbsent(source.id(), source);
    int n = numbers.computeIfAbsent(source.id(), id -> numbers.size() + 1);
    String text = audience == Audience.PATIENT ? plain(p.text()) : p.text();
    return new Statement(
        text, List.of(n), List.of(new Evidence(n, p.text())), grouped ? p.group() : null);
  }

  /**
   * A patient reads the sentence without its guideline basis ("(NICE 2022)"), which the citation
   * and its quote still carry; the sentence keeps its full stop so it reads as one.
   */
  static String plain(String text) {
    String s = BASIS.matcher(text).replaceFirst("").strip();
    if (s.isEmpty()) {
      return text;
    }
    char last = s.charAt(s.length() - 1);
    return last == '.' || last == '!' || last == '?' ? s : s + ".";
  }

  private static Reference reference(int n, Source s) {
    return new Reference(
        n,
        s.id(),
        s.kind(),
        s.title(),
        s.publisher(),
        s.year(),
        s.url(),
        s.pmid(),
        s.doi(),
        s.basis(),
        s.reviewStatus());
  }

  private Answer empty(
      Question question, AnswerStatus status, Emergency emergency, @Nullable String searched) {
    return new Answer(
        null,
        question.text(),
        question.audience(),
        status,
        emergency,
        null,
        List.of(),
        List.of(),
        Disclaimers.of(question.audience()),
        List.of(),
        clock.instant(),
        NAME,
        searched);
  }
}
