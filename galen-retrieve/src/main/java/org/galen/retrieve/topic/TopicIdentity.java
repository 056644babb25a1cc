package org.galen.retrieve.topic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.galen.core.Source;
import org.galen.core.frame.FrameConcept;
import org.galen.core.frame.QuestionFrame;
import org.galen.understand.frame.DiseasePhrases;
import org.galen.understand.frame.Framer;
import org.galen.understand.terminology.Concept;
import org.galen.understand.terminology.Mention;
import org.galen.understand.terminology.Terminology;
import org.galen.understand.text.Word;
import org.galen.understand.text.Words;
import org.jspecify.annotations.Nullable;

/**
 * Whether a source is about what a question asks: its subject must be the asked concept, or one of
 * the asked concept's documented parents in the terminology (portal hypertension is not a kind of
 * the essential hypertension a summary covers; a shared word is never enough). A source's subject
 * is the concepts its author named ({@code concepts:} of a practice summary) or, failing that, the
 * concepts its title names; any of its topic names also identifies it exactly. Only a disease named
 * in the question is checked: symptoms are shared by many topics.
 */
public final class TopicIdentity {
  /** Only the Disease Ontology's diseases are checked: MedQuAD's topics are looser. */
  private static final String DISEASE_ONTOLOGY = "DOID:";

  /** A disease the question names that no terminology has ({@code Framer.PHRASE}). */
  private static final String PHRASE = "PHRASE:";

  private final Terminology terminology;
  private final DiseasePhrases phrases;
  private final Map<String, Subject> subjects = new ConcurrentHashMap<>();

  public TopicIdentity(Terminology terminology) {
    this.terminology = terminology;
    this.phrases = new DiseasePhrases(terminology);
  }

  /** How a source relates to what was asked. */
  public sealed interface Relation {
    /** The question names no disease to check the source against. */
    record Unchecked() implements Relation {}

    /** The source is about the asked concept. */
    record Same() implements Relation {}

    /** The source is about one kind of the broader concept asked ("heart disease"). */
    record Narrower() implements Relation {}

    /** The source is about a broader concept the asked one is a kind of. */
    record Parent(String asked, String broader) implements Relation {}

    /** The source is about something else. */
    record Other() implements Relation {}

    /** Whether the source may answer. */
    default boolean answers() {
      return !(this instanceof Other);
    }

    /**
     * Whether the terminology shows the source to be about exactly what was asked (a parent is
     * broader than the question, and a summary's concept may be broader than the summary).
     */
    default boolean identified() {
      return this instanceof Same;
    }
  }

  /**
   * @param core the concepts the source is about
   * @param names every concept any of its names names
   * @param words the words of each of its names (title and topics), normalized, in order
   * @param apart the names a question can name apart from the disease it asks about
   */
  private record Subject(
      Set<String> core, Set<String> names, List<List<String>> words, List<ApartName> apart) {}

  /**
   * A name of a source that names a condition: one the terminology finds a disease, symptom or
   * finding in, or an abbreviation in capitals (which the question must write in capitals too).
   */
  private record ApartName(List<String> words, boolean abbreviation) {}

  /** Where a question names something, in characters from {@code start} up to {@code end}. */
  private record Span(int start, int end) {
    boolean holds(Span other) {
      return start <= other.start() && other.end() <= end;
    }

    int length() {
      return end - start;
    }
  }

  /**
   * The asked concepts a source is checked against: the diseases named. A symptom ("dizzy", "leg
   * pain") is shared by many topics, and the search decides which topic it leads to.
   */
  private static List<FrameConcept> topical(List<FrameConcept> asked) {
    return asked.stream()
        .filter(
            c ->
                c.kind().equals("disease")
                    && (c.id().startsWith(DISEASE_ONTOLOGY) || c.id().startsWith(PHRASE)))
        .toList();
  }

  /** Whether the question names a disease that sources are checked against. */
  public boolean checks(List<FrameConcept> asked) {
    return !topical(asked).isEmpty();
  }

  public Relation relate(Source source, List<FrameConcept> asked) {
    List<FrameConcept> topical = topical(asked);
    if (topical.isEmpty()) {
      return new Relation.Unchecked();
    }
    Subject subject = subject(source);
    // a disease named in words no terminology has is this source's when one of its names has
    // every word of it; one named with the other of a contrasting pair ("medial" for a "lateral
    // epicondylitis" source) is not, whatever concept the terminology lumps them under
    Set<String> contrasted = new java.util.HashSet<>();
    for (FrameConcept a : topical) {
      if (a.id().startsWith(PHRASE)) {
        if (named(a, subject)) {
          return new Relation.Same();
        }
      } else if (contrasted(a, subject)) {
        contrasted.add(a.id());
      }
    }
    List<FrameConcept> concepts =
        topical.stream()
            .filter(a -> !a.id().startsWith(PHRASE) && !contrasted.contains(a.id()))
            .toList();
    if (subject.core().isEmpty() && subject.names().isEmpty()) {
      return new Relation.Other();
    }
    for (FrameConcept a : concepts) {
      if (subject.names().contains(a.id()) || subject.core().contains(a.id())) {
        return new Relation.Same();
      }
    }
    for (FrameConcept a : concepts) {
      for (String s : subject.core()) {
        if (terminology.isA(a.id(), s)) {
          String broader = terminology.concept(s).map(Concept::name).orElse(s);
          return new Relation.Parent(a.name(), broader);
        }
      }
    }
    // a broad name ("heart disease") is answered from a topic that is a kind of it; a sibling
    // that shares a word (portal hypertension beside essential hypertension) never is
    for (FrameConcept a : concepts) {
      for (String s : subject.core()) {
        if (terminology.isA(s, a.id())) {
          return new Relation.Narrower();
        }
      }
    }
    return new Relation.Other();
  }

  /** Whether one of the source's names has every word of a disease the question names. */
  private boolean named(FrameConcept asked, Subject subject) {
    DiseasePhrases.Wording wording = phrases.wording(asked.text());
    return subject.words().stream().anyMatch(n -> phrases.names(wording, n));
  }

  /**
   * Whether the question names the disease with one word of a contrasting pair and every name of
   * the source that has the other lacks it.
   */
  private boolean contrasted(FrameConcept asked, Subject subject) {
    for (Word w : Words.of(asked.text())) {
      String other = phrases.contrast(w.lower());
      if (other == null) {
        continue;
      }
      String otherNorm = Words.normalize(other);
      boolean namesOther = subject.words().stream().anyMatch(n -> n.contains(otherNorm));
      boolean namesThis = subject.words().stream().anyMatch(n -> n.contains(w.norm()));
      if (namesOther && !namesThis) {
        return true;
      }
    }
    return false;
  }

  private Subject subject(Source s) {
    String key = s.id() + "\u0000" + s.title() + "\u0000" + s.topics() + "\u0000" + s.concepts();
    return subjects.computeIfAbsent(key, k -> read(s));
  }

  private Subject read(Source s) {
    Set<String> core = new LinkedHashSet<>(s.concepts());
    if (core.isEmpty()) {
      core.addAll(whole(s.title()));
      if (core.isEmpty()) {
        core.addAll(named(s.title()));
      }
    }
    Set<String> names = new LinkedHashSet<>();
    for (String topic : s.topics()) {
      names.addAll(whole(topic));
    }
    // a broader name among the topics ("hypertension" for essential hypertension) identifies the
    // source when asked exactly, but is no parent the asked concept may be a kind of
    names.addAll(core);
    List<List<String>> words = new ArrayList<>();
    List<ApartName> apart = new ArrayList<>();
    for (String name : concat(s.title(), s.topics())) {
      List<String> norms = Words.of(name).stream().map(Word::norm).toList();
      words.add(norms);
      // a drug among a topic's names ("adrenaline" for anaphylaxis) says nothing of the disease
      boolean abbreviation =
          norms.size() == 1 && name.strip().equals(name.strip().toUpperCase(Locale.ROOT));
      if (!norms.isEmpty() && (abbreviation || clinical(name))) {
        apart.add(new ApartName(norms, abbreviation));
      }
    }
    return new Subject(Set.copyOf(core), Set.copyOf(names), List.copyOf(words), List.copyOf(apart));
  }

  /** Whether the terminology finds a disease, symptom or finding in a name. */
  private boolean clinical(String name) {
    return terminology.matcher().find(name).stream()
        .flatMap(m -> m.conceptIds().stream())
        .anyMatch(this::topical);
  }

  /**
   * Whether the question names one of the source's names (its title or a topic) on its own, not
   * inside a longer disease name it asks about nor inside a drug's: "stroke prevention in AF" names
   * atrial fibrillation's "AF" though the terminology found only the stroke; "portal hypertension"
   * names no "hypertension" apart from the disease asked. Only a name of a condition counts ({@link
   * ApartName}).
   */
  public boolean namesApart(String question, Source source, QuestionFrame frame) {
    List<Span> diseases = new ArrayList<>();
    List<Span> drugs = new ArrayList<>();
    String lower = question.toLowerCase(Locale.ROOT);
    for (FrameConcept c : frame.concepts()) {
      boolean drug = c.kind().equals("drug");
      if (!drug && !(Framer.topical(c) && frame.asked().contains(c))) {
        continue;
      }
      String t = c.text().toLowerCase(Locale.ROOT);
      for (int at = lower.indexOf(t); at >= 0 && !t.isEmpty(); at = lower.indexOf(t, at + 1)) {
        (drug ? drugs : diseases).add(new Span(at, at + t.length()));
      }
    }
    List<Word> words = Words.of(question);
    for (ApartName name : subject(source).apart()) {
      List<String> n = name.words();
      for (int i = 0; i + n.size() <= words.size(); i++) {
        boolean match = true;
        for (int k = 0; match && k < n.size(); k++) {
          Word w = words.get(i + k);
          match = w.norm().equals(n.get(k)) && (!name.abbreviation() || w.capitals());
        }
        if (!match) {
          continue;
        }
        Span found = new Span(words.get(i).start(), words.get(i + n.size() - 1).end());
        boolean inside =
            diseases.stream().anyMatch(d -> d.holds(found) && found.length() < d.length())
                || drugs.stream().anyMatch(d -> d.holds(found));
        if (!inside) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<String> concat(String title, List<String> topics) {
    List<String> out = new ArrayList<>(topics.size() + 1);
    out.add(title);
    out.addAll(topics);
    return out;
  }

  /** The concepts a name names as a whole ("knee osteoarthritis", not "knee"). */
  private List<String> whole(String name) {
    List<String> out = new ArrayList<>();
    List<Mention> ms = terminology.matcher().find(name);
    for (Mention m : ms) {
      if (m.first() == 0 && coversAll(name, m)) {
        m.conceptIds().stream().filter(this::topical).forEach(out::add);
      }
    }
    return out;
  }

  private static boolean coversAll(String name, Mention m) {
    String rest = name.substring(m.end()).strip();
    // a qualifier in brackets or after a comma, or "in adults", does not change the subject
    return rest.isEmpty()
        || rest.startsWith("(")
        || rest.startsWith(",")
        || rest.matches("(?i)(in|of) .*");
  }

  /** Every condition a title names. */
  private List<String> named(String title) {
    List<String> out = new ArrayList<>();
    for (Mention m : terminology.matcher().find(title)) {
      if (!m.ambiguous()) {
        m.conceptIds().stream().filter(this::topical).forEach(out::add);
      }
    }
    return out;
  }

  private boolean topical(String id) {
    return terminology
        .concept(id)
        .map(
            c ->
                c.kind() == Concept.Kind.DISEASE
                    || c.kind() == Concept.Kind.SYMPTOM
                    || c.kind() == Concept.Kind.FINDING)
        .orElse(false);
  }

  /** The first of a source's subject concepts, for a "did you mean" line. */
  public @Nullable String subjectName(Source s) {
    return subject(s).core().stream()
        .findFirst()
        .flatMap(terminology::concept)
        .map(Concept::name)
        .orElse(null);
  }
}
