package org.galen.understand.frame;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.galen.core.frame.Ask;
import org.galen.core.frame.FrameConcept;
import org.galen.core.frame.Patient;
import org.galen.core.frame.QuestionFrame;
import org.galen.understand.context.ConText;
import org.galen.understand.context.Finding;
import org.galen.understand.facts.Measures;
import org.galen.understand.terminology.Concept;
import org.galen.understand.terminology.Mention;
import org.galen.understand.terminology.Terminology;
import org.galen.understand.text.Word;
import org.galen.understand.text.Words;
import org.jspecify.annotations.Nullable;

/**
 * Computes a question's {@link QuestionFrame}: its concepts (from the terminologies, with their
 * parents), which of them it asks about and which describe the patient, the patient's facts with
 * their context (ConText: "no diabetes" is absent), and what it asks ({@link AskClassifier}).
 */
public final class Framer {
  /**
   * Where a question starts describing the patient: a concept named after this is about the patient
   * ("gout flare | in a 72-year-old with CKD"), one before it is what is asked.
   */
  private static final Pattern PATIENT_CLAUSE =
      Pattern.compile(
          "\\b(with|who has|who have|who is|history of|hx of|known|pmh|background of|on (a |an )?\\w+ (for|with)|in (a|an|the|my|his|her|patients?|people|someone|adults?|children|women|men)\\b)",
          Pattern.CASE_INSENSITIVE);

  /** "after a heart attack", "since my stroke": what follows is a past event of the patient. */
  private static final Pattern AFTER =
      Pattern.compile(
          "\\b(after|since|following|post)\\s+(?:(?:a|an|my|his|her|their|the|having|having had|recent|a recent)\\s+)?$",
          Pattern.CASE_INSENSITIVE);

  /** "something for hay fever", "treatment of gout": what follows is asked about. */
  private static final Pattern ASKED_FOR =
      Pattern.compile(
          "\\b(for|treat|treating|treatment of|manage|managing|management of|about)\\s+(my |his |her |the |a |an |this )?$",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern FEMALE =
      Pattern.compile(
          "\\b(woman|women|female|girl|she|her|mother|mum|mom|wife|lady|\\d{1,3} ?f|pregnan\\w*|breast[- ]?feeding)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern MALE =
      Pattern.compile(
          "\\b(man|men|male|boy|he|his|father|dad|husband|gentleman|\\d{1,3} ?m)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PREGNANT =
      Pattern.compile(
          "\\b(pregnant|pregnancy|expecting a baby|trimester|gestation|\\d{1,2} ?/ ?40)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TRIMESTER =
      Pattern.compile("\\b(first|1st|second|2nd|third|3rd) trimester\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern BREASTFEEDING =
      Pattern.compile(
          "\\b(breast[- ]?feeding|breastfeed|nursing a baby|lactating|lactation)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NO_ALLERGIES =
      Pattern.compile(
          "\\b(nkda|nka|no (known )?(drug )?allergies|not allergic to anything|no allergies)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ALLERGY =
      Pattern.compile(
          "\\b(?:allergic to|allergy to|allergies to|anaphylaxis to|anaphylactic to|reaction to|intolerant of|intolerance to|can'?t take)\\s+(?:a |an |the )?([a-z][a-z-]+(?: [a-z]+)?)"
              + "|\\b([a-z][a-z-]+)[- ](?:allergy|allergic|anaphylaxis|intolerance|intolerant)\\b"
              + "|\\b(?:hives|a rash|rash|swelling|a reaction|reactions?)\\s+(?:with|from|after|on|to)\\s+(?:a |an |the )?([a-z][a-z-]+)"
              + "|\\b([a-z][a-z-]+)\\s+(?:gives|gave|give)\\s+(?:me|him|her|them)\\s+(?:a\\s+)?(?:rash|hives|reaction)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SEVERE =
      Pattern.compile(
          "anaphyla\\w*|angioedema|throat (swell|clos)\\w*|swollen (throat|tongue)|severe|stevens|sjs|ten\\b|dress\\b|hospital",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern MILD =
      Pattern.compile("\\b(rash|hives|urticaria|itch\\w*|mild)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern INTOLERANT =
      Pattern.compile(
          "intoleran\\w*|upset stomach|made me sick|diarrh\\w*", Pattern.CASE_INSENSITIVE);
  private static final Pattern EGFR =
      Pattern.compile("\\begfr\\D{0,12}?(\\d{1,3})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern CKD_STAGE =
      Pattern.compile(
          "\\b(?:ckd|chronic kidney disease)\\s*(?:stage|g)?\\s*([1-5])([ab])?\\b|\\bstage ([1-5])([ab])? (?:ckd|chronic kidney)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DIALYSIS =
      Pattern.compile("\\b(dialysis|haemodialysis|hemodialysis)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern TAKING =
      Pattern.compile(
          "\\b(on|taking|takes|take|using|uses|prescribed)\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern OVERVIEW =
      Pattern.compile(
          "\\b(everything|overview|tell me (all )?about|all about|explain .{0,20}(condition|disease))\\b",
          Pattern.CASE_INSENSITIVE);

  private final Terminology terminology;
  private final ConText context;
  private final AskClassifier asks;
  private final DiseasePhrases phrases;

  public Framer(Terminology terminology, ConText context, AskClassifier asks) {
    this.terminology = terminology;
    this.phrases = new DiseasePhrases(terminology);
    this.context = context;
    this.asks = asks;
  }

  public QuestionFrame frame(String question, List<String> previous) {
    List<Word> words = Words.of(question);
    List<Mention> mentions = terminology.matcher().find(question, words);
    ConText.Annotated annotated = context.annotate(question, words);
    int clause = patientClause(question);
    List<int[]> allergySpans = allergySpans(question);
    List<FrameConcept> concepts = new ArrayList<>();
    Set<Integer> past = new HashSet<>();
    for (Mention m : mentions) {
      Finding f = annotated.finding(m);
      String id = m.conceptIds().getFirst();
      Concept c = terminology.concept(id).orElse(null);
      if (c == null
          || c.kind() == Concept.Kind.ANATOMY
          // a disease name found only after correcting a spelling is too unsure to decide a topic
          || m.corrected() && c.kind() == Concept.Kind.DISEASE) {
        continue;
      }
      // "I'm allergic to penicillin, it gives me a rash": an allergy and its reaction, not a
      // condition, let alone the subject (the allergen stays, as a drug the patient cannot take)
      boolean inAllergy =
          allergySpans.stream().anyMatch(a -> m.start() >= a[0] && m.start() < a[1]);
      if (inAllergy && c.kind() != Concept.Kind.DRUG) {
        continue;
      }
      boolean asked = !inAllergy && ASKED_FOR.matcher(question.substring(0, m.start())).find();
      // "atorvastatin dose after a heart attack": the event is the patient's past, not the topic
      boolean pastEvent =
          c.kind() != Concept.Kind.DRUG && AFTER.matcher(question.substring(0, m.start())).find();
      if (pastEvent) {
        past.add(m.start());
      }
      boolean patient =
          m.start() >= clause && !asked
              || pastEvent
              || c.kind() == Concept.Kind.DRUG
                  && TAKING.matcher(question.substring(0, m.start())).find()
              || f.negated()
              || f.historical()
              || inAllergy;
      concepts.add(concept(c, m, patient ? FrameConcept.Role.PATIENT : FrameConcept.Role.ASKED, f));
    }
    // a disease no terminology has ("cubital tunnel syndrome") is still a disease asked about: a
    // source must name it, not a neighbour that shares its head word
    for (DiseasePhrases.Phrase p : phrases.find(question, words, mentions)) {
      int first = indexAt(words, p.start());
      int last = indexAt(words, p.end() - 1);
      String id = PHRASE + String.join(" ", phrases.required(p.text()));
      Finding f = annotated.span(first, last);
      boolean inAllergy =
          allergySpans.stream().anyMatch(a -> p.start() >= a[0] && p.start() < a[1]);
      if (inAllergy) {
        continue;
      }
      // a disease named in the patient's clause is what is asked when no disease is asked and no
      // condition of the patient comes first ("tingling in my fingers, they say it's cubital
      // tunnel syndrome"; not "72-year-old with type 2 diabetes and heart failure with reduced EF")
      boolean askedElsewhere =
          concepts.stream()
              .anyMatch(
                  c ->
                      c.role() == FrameConcept.Role.ASKED && c.kind().equals("disease")
                          || c.role() == FrameConcept.Role.PATIENT
                              && topical(c)
                              && before(c, question, p.start()));
      boolean asked = ASKED_FOR.matcher(question.substring(0, p.start())).find();
      boolean patient =
          p.start() >= clause && !asked && askedElsewhere || f.negated() || f.historical();
      int at = 0;
      while (at < concepts.size() && before(concepts.get(at), question, p.start())) {
        at++;
      }
      concepts.add(
          at,
          new FrameConcept(
              id,
              p.text(),
              "disease",
              p.text(),
              patient ? FrameConcept.Role.PATIENT : FrameConcept.Role.ASKED,
              f.negated(),
              List.of()));
    }
    // nothing asked in the head ("72M with HFrEF: dose of bisoprolol?"): the first condition named
    // (a past event stays the patient's when a drug is asked: the drug's topic answers)
    boolean drugAsked =
        concepts.stream()
            .anyMatch(c -> c.role() == FrameConcept.Role.ASKED && c.kind().equals("drug"));
    if (concepts.stream().noneMatch(c -> c.role() == FrameConcept.Role.ASKED && topical(c))) {
      for (int i = 0; i < concepts.size(); i++) {
        FrameConcept c = concepts.get(i);
        boolean wasPast = past.contains(question.indexOf(c.text()));
        if (topical(c) && !c.negated() && !(drugAsked && wasPast)) {
          concepts.set(i, withRole(c, FrameConcept.Role.ASKED));
          break;
        }
      }
    }
    // a follow-up without a subject of its own keeps the conversation's
    if (concepts.stream().noneMatch(c -> c.role() == FrameConcept.Role.ASKED && topical(c))) {
      for (int i = previous.size() - 1; i >= 0; i--) {
        QuestionFrame earlier = frame(previous.get(i), previous.subList(0, i));
        List<FrameConcept> carried =
            earlier.asked().stream()
                .filter(Framer::topical)
                .map(c -> withRole(c, FrameConcept.Role.CONTEXT))
                .toList();
        if (!carried.isEmpty()) {
          concepts.addAll(carried);
          break;
        }
      }
    }
    String everything = String.join("\n", previous) + "\n" + question;
    Patient patient = patient(question, everything, concepts);
    // an allergy is a fact about the patient, not the ask: "hives with penicillin. Which one?"
    // asks which drug, not about side effects
    String unallergic = question;
    for (int[] a : allergySpans) {
      unallergic =
          unallergic.substring(0, a[0])
              + " ".repeat(a[1] - a[0])
              + unallergic.substring(Math.min(a[1], unallergic.length()));
    }
    List<Mention> outside =
        mentions.stream()
            .filter(
                m -> allergySpans.stream().noneMatch(a -> m.start() >= a[0] && m.start() < a[1]))
            .toList();
    AskClassifier.Prediction ask = asks.classify(unallergic, outside, terminology);
    boolean overview = ask.ask() == Ask.OVERVIEW || OVERVIEW.matcher(question).find();
    return new QuestionFrame(concepts, patient, ask.ask(), ask.probability(), overview);
  }

  /** The id prefix of a disease named in words no terminology has. */
  public static final String PHRASE = "PHRASE:";

  private static int indexAt(List<Word> words, int offset) {
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).start() <= offset && offset < words.get(i).end()) {
        return i;
      }
    }
    throw new IllegalArgumentException("no word at " + offset);
  }

  /** Whether a concept is named before an offset of the question. */
  private static boolean before(FrameConcept c, String question, int offset) {
    int at = question.indexOf(c.text());
    return at >= 0 && at < offset;
  }

  /** A condition or symptom: what a source can be about. */
  public static boolean topical(FrameConcept c) {
    return c.kind().equals("disease") || c.kind().equals("symptom") || c.kind().equals("finding");
  }

  private FrameConcept concept(Concept c, Mention m, FrameConcept.Role role, Finding f) {
    List<FrameConcept.Parent> parents = new ArrayList<>();
    for (Concept p : terminology.ancestors(c.id())) {
      if (parents.size() >= 4) {
        break;
      }
      parents.add(new FrameConcept.Parent(p.id(), p.name()));
    }
    if (c.kind() == Concept.Kind.DRUG) {
      // a drug is also of its class ("bisphosphonate" for alendronate), as statements often say
      List<String> drugs = new ArrayList<>(List.of(c.name()));
      parents.forEach(p -> drugs.add(p.name()));
      drugs.stream()
          .map(DrugClasses.bundled()::classOf)
          .filter(Objects::nonNull)
          .distinct()
          .forEach(k -> parents.add(new FrameConcept.Parent(classId(k), k)));
    }
    return new FrameConcept(
        c.id(),
        c.name(),
        c.kind().name().toLowerCase(Locale.ROOT),
        m.text(),
        role,
        f.negated(),
        parents);
  }

  /** A drug class's id: {@code CLASS:proton-pump-inhibitor} for "proton pump inhibitor (PPI)". */
  private static String classId(String named) {
    return "CLASS:"
        + named.replaceAll("\\s*\\(.*\\)", "").strip().toLowerCase(Locale.ROOT).replace(' ', '-');
  }

  private static FrameConcept withRole(FrameConcept c, FrameConcept.Role role) {
    return new FrameConcept(c.id(), c.name(), c.kind(), c.text(), role, c.negated(), c.parents());
  }

  private static int patientClause(String question) {
    Matcher m = PATIENT_CLAUSE.matcher(question);
    return m.find() && m.start() > 0 ? m.start() : Integer.MAX_VALUE;
  }

  /** The patient's facts, from the question and, failing that, the conversation. */
  private Patient patient(String question, String everything, List<FrameConcept> concepts) {
    OptionalDouble days = Measures.ageInDays(everything);
    Double age = days.isPresent() ? days.getAsDouble() / 365.25 : null;
    boolean female = FEMALE.matcher(everything).find();
    boolean male = MALE.matcher(everything).find();
    String sex = female == male ? null : female ? "female" : "male";
    Boolean pregnant = stated(everything, PREGNANT);
    Integer trimester = null;
    if (Boolean.TRUE.equals(pregnant)) {
      sex = "female";
      OptionalDouble weeks = Measures.gestationWeeks(everything);
      Matcher t = TRIMESTER.matcher(everything);
      if (t.find()) {
        trimester =
            "first1st".contains(t.group(1).toLowerCase(Locale.ROOT))
                ? 1
                : "second2nd".contains(t.group(1).toLowerCase(Locale.ROOT)) ? 2 : 3;
      } else if (weeks.isPresent()) {
        double w = weeks.getAsDouble();
        trimester = w < 14 ? 1 : w < 28 ? 2 : 3;
      }
    }
    Boolean breastfeeding = stated(everything, BREASTFEEDING);
    // "while breastfeeding my 2-month-old": the age is the baby's, not the breastfeeding patient's
    if (Boolean.TRUE.equals(breastfeeding) && age != null && age < 2) {
      age = null;
    }
    List<Patient.Fact> conditions = new ArrayList<>();
    List<Patient.Fact> drugs = new ArrayList<>();
    for (FrameConcept c : concepts) {
      if (c.role() != FrameConcept.Role.PATIENT) {
        continue;
      }
      boolean historical = false;
      Patient.Fact fact = new Patient.Fact(c.name(), c.id(), c.negated(), historical);
      if (c.kind().equals("drug")) {
        drugs.add(fact);
      } else if (topical(c)) {
        conditions.add(fact);
      }
    }
    List<Patient.Allergy> allergies = allergies(everything);
    drugs.removeIf(
        d ->
            allergies.stream()
                .anyMatch(
                    a -> d.name().contains(a.substance()) || a.substance().contains(d.name())));
    Double egfr = null;
    String ckdStage = null;
    Matcher e = EGFR.matcher(everything);
    if (e.find()) {
      egfr = Double.parseDouble(e.group(1));
    }
    Matcher s = CKD_STAGE.matcher(everything);
    if (s.find()) {
      String stage = s.group(1) != null ? s.group(1) : s.group(3);
      String sub = s.group(1) != null ? s.group(2) : s.group(4);
      ckdStage = stage + (sub == null ? "" : sub.toLowerCase(java.util.Locale.ROOT));
    }
    boolean dialysis = DIALYSIS.matcher(everything).find() && !negatedNear(everything, DIALYSIS);
    return new Patient(
        age,
        sex,
        pregnant,
        trimester,
        breastfeeding,
        conditions,
        allergies,
        drugs,
        egfr,
        ckdStage,
        dialysis);
  }

  /** True when the text says it, false when it says not, null when silent. */
  private @Nullable Boolean stated(String text, Pattern p) {
    Matcher m = p.matcher(text);
    if (!m.find()) {
      return null;
    }
    return !negatedNear(text, p);
  }

  /** Whether ConText reads the first match of {@code p} as negated ("not pregnant"). */
  private boolean negatedNear(String text, Pattern p) {
    Matcher m = p.matcher(text);
    if (!m.find()) {
      return false;
    }
    List<Word> words = Words.of(text);
    ConText.Annotated a = context.annotate(text, words);
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).start() >= m.start()) {
        return a.span(i, i).negated();
      }
    }
    return false;
  }

  /** Drug classes people are allergic to, which no single ingredient names. */
  private static final Pattern DRUG_CLASS =
      Pattern.compile(
          "(penicillin|beta[- ]?lactam|cephalosporin|sulfa|sulpha|sulfonamide|sulphonamide|nsaid|macrolide|tetracycline|quinolone|opioid|opiate|aspirin|codeine|morphine|latex|contrast|iodine|ace inhibitor|statin)s?\\b.*",
          Pattern.CASE_INSENSITIVE);

  /** Whether an allergy's object names a medicine or a drug class. */
  private boolean drugLike(String substance) {
    if (DRUG_CLASS.matcher(substance).matches()) {
      return true;
    }
    // a member of a listed class, or its abbreviation ("PCN")
    for (String w : substance.split("\\s+")) {
      if (DrugClasses.bundled().classOf(w) != null) {
        return true;
      }
    }
    return terminology.matcher().find(substance).stream()
        .flatMap(m -> m.conceptIds().stream())
        .anyMatch(
            id -> terminology.concept(id).map(c -> c.kind() == Concept.Kind.DRUG).orElse(false));
  }

  /**
   * What an allergy did, told beside it: in brackets, after "=" or ":", or after a dash when it
   * names a reaction ("penicillin allergy - hives", not "penicillin allergy - which antibiotic?").
   */
  private static final Pattern TOLD_REACTION =
      Pattern.compile(
          "^\\s*(?:\\([^()]{1,60}\\)|[=:]\\s*[^,.;?!()\\n]{1,40}|[-\u2013]\\s*(?:severe |mild |generali[sz]ed |widespread )?(?:anaphyla\\w*|hives|urticaria|rash|angioedema|swelling|itch\\w*)\\b)",
          Pattern.CASE_INSENSITIVE);

  /** What an allergy did, told right after it: "it gives me a rash", "I got hives". */
  private static final Pattern REACTION =
      Pattern.compile(
          "^\\W{0,3}\\s*(?:and |as |which |that |it |they |i |he |she )*(?:gives?|gave|makes?|made|causes?|caused|brings?|brought|breaks?|broke|gets?|got|had)\\b",
          Pattern.CASE_INSENSITIVE);

  /** Each allergy's mention, with the reaction told right after it up to the sentence's end. */
  private static List<int[]> allergySpans(String text) {
    List<int[]> out = new ArrayList<>();
    Matcher m = ALLERGY.matcher(text);
    while (m.find()) {
      int end = m.end();
      if (REACTION.matcher(text.substring(end)).find()) {
        while (end < text.length() && ".?!\n".indexOf(text.charAt(end)) < 0) {
          end++;
        }
      }
      // what it did, told beside it: "(generalised urticaria)", "= anaphylaxis", "- hives"
      Matcher told = TOLD_REACTION.matcher(text.substring(end));
      if (told.find()) {
        end += told.end();
      }
      // the allergy word itself ("allergic") starts the span: no disease is named by it here
      out.add(new int[] {Math.max(0, m.start() - 1), end});
    }
    return out;
  }

  private static String firstGroup(Matcher m) {
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return m.group(g);
      }
    }
    throw new IllegalStateException("an allergy match names no substance");
  }

  private List<Patient.Allergy> allergies(String text) {
    List<Patient.Allergy> out = new ArrayList<>();
    if (NO_ALLERGIES.matcher(text).find()) {
      out.add(new Patient.Allergy("drugs", "unknown", true));
    }
    Matcher m = ALLERGY.matcher(text);
    int from = 0;
    // matches may overlap ("had anaphylaxis to penicillin"): look again one character on
    while (from < text.length() && m.find(from)) {
      from = m.start() + 1;
      String substance = firstGroup(m).toLowerCase(Locale.ROOT);
      substance = substance.replaceAll("\\b(and|or|which|that|but|with|so)\\b.*$", "").strip();
      if (!drugLike(substance)) {
        continue;
      }
      String around =
          text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 60));
      String severity =
          SEVERE.matcher(around).find()
              ? "severe"
              : INTOLERANT.matcher(around).find()
                  ? "intolerance"
                  : MILD.matcher(around).find() ? "mild" : "unknown";
      boolean negated =
          text.substring(Math.max(0, m.start() - 8), m.start())
              .toLowerCase(Locale.ROOT)
              .matches(".*\\b(no|not)\\s*$");
      String s = substance;
      if (out.stream().noneMatch(a -> a.substance().equals(s))) {
        out.add(new Patient.Allergy(substance, severity, negated));
      }
    }
    return out;
  }
}
