package org.galen.compose;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.galen.compose.context.PatientContext;
import org.galen.compose.context.PatientContextExtractor;
import org.galen.core.Audience;
import org.galen.core.Background;
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
import org.galen.core.frame.Ask;
import org.galen.core.frame.FrameConcept;
import org.galen.core.frame.QuestionFrame;
import org.galen.retrieve.Retrieval;
import org.galen.retrieve.Retriever;
import org.galen.retrieve.SourceMatch;
import org.galen.retrieve.topic.TopicIdentity;
import org.galen.understand.frame.Framer;
import org.galen.understand.frame.Population;
import org.galen.understand.terminology.Terminology;
import org.galen.understand.triage.Assessment;
import org.galen.understand.triage.Triage;
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

  /**
   * A statement's trailing basis, e.g. " (NICE 2022; ACR 2019).", or a NICE guidance number for a
   * year (" (NICE NG133)").
   */
  private static final Pattern BASIS =
      Pattern.compile(
          "\\s*\\([^()]*(\\b(19|20)\\d\\d|\\bNICE [A-Z]{2,3}\\d+\\b)[^()]*\\)\\s*\\.?\\s*$");

  private final Library library;
  private final Retriever retriever;
  private final Triage triage;
  private final Framer framer;
  private final Terminology terminology;
  private final TopicIdentity identity;
  private final PatientContextExtractor patients;
  private final ComposerConfig config;
  private final AskFocus asks = AskFocus.bundled();
  private final Clock clock;

  public ExtractiveComposer(
      Library library,
      Retriever retriever,
      Triage triage,
      Framer framer,
      Terminology terminology,
      PatientContextExtractor patients,
      ComposerConfig config,
      Clock clock) {
    this.library = library;
    this.retriever = retriever;
    this.triage = triage;
    this.framer = framer;
    this.terminology = terminology;
    this.identity = new TopicIdentity(terminology);
    this.patients = patients;
    this.config = config;
    this.clock = clock;
  }

  @Override
  public Answer answer(Question question) {
    // what the question is, decided before anything is searched; triage embeds the question with
    // its own model on a virtual thread while the frame is read here
    Background<Assessment> triaged =
        Background.start("triage", () -> triage.assess(question.text(), question.previous()));
    QuestionFrame frame = framer.frame(question.text(), question.previous());
    Assessment assessed = triaged.join();
    if (!assessed.health()) {
      return empty(question, AnswerStatus.OUT_OF_SCOPE, Emergency.NONE, null);
    }
    Emergency emergency = assessed.alert(question.audience(), triage.config().locale());
    Retrieval retrieval = retriever.retrieve(withoutAbsent(question, frame));
    About about = about(retrieval, frame, question.text());
    List<SourceMatch> chosen = choose(about.matches(), about.identified());
    if (chosen.isEmpty()) {
      return empty(
              question,
              AnswerStatus.INSUFFICIENT_EVIDENCE,
              emergency,
              searched(retrieval) + about.note())
          .withFrame(frame);
    }
    if (emergency.detected()) {
      return urgent(question, emergency, retrieval, chosen.getFirst()).withFrame(frame);
    }
    return compose(question, frame, emergency, retrieval, chosen, about.parent());
  }

  /** The question as {@link #answer} searches it, for showing how sources matched it. */
  public Question searched(Question question) {
    return withoutAbsent(question, framer.frame(question.text(), question.previous()));
  }

  /**
   * The question as searched: a condition it says is absent ("no dysphagia, no anaemia") is not
   * searched for, or a reflux question is answered from the anaemia topic. Only a mention right
   * after a word that denies it goes ("Suspected DVT, Wells 0 (DVT unlikely)" keeps both); the
   * frame still keeps the condition as absent for the patient.
   */
  static Question withoutAbsent(Question question, QuestionFrame frame) {
    String text = question.text();
    for (FrameConcept c : frame.concepts()) {
      if (!c.negated() || !Framer.topical(c) || c.text().isBlank()) {
        continue;
      }
      java.util.regex.Matcher m =
          Pattern.compile(
                  "(?<![\\p{L}\\p{N}])" + Pattern.quote(c.text()) + "(?![\\p{L}\\p{N}])",
                  Pattern.CASE_INSENSITIVE)
              .matcher(text);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        boolean denied = DENIED.matcher(text.substring(0, m.start())).find();
        m.appendReplacement(
            out, denied ? " " : java.util.regex.Matcher.quoteReplacement(m.group()));
      }
      m.appendTail(out);
      text = out.toString();
    }
    return text.equals(question.text())
        ? question
        : new Question(text, question.audience(), question.previous());
  }

  /** A word that denies what follows it, a few words before ("no wt loss, no vomiting"). */
  private static final Pattern DENIED =
      Pattern.compile(
          "\\b(no|not|without|denies|denied|negative for|nil|absent)\\b[^.;:()?!]{0,25}$",
          Pattern.CASE_INSENSITIVE);

  /**
   * The candidate sources that are about what was asked (topic identity), and what to tell the
   * reader: that a broader topic was used, or that none is about the asked condition and which
   * comes closest. {@code identified}: the sources the frame itself points at (the asked disease by
   * the terminology, or the source that discusses an asked drug most), which need fewer of the
   * question's words: the words of the ask ("side effects", "which doctor") are not the topic's.
   */
  private record About(
      List<SourceMatch> matches, String note, @Nullable String parent, Set<String> identified) {}

  private About about(Retrieval retrieval, QuestionFrame frame, String question) {
    if (frame.asked().isEmpty()) {
      // "how should I take alendronate": the drug is the patient's, and what is asked about
      Set<String> identified = new HashSet<>();
      discussesMost(retrieval.sources(), drugsAsked(frame)).ifPresent(identified::add);
      return new About(retrieval.sources(), "", null, identified);
    }
    List<SourceMatch> kept = new ArrayList<>();
    Set<String> identified = new HashSet<>();
    String parent = null;
    Source closest = null;
    for (SourceMatch m : retrieval.sources()) {
      Source s = library.source(m.sourceId()).orElse(null);
      if (s == null) {
        continue;
      }
      TopicIdentity.Relation r = identity.relate(s, frame.asked());
      if (r.answers() || identity.namesApart(question, s, frame)) {
        kept.add(m);
        if (r.identified()) {
          identified.add(m.sourceId());
        }
        if (r instanceof TopicIdentity.Relation.Parent p && parent == null && kept.size() == 1) {
          parent =
              p.asked() + " is a kind of " + p.broader() + "; this answer is about " + p.broader();
        }
      } else if (closest == null) {
        closest = s;
      }
    }
    if (!identity.checks(frame.asked())) {
      discussesMost(kept, drugsAsked(frame)).ifPresent(identified::add);
    }
    String asked = frame.asked().getFirst().name();
    String note =
        kept.isEmpty() && closest != null
            ? "; no source is about "
                + asked
                + "; did you mean "
                + closest.title()
                + " ("
                + closest.id()
                + ")?"
            : "";
    return new About(kept, note, parent, identified);
  }

  /**
   * The drugs of a question that names no disease the terminology checks sources against: every
   * drug it names (not as absent), by name or class, whatever role the drug has ("how should I take
   * my alendronate", "how long do I stay on alendronate").
   */
  private static List<Pattern> drugsAsked(QuestionFrame frame) {
    @Nullable Pattern named = drugNamed(frame);
    return named != null ? List.of(named) : List.of();
  }

  /** Passages a source needs naming an asked drug to be the drug's source. */
  private static final int MIN_DRUG_PASSAGES = 2;

  /**
   * The candidate that names the asked drugs in the most passages (at least {@value
   * #MIN_DRUG_PASSAGES}): a question about a drug alone ("side effects of alendronate?") is
   * answered from the topic that discusses it most, osteoporosis here.
   */
  private Optional<String> discussesMost(List<SourceMatch> candidates, List<Pattern> drugs) {
    if (drugs.isEmpty()) {
      return Optional.empty();
    }
    String best = null;
    long most = MIN_DRUG_PASSAGES - 1;
    for (SourceMatch m : candidates) {
      long n =
          library.passages(m.sourceId()).stream()
              .filter(p -> drugs.stream().anyMatch(d -> d.matcher(p.text()).find()))
              .count();
      if (n > most) {
        most = n;
        best = m.sourceId();
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The answer as it would be without triage and scope (every question searched, no alert) and,
   * unless {@code framed}, without the question frame (no topic identity, no patient, no ask). Only
   * for measuring what they add to an answer's time ({@code galen bench --compare-triage}).
   */
  public Answer answerUntriaged(Question question, boolean framed) {
    QuestionFrame frame =
        framed ? framer.frame(question.text(), question.previous()) : QuestionFrame.NONE;
    Retrieval retrieval = retriever.retrieve(withoutAbsent(question, frame));
    About about = about(retrieval, frame, question.text());
    List<SourceMatch> chosen = choose(about.matches(), about.identified());
    if (chosen.isEmpty()) {
      return empty(
          question, AnswerStatus.INSUFFICIENT_EVIDENCE, Emergency.NONE, searched(retrieval));
    }
    return compose(question, frame, Emergency.NONE, retrieval, chosen, about.parent());
  }

  /** The labels of an abstract's parts that say what the study found. */
  private static final Pattern FINDINGS =
      Pattern.compile(
          "result|conclusion|finding|interpretation|outcome|summary", Pattern.CASE_INSENSITIVE);

  /** A study's abstract rather than guidance: it answers through what it found, not its aims. */
  private boolean isResearch(String sourceId) {
    return library
        .source(sourceId)
        .map(
            s ->
                switch (s.kind()) {
                  case RCT, SYSTEMATIC_REVIEW, OBSERVATIONAL -> true;
                  default -> false;
                })
        .orElse(false);
  }

  /**
   * Whether a study's passage reports what it found: its results or conclusions, never its
   * background, objective or methods.
   */
  private static boolean findings(Passage p) {
    return p.group() != null && FINDINGS.matcher(p.group()).find();
  }

  /** Words that reassure: never said under an emergency alert. */
  private static final Pattern REASSURING =
      Pattern.compile(
          "\\b(reassur\\w*|most (people|cases|patients|episodes)\\b[^.]*\\b(settle|resolve|improve|recover|get better)\\w*|self-limiting|usually (settles|resolves|gets better)|no need (for|to))",
          Pattern.CASE_INSENSITIVE);

  /**
   * An answer under an emergency alert: the alert leads (the emergency's advice and what to do
   * while waiting); below it only the library's red flags for the topic, none that reassures. The
   * routine treatment of the same complaint is left out, so nothing on the page says to wait.
   */
  private Answer urgent(
      Question question, Emergency emergency, Retrieval retrieval, SourceMatch primary) {
    Audience audience = question.audience();
    Map<String, Integer> numbers = new LinkedHashMap<>();
    Map<String, Source> sources = new LinkedHashMap<>();
    List<Statement> flags = new ArrayList<>();
    for (Passage p : forAudience(library.passages(primary.sourceId()), audience)) {
      if (p.kind() == SectionKind.RED_FLAGS && !REASSURING.matcher(p.text()).find()) {
        Statement s = statement(new Pick(p), audience, numbers, sources, true);
        if (s != null) {
          flags.add(s);
        }
      }
    }
    if (flags.isEmpty()) {
      return empty(question, AnswerStatus.INSUFFICIENT_EVIDENCE, emergency, retrieval.searched());
    }
    List<Reference> references = new ArrayList<>();
    sources.forEach((id, source) -> references.add(reference(numbers.getOrDefault(id, 0), source)));
    return new Answer(
        null,
        question.text(),
        audience,
        AnswerStatus.ANSWERED,
        emergency,
        null,
        List.of(new Section(SectionKind.RED_FLAGS, SectionKind.RED_FLAGS.title(audience), flags)),
        references,
        Disclaimers.of(audience),
        List.of(),
        clock.instant(),
        NAME,
        null,
        PatientContext.NONE.describe(),
        0);
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
  private boolean supports(SourceMatch m, Set<String> identified) {
    if (m.topicStrength() >= 3 || identified.contains(m.sourceId())) {
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
  private List<SourceMatch> choose(List<SourceMatch> matches, Set<String> identified) {
    List<SourceMatch> eligible =
        matches.stream()
            .filter(m -> supports(m, identified))
            .sorted(
                Comparator.comparingInt(ExtractiveComposer::tier)
                    .thenComparing(m -> !identified.contains(m.sourceId()))
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
      // a topic named only in the patient's description (the CKD in "gout flare with stage 4 CKD")
      // shapes which statements lead; it does not bring its own treatment advice
      boolean comorbidityOnly = primary.namedBeforePatient() && !m.namedBeforePatient();
      if ((m.topicInQuestion() || m.topicInContext())
          && !comorbidityOnly
          && m.score() >= config.secondaryScoreRatio() * primary.score()) {
        out.add(m);
      }
    }
    return out;
  }

  private Answer compose(
      Question question,
      QuestionFrame frame,
      Emergency emergency,
      Retrieval retrieval,
      List<SourceMatch> chosen,
      @Nullable String parent) {
    Audience audience = question.audience();
    AskFocus.Focus focus = asks.of(frame.ask());
    // an ask read without confidence reorders nothing: the topic is shown as a general answer
    boolean sure = frame.askConfidence() >= SURE_OF_THE_ASK;
    List<SectionKind> intent = new ArrayList<>(Intent.of(question.text()));
    if (sure) {
      focus.sections().stream().filter(k -> !intent.contains(k)).forEach(intent::add);
    }
    Population population = new Population(frame.patient(), terminology);
    PatientContext context =
        patients
            .extract(question.text(), question.previous())
            .with(
                population::matches,
                population::contradicts,
                factor -> absent(frame, factor) || askedAbout(frame, factor),
                frame.patient().describe());
    // one answer analyzes the same statements many times (merging, disagreements): remember them
    Map<String, List<String>> analyzed = new HashMap<>();
    Function<String, List<String>> terms =
        text -> analyzed.computeIfAbsent(text, retriever.understanding()::terms);
    String primaryId = chosen.getFirst().sourceId();
    // statements for a group the patient is not in are left out
    boolean research = isResearch(primaryId);
    List<Passage> primary =
        forAudience(library.passages(primaryId), audience).stream()
            .filter(p -> !context.rulesOut(p))
            .filter(p -> !research || findings(p))
            .toList();
    Map<String, Double> scores = new HashMap<>();
    retrieval.hits().forEach(h -> scores.merge(h.passage().id(), h.score(), Math::max));

    // what the condition is does not answer what to do about it: such a statement is not led with
    List<Passage> leads = primary;
    if (ABOUT_DOING.contains(frame.ask()) && !WHAT_IS.matcher(question.text()).find()) {
      Source about = library.source(primaryId).orElse(null);
      List<Passage> doing = primary.stream().filter(p -> !saysWhatItIs(p, about)).toList();
      if (!doing.isEmpty()) {
        leads = doing;
      }
    }
    Passage bottom = sure ? focused(frame, focus, leads, context, scores) : null;
    if (bottom == null) {
      bottom = bottomLine(question.text(), leads, intent, context, scores);
    }
    Map<SectionKind, List<Pick>> bySection = new EnumMap<>(SectionKind.class);
    for (Passage p : primary) {
      if (!p.bottomLine() && p != bottom) {
        bySection.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(new Pick(p));
      }
    }
    if (!context.isEmpty()) {
      addCautions(primary, bottom, context, bySection);
    }
    bySection.replaceAll((kind, picks) -> lead(picks, context));
    bySection.replaceAll(
        (kind, picks) ->
            new ArrayList<>(
                picks.subList(0, Math.min(picks.size(), config.maxStatementsPerSection()))));
    addSecondary(chosen, retrieval, audience, context, bySection, terms);
    Set<String> topicWords = new HashSet<>();
    for (SourceMatch m : chosen) {
      library
          .source(m.sourceId())
          .ifPresent(src -> topicWords.addAll(retriever.understanding().terms(src.title())));
    }
    List<Pick> disagreements = Contradictions.find(bySection, terms, topicWords);

    List<SectionKind> order = new ArrayList<>();
    intent.stream().filter(bySection::containsKey).forEach(order::add);
    ORDER.stream().filter(k -> !order.contains(k) && bySection.containsKey(k)).forEach(order::add);

    Map<String, Integer> numbers = new LinkedHashMap<>();
    Map<String, Source> sources = new LinkedHashMap<>();
    Statement bottomLine =
        bottom == null ? null : statement(new Pick(bottom), audience, numbers, sources, false);
    List<Section> sections = new ArrayList<>();
    for (SectionKind kind : order) {
      List<Statement> statements = new ArrayList<>();
      for (Pick pick : bySection.getOrDefault(kind, List.of())) {
        Statement s = statement(pick, audience, numbers, sources, true);
        if (s != null) {
          statements.add(s);
        }
      }
      if (kind == SectionKind.EVIDENCE_QUALITY) {
        statements.addAll(
            disagreementStatements(disagreements, topicWords, audience, numbers, sources, terms));
      }
      if (!statements.isEmpty()) {
        sections.add(new Section(kind, kind.title(audience), statements));
      }
    }
    if (!bySection.containsKey(SectionKind.EVIDENCE_QUALITY) && !disagreements.isEmpty()) {
      List<Statement> statements =
          disagreementStatements(disagreements, topicWords, audience, numbers, sources, terms);
      if (!statements.isEmpty()) {
        sections.add(
            new Section(
                SectionKind.EVIDENCE_QUALITY,
                SectionKind.EVIDENCE_QUALITY.title(audience),
                statements));
      }
    }
    if (bottomLine == null && sections.isEmpty()) {
      return empty(question, AnswerStatus.INSUFFICIENT_EVIDENCE, emergency, retrieval.searched())
          .withFrame(frame);
    }
    if (bottomLine == null) {
      // an answer always has a bottom line: the first statement shown stands as one
      Section first = sections.getFirst();
      bottomLine = first.statements().getFirst();
      List<Statement> rest = first.statements().subList(1, first.statements().size());
      sections.set(0, new Section(first.kind(), first.title(), rest));
      sections.removeIf(x -> x.statements().isEmpty());
    }
    if (sure) {
      @Nullable Pattern drug = DRUG_ASKS.contains(frame.ask()) ? drugNamed(frame) : null;
      sections = fold(sections, intent, frame, audience, focus.cue(), drug);
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
        parent,
        context.describe(),
        0,
        frame);
  }

  /**
   * How sure the ask model must be before the answer is focused on the ask (its bottom line, the
   * fold): unsure, the whole topic is shown as before.
   */
  private static final double SURE_OF_THE_ASK = 0.7;

  /** Statements shown above the fold, for clinicians and for patients, unless asked for all. */
  private static final int ABOVE_FOLD_CLINICIAN = 12;

  private static final int ABOVE_FOLD_PATIENT = 8;

  /**
   * The sections that answer what was asked stay in view, within a budget of statements; the rest
   * of the topic is folded under "More about ..." (an overview question sees everything).
   */
  private static List<Section> fold(
      List<Section> sections,
      List<SectionKind> asked,
      QuestionFrame frame,
      Audience audience,
      @Nullable Pattern cue,
      @Nullable Pattern drug) {
    if (frame.overview()) {
      return sections;
    }
    int budget = audience == Audience.PATIENT ? ABOVE_FOLD_PATIENT : ABOVE_FOLD_CLINICIAN;
    List<Section> shown = new ArrayList<>();
    List<Section> folded = new ArrayList<>();
    // asked about a drug ("side effects of alendronate"), its own statements lead every section
    // and stay in view wherever filed, a red flag naming it too (that is one of its harms)
    Predicate<Statement> namesDrug = st -> drug != null && drug.matcher(st.text()).find();
    for (Section s : sections) {
      if (drug != null) {
        List<Statement> ordered = new ArrayList<>(s.statements());
        ordered.sort(Comparator.comparing(st -> !namesDrug.test(st)));
        s = new Section(s.kind(), s.title(), ordered, s.folded());
      }
      boolean wanted = asked.contains(s.kind());
      boolean flags = s.kind() == SectionKind.RED_FLAGS;
      if (!wanted && budget > 0 && (cue != null && !flags || drug != null)) {
        // a statement that says what was asked ("contagious", "side effects") stays in view
        // wherever the source filed it; the rest of its section is folded
        List<Statement> saying = new ArrayList<>();
        List<Statement> rest = new ArrayList<>();
        for (Statement st : s.statements()) {
          boolean says =
              namesDrug.test(st) || !flags && cue != null && cue.matcher(st.text()).find();
          (saying.size() < budget && says ? saying : rest).add(st);
        }
        if (!saying.isEmpty()) {
          shown.add(new Section(s.kind(), s.title(), saying));
          budget -= saying.size();
          if (!rest.isEmpty()) {
            folded.add(new Section(s.kind(), s.title(), rest, true));
          }
          continue;
        }
      }
      if (!wanted || budget <= 0) {
        folded.add(s.fold());
        continue;
      }
      int n = Math.min(budget, s.statements().size());
      shown.add(new Section(s.kind(), s.title(), s.statements().subList(0, n)));
      if (n < s.statements().size()) {
        folded.add(
            new Section(
                s.kind(), s.title(), s.statements().subList(n, s.statements().size()), true));
      }
      budget -= n;
    }
    List<Section> out = new ArrayList<>(shown);
    out.addAll(folded);
    return out;
  }

  /**
   * Whether a patient factor is the condition asked about ("72-year-old with HFrEF: which drugs?"):
   * every statement of the topic names it, so it tells none apart for this patient.
   */
  private static boolean askedAbout(QuestionFrame frame, String factor) {
    return frame.asked().stream()
        .filter(Framer::topical)
        .map(c -> c.name().toLowerCase(Locale.ROOT))
        .anyMatch(name -> name.contains(factor) || factor.contains(name));
  }

  /** Whether the question says the patient does not have a factor ("no diabetes"). */
  private static boolean absent(QuestionFrame frame, String factor) {
    return frame.patient().conditions().stream()
        .anyMatch(
            c ->
                c.negated()
                    && (c.name().contains(factor)
                        || factor.contains(c.name())
                        || factor.startsWith(c.name().split(" ")[0])));
  }

  /**
   * The statement that answers what was asked (a dose, a duration, a referral): in the ask's
   * sections, in order, the first that says it (its cue) and concerns the patient, else the first
   * that says it, best found by the search; null when the ask has no cue or nothing says it.
   */
  private static @Nullable Passage focused(
      QuestionFrame frame,
      AskFocus.Focus focus,
      List<Passage> passages,
      PatientContext context,
      Map<String, Double> scores) {
    if (focus.cue() == null) {
      return null;
    }
    Ask ask = frame.ask();
    // the drug asked about ("what dose of amoxicillin"): a statement naming it answers first
    @Nullable Pattern drug = drugNamed(frame);
    ToIntFunction<Passage> namesDrug = p -> drug != null && drug.matcher(p.text()).find() ? 1 : 0;
    // among statements that say what was asked: the one naming the drug, then the best found
    Comparator<Passage> answersBest =
        Comparator.comparingInt(namesDrug)
            .thenComparingDouble((Passage p) -> scores.getOrDefault(p.id(), 0.0))
            .thenComparing(p -> -p.position());
    // written for the patient's group (by more than sex, then by anything); naming the drug asked
    // about; naming the patient's factor
    List<Predicate<Passage>> ties =
        context.isEmpty()
            ? List.of(p -> namesDrug.applyAsInt(p) > 0, p -> true)
            : List.of(
                context::isForBeyondSex,
                context::isFor,
                p -> namesDrug.applyAsInt(p) > 0,
                context::concerns,
                p -> true);
    for (int t = 0; t < ties.size(); t++) {
      Predicate<Passage> tie = ties.get(t);
      // a statement written for the patient's group ("with penicillin allergy") answers a question
      // about what to give wherever the source files it (often under second line)
      List<SectionKind> kinds = new ArrayList<>(focus.sections());
      boolean forGroup = !context.isEmpty() && t < 2;
      if (forGroup && GIVING.contains(ask)) {
        TREATMENT_KINDS.stream().filter(k -> !kinds.contains(k)).forEach(kinds::add);
      }
      for (SectionKind kind : kinds) {
        // a red flag answers only "whom should I see"; elsewhere it would alarm, not answer
        if (kind == SectionKind.RED_FLAGS && ask != Ask.WHICH_CLINICIAN) {
          continue;
        }
        Optional<Passage> best =
            passages.stream()
                .filter(p -> p.kind() == kind && focus.cue().matcher(p.text()).find())
                .filter(tie)
                .max(answersBest);
        if (best.isPresent()) {
          return best.get();
        }
      }
    }
    // "apixaban or warfarin?": a statement naming the drugs compared answers, though it says "most
    // people take a newer type, not warfarin" rather than "better than"; the more of them it
    // names, the better
    @Nullable Pattern compared = ask == Ask.COMPARISON ? drugNamed(frame, false) : null;
    if (compared != null) {
      ToIntFunction<Passage> namesCompared =
          p ->
              (int)
                  compared
                      .matcher(p.text())
                      .results()
                      .map(r -> r.group(1).toLowerCase(Locale.ROOT))
                      .distinct()
                      .count();
      for (SectionKind kind : focus.sections()) {
        Optional<Passage> best =
            passages.stream()
                .filter(p -> p.kind() == kind && namesCompared.applyAsInt(p) > 0)
                .max(Comparator.comparingInt(namesCompared).thenComparing(answersBest));
        if (best.isPresent()) {
          return best.get();
        }
      }
    }
    // no section the ask points to says it: a statement that does, wherever the source filed it
    // (a red flag only for "whom should I see")
    return passages.stream()
        .filter(p -> p.kind() != SectionKind.RED_FLAGS || ask == Ask.WHICH_CLINICIAN)
        .filter(p -> !p.bottomLine() && focus.cue().matcher(p.text()).find())
        .max(answersBest)
        .orElse(null);
  }

  /** The asks answered by what to do, which a statement of what the condition is does not say. */
  private static final Set<Ask> ABOUT_DOING =
      EnumSet.of(
          Ask.TREATMENT,
          Ask.NEXT_STEP,
          Ask.DRUG_CHOICE,
          Ask.DOSE,
          Ask.DURATION,
          Ask.HOW_TO_TAKE,
          Ask.SIDE_EFFECTS,
          Ask.INTERACTIONS,
          Ask.SAFETY,
          Ask.PREVENTION,
          Ask.COMPARISON,
          Ask.WHICH_CLINICIAN);

  private static final Pattern WHAT_IS =
      Pattern.compile("\\bwhat (is|are|'s)\\b|\\bmean", Pattern.CASE_INSENSITIVE);

  /** A statement's subject, when it opens by saying what something is ("Angina is chest pain"). */
  private static final Pattern IS_OPENING =
      Pattern.compile("^([\\p{L}][\\p{L}\\p{N}.'’-]*(?: [\\p{L}\\p{N}.'’-]+){0,5}?) (?:is|are) ");

  /** Words of what to do: a statement with any of them tells more than what a condition is. */
  private static final Pattern DOING =
      Pattern.compile(
          "\\b(treat\\w*|manag\\w*|start\\w*|offer\\w*|use|using|take|taking|give|giving|tablets?"
              + "|pills?|medicines?|drugs?|antibiotics?|therap\\w*|exercis\\w*|surgery)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * Whether a statement only says what the source's condition is: it opens with words of the
   * source's title as its subject ("Angina is chest pain when your heart muscle lacks blood", from
   * "Stable angina and chronic coronary syndrome") and says nothing of what to do. A source's own
   * bottom line never counts.
   */
  static boolean saysWhatItIs(Passage p, @Nullable Source source) {
    if (source == null || p.bottomLine() || DOING.matcher(p.text()).find()) {
      return false;
    }
    java.util.regex.Matcher m = IS_OPENING.matcher(p.text());
    if (!m.find()) {
      return false;
    }
    String title =
        " " + source.title().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}'’]+", " ") + " ";
    return title.contains(" " + m.group(1).toLowerCase(Locale.ROOT) + " ");
  }

  /** The asks about a medicine itself: with a drug named, statements naming it answer them. */
  private static final Set<Ask> DRUG_ASKS =
      EnumSet.of(Ask.DOSE, Ask.HOW_TO_TAKE, Ask.SIDE_EFFECTS, Ask.INTERACTIONS, Ask.SAFETY);

  /**
   * The drugs the question names (not as absent), by the words it used, their names and their
   * classes ("alendronate", "bisphosphonate"), as a whole-word pattern that takes a plural; null
   * when it names none.
   */
  static @Nullable Pattern drugNamed(QuestionFrame frame) {
    return drugNamed(frame, true);
  }

  /** The drugs the question names, with their classes or by their own names only. */
  static @Nullable Pattern drugNamed(QuestionFrame frame, boolean classes) {
    Set<String> names = new LinkedHashSet<>();
    for (FrameConcept c : frame.concepts()) {
      if (!c.kind().equals("drug") || c.negated()) {
        continue;
      }
      names.add(c.text());
      names.add(c.name());
      for (FrameConcept.Parent p : classes ? c.parents() : List.<FrameConcept.Parent>of()) {
        // a class goes by its name and its abbreviation: "proton pump inhibitor (PPI)"
        for (String n : p.name().split("[()]")) {
          if (!n.isBlank()) {
            names.add(n.strip());
          }
        }
      }
    }
    if (names.isEmpty()) {
      return null;
    }
    String alternatives =
        names.stream()
            .map(n -> n.toLowerCase(Locale.ROOT))
            .distinct()
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));
    return Pattern.compile(
        "\\b(" + alternatives + ")(e?s)?\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The asks answered by what to give. */
  private static final Set<Ask> GIVING = EnumSet.of(Ask.TREATMENT, Ask.DRUG_CHOICE, Ask.NEXT_STEP);

  private static final Pattern TREATMENT_QUESTION =
      Pattern.compile(
          "\\b(treat\\w*|manag\\w*|therap\\w*|drugs?|medication\\w*|medicines?|what (can|should) (i|we) (do|take|give))\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Set<SectionKind> TREATMENT_KINDS =
      EnumSet.of(
          SectionKind.FIRST_LINE,
          SectionKind.SECOND_LINE,
          SectionKind.THIRD_LINE,
          SectionKind.SELF_CARE,
          SectionKind.MONITORING,
          SectionKind.PREVENTION);

  /** Words that mark a statement as a caution: what to avoid or adjust. */
  private static final Pattern CAUTION =
      Pattern.compile(
          "\\b(avoid|do not|don't|not recommended|contraindicat\\w*|caution|reduce the dose|reduced dose|lower dose|dose[- ]adjust\\w*|ask first|check with)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * Cautions that apply to the patient described (e.g. "avoid NSAIDs in CKD stage 4-5"), wherever
   * the source puts them, lead the pitfalls section.
   */
  private static void addCautions(
      List<Passage> passages,
      @Nullable Passage bottom,
      PatientContext context,
      Map<SectionKind, List<Pick>> bySection) {
    List<Pick> pitfalls = bySection.computeIfAbsent(SectionKind.PITFALLS, k -> new ArrayList<>());
    Set<String> present = new HashSet<>();
    pitfalls.forEach(p -> present.add(p.lead().text()));
    List<Pick> cautions = new ArrayList<>();
    for (Passage p : passages) {
      if (p.kind() != SectionKind.PITFALLS
          && !p.bottomLine()
          && context.concerns(p)
          && CAUTION.matcher(p.text()).find()
          && present.add(p.text())) {
        cautions.add(new Pick(p));
      }
    }
    pitfalls.addAll(0, cautions);
    if (pitfalls.isEmpty()) {
      bySection.remove(SectionKind.PITFALLS);
    }
  }

  /**
   * Puts the statements that concern the patient first, keeping sub-groups together and the
   * source's own order otherwise.
   */
  private static List<Pick> lead(List<Pick> picks, PatientContext context) {
    if (context.isEmpty()) {
      return picks;
    }
    Map<String, Boolean> groupConcerns = new LinkedHashMap<>();
    for (Pick p : picks) {
      groupConcerns.merge(
          String.valueOf(p.lead().group()), context.concerns(p.lead()), Boolean::logicalOr);
    }
    List<Pick> out = new ArrayList<>(picks);
    out.sort(
        Comparator.comparing(
                (Pick p) -> !groupConcerns.getOrDefault(String.valueOf(p.lead().group()), false))
            .thenComparing(p -> !context.isFor(p.lead()))
            .thenComparing(p -> !context.concerns(p.lead())));
    return out;
  }

  private List<Statement> disagreementStatements(
      List<Pick> disagreements,
      Set<String> topicWords,
      Audience audience,
      Map<String, Integer> numbers,
      Map<String, Source> sources,
      Function<String, List<String>> terms) {
    List<Statement> out = new ArrayList<>();
    // one disagreement per intervention: five pairs of quotes about opioids say it once
    Set<String> said = new HashSet<>();
    for (Pick d : disagreements) {
      String topic = Contradictions.topicOf(d, terms, topicWords);
      if (said.contains(topic)) {
        continue;
      }
      Statement quoted = statement(d, audience, numbers, sources, false);
      if (quoted == null || quoted.citations().size() < 2) {
        continue;
      }
      said.add(topic);
      String text =
          String.format(
              Locale.ROOT,
              audience == Audience.PATIENT
                  ? "The sources do not agree about %s. One suggests it [%d] and another advises against it [%d]. Ask your doctor."
                  : "Sources disagree on %s: one recommends it [%d], another advises against it [%d]; weigh both.",
              topic,
              quoted.citations().get(0),
              quoted.citations().get(1));
      out.add(new Statement(text, quoted.citations(), quoted.evidence(), null));
    }
    return out;
  }

  /**
   * Passages of other sources that the search ranked well, a few per section. One that says what a
   * statement already says is cited beside it instead of repeating it.
   */
  private void addSecondary(
      List<SourceMatch> chosen,
      Retrieval retrieval,
      Audience audience,
      PatientContext context,
      Map<SectionKind, List<Pick>> bySection,
      Function<String, List<String>> terms) {
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
          || !suits(p, audience)
          || context.rulesOut(p)
          || isResearch(p.sourceId()) && !findings(p)) {
        continue;
      }
      List<Pick> picks = bySection.computeIfAbsent(p.kind(), k -> new ArrayList<>());
      Optional<Pick> same = Similarity.mostSimilar(picks, p, terms, config.mergeSimilarity());
      if (same.isPresent()) {
        if (same.get().support().stream().noneMatch(x -> x.sourceId().equals(p.sourceId()))
            && !same.get().lead().sourceId().equals(p.sourceId())) {
          same.get().support().add(p);
        }
        continue;
      }
      int n = added.getOrDefault(p.kind(), 0);
      if (n < config.maxSecondaryPerSection()) {
        added.put(p.kind(), n + 1);
        picks.add(new Pick(p));
      }
    }
    bySection.values().removeIf(List::isEmpty);
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
   * The statement that answers the question most directly: for a described patient, the first
   * statement of the asked-about section that concerns them; else the lead of the section the
   * question asks about; else the passage the search found far more relevant than the source's own
   * bottom line (a specific question about a dose or a drug); else that bottom line.
   */
  private @Nullable Passage bottomLine(
      String question,
      List<Passage> passages,
      List<SectionKind> intent,
      PatientContext context,
      Map<String, Double> scores) {
    List<SectionKind> asked = intent.isEmpty() ? List.of(SectionKind.FIRST_LINE) : intent;
    // a question about treatment is answered by treatment advice, not by a diagnostic aside
    boolean aboutTreatment = TREATMENT_QUESTION.matcher(question).find();
    if (!context.isEmpty()) {
      // a statement written for this patient's group first, then one that names their factor; for
      // a question about treatment, one written for the group wherever the source files it
      List<SectionKind> forGroup = new ArrayList<>(asked);
      if (aboutTreatment || asked.stream().anyMatch(TREATMENT_KINDS::contains)) {
        TREATMENT_KINDS.stream().filter(k -> !forGroup.contains(k)).forEach(forGroup::add);
      }
      Optional<Passage> concerning =
          firstIn(passages, forGroup, context::isFor)
              .or(() -> firstIn(passages, asked, context::concerns));
      if (concerning.isPresent()) {
        return concerning.get();
      }
    }
    // the part of the topic the question's own words ask for ("if that fails", "red flags"); an
    // ask without such words (a treatment question) is answered by the source's own bottom line
    for (SectionKind kind : Intent.of(question)) {
      Optional<Passage> lead =
          passages.stream().filter(p -> !p.bottomLine() && p.kind() == kind).findFirst();
      if (lead.isPresent() && kind != SectionKind.SELF_CARE) {
        return lead.get();
      }
    }
    Optional<Passage> own = passages.stream().filter(Passage::bottomLine).findFirst();
    Optional<Passage> best =
        passages.stream()
            .filter(p -> !p.bottomLine() && scores.containsKey(p.id()))
            .filter(p -> !aboutTreatment || TREATMENT_KINDS.contains(p.kind()))
            .max(
                Comparator.comparingDouble((Passage p) -> scores.getOrDefault(p.id(), 0.0))
                    .thenComparing(p -> -p.position()));
    if (best.isPresent()) {
      double ownScore = own.map(p -> scores.getOrDefault(p.id(), 0.0)).orElse(0.0);
      if (own.isEmpty()
          || scores.getOrDefault(best.get().id(), 0.0) >= config.directAnswerRatio() * ownScore) {
        return best.get();
      }
    }
    return own.or(
            () -> passages.stream().filter(p -> p.kind() == SectionKind.FIRST_LINE).findFirst())
        .orElse(null);
  }

  /** The first statement, section by section in the order given, that the test accepts. */
  private static Optional<Passage> firstIn(
      List<Passage> passages, List<SectionKind> kinds, Predicate<Passage> test) {
    for (SectionKind kind : kinds) {
      Optional<Passage> first =
          passages.stream()
              .filter(p -> !p.bottomLine() && p.kind() == kind && test.test(p))
              .findFirst();
      if (first.isPresent()) {
        return first;
      }
    }
    return Optional.empty();
  }

  /**
   * A statement from a pick: the lead's text, citing the lead's source and every supporting source,
   * each with its own verbatim quote.
   */
  private @Nullable Statement statement(
      Pick pick,
      Audience audience,
      Map<String, Integer> numbers,
      Map<String, Source> sources,
      boolean grouped) {
    List<Integer> citations = new ArrayList<>();
    List<Evidence> evidence = new ArrayList<>();
    List<Passage> all = new ArrayList<>();
    all.add(pick.lead());
    all.addAll(pick.support());
    for (Passage p : all) {
      Source source = sources.get(p.sourceId());
      if (source == null) {
        source = library.source(p.sourceId()).orElse(null);
      }
      // the quote must stand verbatim in the source text a reader can fetch; never cite otherwise
      if (source == null
          || !source.text().regionMatches(p.start(), p.text(), 0, p.text().length())) {
        if (p == pick.lead()) {
          return null;
        }
        continue;
      }
      sources.putIfAbsent(source.id(), source);
      int n = numbers.computeIfAbsent(source.id(), id -> numbers.size() + 1);
      if (!citations.contains(n)) {
        citations.add(n);
        evidence.add(new Evidence(n, p.text()));
      }
    }
    Passage lead = pick.lead();
    String text = audience == Audience.PATIENT ? plain(lead.text()) : lead.text();
    return new Statement(text, citations, evidence, grouped ? lead.group() : null);
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
        searched,
        PatientContext.NONE.describe(),
        0);
  }
}
