package org.galen.understand.triage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.galen.index.Embedder;
import org.galen.understand.context.ConText;
import org.galen.understand.context.Finding;
import org.galen.understand.facts.Measures;
import org.galen.understand.facts.Vitals;
import org.galen.understand.terminology.Concept;
import org.galen.understand.terminology.Mention;
import org.galen.understand.terminology.Terminology;
import org.galen.understand.text.Word;
import org.galen.understand.text.Words;

/**
 * Decides, before anything is searched, whether a question is about health and whether it describes
 * an emergency happening now. Three signals, combined by a rule one can follow:
 *
 * <ol>
 *   <li><b>Nearest exemplars</b>: the question's sentence vector (and the conversation's) against
 *       the {@link ExemplarBank}. An emergency is a candidate when its exemplars are nearer, by
 *       {@link TriageConfig#margin}, than those of every other label: its own look-alikes, the
 *       other emergencies' look-alikes, ordinary health questions and other subjects.
 *   <li><b>Concepts</b>: when the question names the emergency's own concept as happening now, a
 *       smaller margin suffices ({@link TriageConfig#conceptMargin}). One published rule stands on
 *       its own: a temperature of 38 °C or more in a baby under 3 months (NICE NG143, red).
 *   <li><b>Context</b> (ConText): no emergency is raised when the question only asks what to look
 *       out for, when every finding it names is absent, past or hypothetical, or when the
 *       emergency's own concept is named only as past, absent or hypothetical ("I had a stroke two
 *       years ago"). A relative's emergency happening now is still one.
 * </ol>
 *
 * Scope: a question naming a medical concept is a health question unless its vector is clearly
 * nearer questions about other subjects that borrow medical words; one naming none is a health
 * question when it is near enough to health questions.
 */
public final class Triage {
  /** NICE NG143: a temperature of 38 °C or more in an infant under 3 months is high risk. */
  private static final double INFANT_DAYS = 90;

  private static final double FEVER_CELSIUS = 38.0;
  private static final String INFANT_FEVER = "infant-fever";

  /**
   * An ectopic pregnancy presents in the first trimester (NICE NG126): past 16 weeks, pain in
   * pregnancy is something else.
   */
  private static final String ECTOPIC = "ectopic-pregnancy";

  private static final double ECTOPIC_WEEKS = 16;

  private static final String NEAREST = "nearest exemplar";

  /** More alarms than this at once tell a reader nothing. */
  private static final int MAX_ALARMS = 3;

  private final EmergencyCatalogue catalogue;
  private final Terminology terminology;
  private final ConText context;
  private final ExemplarBank bank;
  private final Embedder embedder;
  private final TriageConfig config;

  /** Everyday words of health and health care ({@code health-words.txt}), normalized. */
  private final Set<String> healthWords;

  /** Phrases only questions about health use ({@code health-phrases.txt}), normalized. */
  private final List<List<String>> healthPhrases;

  /** Words that put a person in a question ({@code person-words.txt}). */
  private final Set<String> personWords;

  /** Openings of questions about a condition in general; {@code !} marks the exceptions. */
  private final List<List<String>> openings;

  /** Per emergency, the findings its own exemplars name far more often than its look-alikes'. */
  private final Map<String, Set<String>> keyFindings;

  /** Each emergency's abbreviations ({@link EmergencyCondition#acronyms}), to its ids. */
  private final Map<String, List<String>> acronyms;

  public Triage(
      EmergencyCatalogue catalogue,
      Terminology terminology,
      ConText context,
      ExemplarBank bank,
      Embedder embedder,
      TriageConfig config) {
    this.catalogue = catalogue;
    this.terminology = terminology;
    this.context = context;
    this.bank = bank;
    this.embedder = embedder;
    this.config = config;
    catalogue.locale(config.locale());
    this.healthWords = new java.util.HashSet<>();
    for (String line : lines("health-words.txt")) {
      for (String w : line.split("\\s+")) {
        healthWords.add(Words.normalize(w));
      }
    }
    this.healthPhrases =
        lines("health-phrases.txt").stream()
            .map(l -> Words.of(l).stream().map(Word::norm).toList())
            .toList();
    this.personWords = new java.util.HashSet<>();
    for (String line : lines("person-words.txt")) {
      personWords.addAll(List.of(line.split("\\s+")));
    }
    this.openings =
        lines("informational-openings.txt").stream().map(l -> List.of(l.split("\\s+"))).toList();
    this.keyFindings = keyFindings();
    Map<String, List<String>> abbreviations = new HashMap<>();
    for (EmergencyCondition c : catalogue.conditions()) {
      c.acronyms()
          .forEach(a -> abbreviations.computeIfAbsent(a, k -> new ArrayList<>()).add(c.id()));
    }
    this.acronyms = Map.copyOf(abbreviations);
  }

  private boolean healthPhrase(List<Word> words) {
    for (List<String> phrase : healthPhrases) {
      for (int i = 0; i + phrase.size() <= words.size(); i++) {
        boolean match = true;
        for (int k = 0; match && k < phrase.size(); k++) {
          match = words.get(i + k).norm().equals(phrase.get(k));
        }
        if (match) {
          return true;
        }
      }
    }
    return false;
  }

  private static final Set<String> NUMBERED =
      Set.of("type", "class", "grade", "stage", "phase", "factor", "part", "group", "level");

  private static List<String> lines(String resource) {
    try (java.io.InputStream in = Triage.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new org.galen.core.GalenException("the triage list " + resource + " is missing");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .map(l -> l.toLowerCase(Locale.ROOT))
          .toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Whether the text asks about a condition in general: it opens like such a question and names no
   * person, states no age and gives no vital signs.
   */
  private boolean general(List<Word> words, List<Mention> mentions, boolean measured) {
    if (measured) {
      return false;
    }
    boolean[] named = new boolean[words.size()];
    for (Mention m : mentions) {
      if (clinical(m)) {
        java.util.Arrays.fill(named, m.first(), m.last() + 1, true);
      }
    }
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i).lower();
      // "type I", "stage I": a numeral, not the asker; a disease's name names no one
      boolean numeral = w.equals("i") && i > 0 && NUMBERED.contains(words.get(i - 1).lower());
      if (personWords.contains(w) && !numeral && !named[i]) {
        return false;
      }
    }
    for (List<String> opening : openings) {
      boolean exception = opening.getFirst().startsWith("!");
      List<String> ws =
          exception ? List.of(String.join(" ", opening).substring(1).split(" ")) : opening;
      boolean matches = ws.size() <= words.size();
      for (int i = 0; matches && i < ws.size(); i++) {
        matches = words.get(i).lower().equals(ws.get(i));
      }
      if (matches) {
        return !exception;
      }
    }
    return false;
  }

  /**
   * The findings that mark each emergency, learnt from the exemplars: a concept named as happening
   * now in at least {@value #KEY_MIN} of an emergency's exemplars, and in a share of them at least
   * {@value #KEY_RATIO} times its share among the look-alikes' (where it is named as happening
   * now). Back pain is in both cauda equina and its look-alikes; saddle numbness only in the first.
   */
  private Map<String, Set<String>> keyFindings() {
    Map<String, Set<String>> out = new HashMap<>();
    for (EmergencyCondition c : catalogue.conditions()) {
      List<String> em = bank.texts("emergency:" + c.id());
      List<String> look = bank.texts("lookalike:" + c.id());
      Map<String, Integer> inEm = currentConcepts(em);
      Map<String, Integer> inLook = currentConcepts(look);
      Set<String> keys = new java.util.TreeSet<>();
      inEm.forEach(
          (id, n) -> {
            double share = (double) n / em.size();
            double lookShare = (double) inLook.getOrDefault(id, 0) / Math.max(1, look.size());
            if (n >= KEY_MIN && share >= KEY_RATIO * lookShare) {
              keys.add(id);
            }
          });
      out.put(c.id(), keys);
    }
    return out;
  }

  private static final int KEY_MIN = 3;
  private static final double KEY_RATIO = 2.0;

  /** How many of the texts name each clinical concept as happening now. */
  private Map<String, Integer> currentConcepts(List<String> texts) {
    Map<String, Integer> out = new HashMap<>();
    for (String text : texts) {
      List<Word> words = Words.of(text);
      ConText.Annotated a = context.annotate(text, words);
      Set<String> seen = new java.util.HashSet<>();
      for (Mention m : terminology.matcher().find(text, words)) {
        Finding f = a.finding(m);
        if (f.current() && clinical(f) && !abbreviation(m, words)) {
          seen.addAll(m.conceptIds());
        }
      }
      seen.forEach(id -> out.merge(id, 1, Integer::sum));
    }
    return out;
  }

  /**
   * Whether a mention is a short abbreviation: one word written in capitals ({@link
   * Word#capitals}), five characters at most. Clinicians' shorthand reuses them for other things:
   * "LMP 7/40" is a last menstrual period, not MedQuAD's lethal multiple pterygium syndrome. Such a
   * mention says too little to mark an emergency.
   */
  private static boolean abbreviation(Mention m, List<Word> words) {
    return m.first() == m.last() && words.get(m.first()).capitals() && m.text().length() <= 5;
  }

  /** The key findings learnt for an emergency, for {@code eval triage} to show. */
  public Set<String> keyFindings(String conditionId) {
    return keyFindings.getOrDefault(conditionId, Set.of());
  }

  public TriageConfig config() {
    return config;
  }

  public EmergencyCatalogue catalogue() {
    return catalogue;
  }

  public Assessment assess(String question, List<String> previous) {
    return decide(gather(question, previous), config);
  }

  /** What the signals say about one text: the question, or the conversation ending with it. */
  record Reading(
      String text,
      ExemplarBank.Similarities similarities,
      List<ExemplarBank.Similarities> sentences,
      List<Finding> findings,
      boolean awareness,
      OptionalDouble ageDays,
      OptionalDouble celsius,
      OptionalDouble gestationWeeks,
      Vitals vitals,
      boolean general,
      List<String> medicalWords,
      List<String> healthWords,
      boolean healthPhrase,
      @org.jspecify.annotations.Nullable String onlyAbout,
      Set<String> abbreviatedNow) {}

  /** The signals of a question and of its conversation; {@link #decide} weighs them. */
  record Evidence(Reading question, Reading conversation) {}

  Evidence gather(String question, List<String> previous) {
    Reading q = read(question);
    Reading conversation = previous.isEmpty() ? q : read(previous.getLast() + "\n" + question);
    return new Evidence(q, conversation);
  }

  /** A sentence read on its own only when it has at least this many words. */
  private static final int MIN_SENTENCE_WORDS = 4;

  private Reading read(String text) {
    List<Word> words = Words.of(text);
    List<Mention> mentions = terminology.matcher().find(text, words);
    ConText.Annotated annotated = context.annotate(text, words);
    List<Finding> findings = new ArrayList<>();
    for (Mention m : mentions) {
      findings.add(annotated.finding(m));
    }
    OptionalDouble age = Measures.ageInDays(text);
    OptionalDouble celsius = Measures.temperatureCelsius(text);
    OptionalDouble gestation = Measures.gestationWeeks(text);
    // as passages, like the exemplars (a query would get BGE's search instruction); the question on
    // its own, since in a batch the int8 model's vectors shift a little with the other texts
    List<String> parts = sentences(text, words, annotated);
    return new Reading(
        text,
        bank.compare(embedder.embedPassages(List.of(text)).getFirst(), config.neighbours()),
        parts.isEmpty()
            ? List.of()
            : embedder.embedPassages(parts).stream()
                .map(v -> bank.compare(v, config.neighbours()))
                .toList(),
        findings,
        awareness(annotated, words, findings),
        age,
        celsius,
        gestation,
        Vitals.of(text),
        general(words, mentions, age.isPresent() || celsius.isPresent() || gestation.isPresent()),
        terminology.matcher().medicalWords(words).stream().map(Word::lower).distinct().toList(),
        words.stream().filter(w -> healthWords.contains(w.norm())).map(Word::lower).toList(),
        healthPhrase(words),
        onlyAbout(words, mentions),
        abbreviatedNow(text, words, annotated));
  }

  /**
   * The emergencies a text names now by an abbreviation of theirs, in capitals ("I think I'm going
   * into DKA"), unless negated, past or hypothetical.
   */
  private Set<String> abbreviatedNow(String text, List<Word> words, ConText.Annotated annotated) {
    Set<String> out = new java.util.HashSet<>();
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      if (!w.capitals()) {
        continue;
      }
      List<String> ids = acronyms.get(text.substring(w.start(), w.end()));
      if (ids != null && annotated.span(i, i).current()) {
        out.addAll(ids);
      }
    }
    return out;
  }

  /** The words a question uses to ask about something, whatever it is. */
  private static final Set<String> ASKING =
      Set.of(
          "what",
          "is",
          "are",
          "was",
          "about",
          "information",
          "info",
          "tell",
          "me",
          "do",
          "does",
          "you",
          "have",
          "has",
          "any",
          "on",
          "the",
          "a",
          "an",
          "of",
          "explain",
          "define",
          "definition",
          "meaning",
          "mean",
          "more",
          "please",
          "i",
          "want",
          "need",
          "to",
          "know",
          "learn",
          "can",
          "could",
          "give",
          "some");

  /**
   * The disease a question asks about and nothing else, or null: every word outside the names of
   * its concepts only asks ("What is (are) Plague?", "Do you have information about Lupus"). A name
   * that has an everyday sense too is a health question when nothing else is said.
   */
  private @org.jspecify.annotations.Nullable String onlyAbout(
      List<Word> words, List<Mention> mentions) {
    String about = null;
    boolean[] named = new boolean[words.size()];
    for (Mention m : mentions) {
      if (clinical(m)) {
        for (int i = m.first(); i <= m.last(); i++) {
          named[i] = true;
        }
        about = about == null ? m.text() : about;
      }
    }
    for (int i = 0; i < words.size(); i++) {
      if (!named[i] && !ASKING.contains(words.get(i).lower())) {
        return null;
      }
    }
    return about;
  }

  /**
   * Each sentence of a text of several, read on its own: in a long message the sentence that
   * describes the emergency is nearer its exemplars than the whole story is.
   */
  private List<String> sentences(String text, List<Word> words, ConText.Annotated annotated) {
    List<String> parts = new ArrayList<>();
    int first = 0;
    for (int i = 1; i <= words.size(); i++) {
      if (i == words.size() || annotated.sentenceOf(i) != annotated.sentenceOf(first)) {
        if (i - first >= MIN_SENTENCE_WORDS) {
          parts.add(text.substring(words.get(first).start(), words.get(i - 1).end()));
        }
        first = i;
      }
    }
    return parts.size() < 2 ? List.of() : parts;
  }

  /**
   * Whether the text only asks about a condition: every sentence ends inside the reach of a
   * hypothetical trigger ("what are the warning signs of a stroke?") and no finding is named as
   * happening now outside one.
   */
  private boolean awareness(ConText.Annotated annotated, List<Word> words, List<Finding> findings) {
    if (words.isEmpty()) {
      return false;
    }
    for (int i = 0; i < words.size(); i++) {
      boolean lastOfSentence =
          i == words.size() - 1 || annotated.sentenceOf(i + 1) != annotated.sentenceOf(i);
      if (lastOfSentence && !annotated.span(i, i).hypothetical()) {
        return false;
      }
    }
    return findings.stream().noneMatch(f -> clinical(f) && f.current());
  }

  Assessment decide(Evidence evidence, TriageConfig c) {
    List<String> why = new ArrayList<>();
    Map<String, Assessment.Alarm> raised = new HashMap<>();
    for (Reading r : List.of(evidence.question(), evidence.conversation())) {
      for (Assessment.Alarm a : alarms(r, c, why)) {
        raised.merge(a.condition().id(), a, (x, y) -> x.margin() >= y.margin() ? x : y);
      }
      if (r == evidence.conversation()) {
        break;
      }
    }
    List<Assessment.Alarm> alarms = new ArrayList<>(raised.values());
    // every emergency near enough is raised: a criterion met first, then the nearest; a few at most
    alarms.sort(
        Comparator.comparing((Assessment.Alarm a) -> a.reason().startsWith(NEAREST))
            .thenComparing(Comparator.comparingDouble(Assessment.Alarm::margin).reversed()));
    while (alarms.size() > MAX_ALARMS) {
      alarms.removeLast();
    }
    boolean health = !alarms.isEmpty() || health(evidence.question(), c, why);
    if (!health && evidence.conversation() != evidence.question()) {
      health = health(evidence.conversation(), c, why);
    }
    return new Assessment(health, alarms, why);
  }

  private List<Assessment.Alarm> alarms(Reading r, TriageConfig c, List<String> why) {
    List<Assessment.Alarm> out = new ArrayList<>();
    double other = nearestOther(r.similarities());
    String closest = null;
    double closestMargin = Double.NEGATIVE_INFINITY;
    for (EmergencyCondition condition : catalogue.conditions()) {
      String id = condition.id();
      if (id.equals(INFANT_FEVER) && infantFever(r)) {
        String reason = "NICE NG143: temperature of 38 °C or more under 3 months";
        why.add(id + " raised: " + reason);
        out.add(
            new Assessment.Alarm(
                condition, r.similarities().of("emergency:" + id) - other, reason));
        continue;
      }
      String criterion = criterion(condition, r);
      if (criterion != null && !r.general() && !r.awareness()) {
        why.add(id + " raised: " + criterion);
        out.add(
            new Assessment.Alarm(
                condition, r.similarities().of("emergency:" + id) - other, criterion));
        continue;
      }
      if (id.equals(ECTOPIC)
          && r.gestationWeeks().isPresent()
          && r.gestationWeeks().getAsDouble() >= ECTOPIC_WEEKS) {
        continue;
      }
      if (id.equals(INFANT_FEVER)
          && (Vitals.is(r.ageDays(), d -> d >= INFANT_DAYS)
              || Vitals.is(r.celsius(), t -> t < FEVER_CELSIUS))) {
        continue; // the age stated is past three months, or the temperature measured is no fever
      }
      double margin = r.similarities().of("emergency:" + id) - other;
      if (c.readSentences()) {
        for (ExemplarBank.Similarities part : r.sentences()) {
          // a sentence alone says less than the whole message: it must be nearer still
          margin =
              Math.max(
                  margin, part.of("emergency:" + id) - nearestOther(part) - c.sentenceHandicap());
        }
      }
      List<Finding> own = r.findings().stream().filter(f -> names(f.mention(), condition)).toList();
      boolean ownNow = own.stream().anyMatch(Finding::current) || r.abbreviatedNow().contains(id);
      Set<String> keys = keyFindings(id);
      List<Finding> marks =
          r.findings().stream()
              .filter(
                  f ->
                      own.contains(f) || f.mention().conceptIds().stream().anyMatch(keys::contains))
              .toList();
      boolean marksNow = marks.stream().anyMatch(Finding::current);
      boolean near = margin >= c.margin() || ownNow && margin >= c.conceptMargin();
      if (!near) {
        if (margin > closestMargin) {
          closestMargin = margin;
          closest =
              id
                  + (ownNow ? " (named)" : "")
                  + (marksNow
                      ? " (marked by "
                          + marks.stream()
                              .filter(Finding::current)
                              .map(f -> f.mention().text())
                              .toList()
                          + ")"
                      : "");
        }
        continue;
      }
      String veto =
          r.general()
              ? "asks about the condition in general and describes no one"
              : r.awareness()
                  ? "asks what to look out for"
                  : !marks.isEmpty() && !marksNow
                      ? "what marks it ("
                          + marks.getFirst().mention().text()
                          + ") is named only as absent, past or hypothetical"
                      : "";
      if (!veto.isEmpty()) {
        why.add(id + " not raised: " + veto);
        continue;
      }
      String reason =
          String.format(
              Locale.ROOT,
              NEAREST + " \"%s\" (margin %.3f%s)",
              r.similarities().nearest("emergency:" + id),
              margin,
              ownNow ? ", names it" : "");
      why.add(id + " raised: " + reason);
      out.add(new Assessment.Alarm(condition, margin, reason));
    }
    if (out.isEmpty() && closest != null) {
      why.add(
          String.format(
              Locale.ROOT,
              "no emergency: the nearest, %s, at margin %.3f (needs %.3f)",
              closest,
              closestMargin,
              c.margin()));
    }
    return out;
  }

  /** The Disease Ontology's diabetes mellitus and its infectious diseases, for the criteria. */
  private static final String DIABETES = "DOID:9351";

  private static final String INFECTIOUS = "DOID:0050117";
  private static final String ASTHMA = "DOID:2841";

  /**
   * A published criterion the question's own numbers meet, or null: JBDS-IP / ADA diabetic
   * ketoacidosis (blood ketones 3.0 mmol/L or more, or pH below 7.3 or bicarbonate below 15 with
   * diabetes or glucose of 11 mmol/L or more); ST elevation on the ECG (ESC / AHA STEMI); NICE NG51
   * high-risk sepsis (systolic 90 mmHg or less, respiratory rate 25 or more, heart rate over 130 or
   * lactate 4 mmol/L or more, with fever or an infection); BTS/SIGN life-threatening asthma (SpO2
   * below 92%).
   */
  private @org.jspecify.annotations.Nullable String criterion(EmergencyCondition c, Reading r) {
    Vitals v = r.vitals();
    return switch (c.id()) {
      case "diabetic-ketoacidosis" -> {
        boolean diabetes = named(r, DIABETES) || Vitals.is(v.glucose(), g -> g >= 11);
        boolean ketotic = Vitals.is(v.ketones(), k -> k >= 3.0);
        boolean acidotic =
            Vitals.is(v.ph(), p -> p < 7.3) || Vitals.is(v.bicarbonate(), b -> b < 15);
        yield diabetes && (ketotic || acidotic)
            ? "JBDS-IP/ADA criteria: ketones 3.0 mmol/L or more or acidosis, with diabetes"
            : null;
      }
      case "acute-coronary-syndrome" ->
          v.stElevation() ? "ESC/AHA: ST elevation on the ECG (STEMI pathway)" : null;
      case "sepsis" -> {
        boolean infection = Vitals.is(r.celsius(), t -> t >= 38) || named(r, INFECTIOUS);
        boolean highRisk =
            Vitals.is(v.systolic(), s -> s <= 90)
                || Vitals.is(v.respiratoryRate(), x -> x >= 25)
                || Vitals.is(v.heartRate(), h -> h > 130)
                || Vitals.is(v.lactate(), l -> l >= 4);
        yield infection && highRisk ? "NICE NG51: a high-risk criterion with an infection" : null;
      }
      case "life-threatening-asthma" ->
          named(r, ASTHMA) && Vitals.is(v.oxygenSaturation(), s -> s < 92)
              ? "BTS/SIGN: SpO2 below 92% in asthma"
              : null;
      default -> null;
    };
  }

  /** Whether the text names, as current, a concept that is the given one or one of its kinds. */
  private boolean named(Reading r, String ancestor) {
    return r.findings().stream()
        .filter(Finding::current)
        .flatMap(f -> f.mention().conceptIds().stream())
        .anyMatch(id -> terminology.isA(id, ancestor));
  }

  private boolean infantFever(Reading r) {
    if (r.ageDays().isEmpty() || r.ageDays().getAsDouble() >= INFANT_DAYS || r.awareness()) {
      return false;
    }
    if (r.celsius().isPresent()) {
      return r.celsius().getAsDouble() >= FEVER_CELSIUS;
    }
    return r.findings().stream()
        .anyMatch(
            f ->
                f.current() && names(f.mention(), catalogue.condition(INFANT_FEVER).orElseThrow()));
  }

  /** The similarity of the nearest label of health questions: any but {@code not-health}. */
  private double nearestHealth(ExemplarBank.Similarities s) {
    return nearest(s, label -> !label.equals("not-health"));
  }

  /** The similarity of the nearest label that is not an emergency. */
  private double nearestOther(ExemplarBank.Similarities s) {
    return nearest(s, label -> !label.startsWith("emergency:"));
  }

  /** The similarity of the nearest of the labels {@code which} accepts. */
  private double nearest(ExemplarBank.Similarities s, java.util.function.Predicate<String> which) {
    double best = -1;
    List<String> labels = bank.labels();
    for (int i = 0; i < labels.size(); i++) {
      if (which.test(labels.get(i))) {
        best = Math.max(best, s.ofLabel(i));
      }
    }
    return best;
  }

  private boolean names(Mention m, EmergencyCondition condition) {
    for (String id : m.conceptIds()) {
      for (String c : condition.concepts()) {
        if (terminology.isA(id, c)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A disease, symptom or finding: what can be present, absent or past. */
  private boolean clinical(Finding f) {
    return clinical(f.mention());
  }

  private boolean clinical(Mention m) {
    return m.conceptIds().stream()
        .anyMatch(id -> terminology.concept(id).map(c -> isClinical(c.kind())).orElse(false));
  }

  /**
   * Whether a question is about health. It is read against the exemplars of health questions and of
   * questions on other subjects ({@code d}: how much nearer the latter): a medical term no everyday
   * sense shares, or a question only health questions ask, is health unless {@code d} is large
   * ("the apple tree has canker"); a named concept or everyday health word unless {@code d} is
   * clear ("black spot disease on my roses"); a question naming nothing needs {@code d} below zero.
   */
  private boolean health(Reading r, TriageConfig c, List<String> why) {
    // every label but "not-health" is a health question: an emergency's look-alikes too
    double d = r.similarities().of("not-health") - nearestHealth(r.similarities());
    if (r.onlyAbout() != null) {
      why.add("health: asks only about " + r.onlyAbout());
      return true;
    }
    String named;
    double limit;
    if (!r.medicalWords().isEmpty() || r.healthPhrase()) {
      named =
          r.medicalWords().isEmpty()
              ? "asks what only health questions ask"
              : "names " + r.medicalWords().getFirst();
      limit = c.termMargin();
    } else {
      List<String> words = new ArrayList<>();
      r.findings().forEach(f -> words.add(f.mention().text()));
      words.addAll(r.healthWords());
      named = words.isEmpty() ? "names nothing medical" : "names " + words.getFirst();
      limit = words.isEmpty() ? c.unnamedMargin() : c.namedMargin();
    }
    boolean health = d < limit;
    why.add(
        String.format(
            Locale.ROOT,
            "%s: %s; other subjects nearer than health by %.3f (limit %.3f)",
            health ? "health" : "not health",
            named,
            d,
            limit));
    return health;
  }

  /**
   * The concept kinds that are findings: diseases, symptoms, signs (not drugs or body parts); and,
   * for scope, the health subjects MedQuAD names ("steroids", "hip replacement"), which name health
   * as surely as a disease does.
   */
  static boolean isClinical(Concept.Kind kind) {
    return kind == Concept.Kind.DISEASE
        || kind == Concept.Kind.SYMPTOM
        || kind == Concept.Kind.FINDING
        || kind == Concept.Kind.TOPIC;
  }
}
