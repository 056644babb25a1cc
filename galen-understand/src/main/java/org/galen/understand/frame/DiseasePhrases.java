package org.galen.understand.frame;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.galen.core.GalenException;
import org.galen.understand.terminology.Concept;
import org.galen.understand.terminology.Mention;
import org.galen.understand.terminology.Terminology;
import org.galen.understand.text.Word;
import org.galen.understand.text.Words;

/**
 * Finds the diseases a question names that no bundled terminology has: "cubital tunnel syndrome",
 * "Achilles tendinopathy". A disease is written as a head word (one that ends at least {@value
 * #MIN_HEAD_NAMES} of the Disease Ontology's names, such as "syndrome" or "disorder", or has a
 * disease suffix, "-itis", "-pathy") after the words that say which kind. Without this, such a
 * question names nothing, or only a part of the body, and is answered from a neighbour topic that
 * shares a word (carpal tunnel syndrome). A head the Symptom Ontology names on its own is a
 * symptom, not a head: "cluster headache", which the Disease Ontology release bundled lacks, is
 * read as the symptom headache.
 *
 * <p>The words are in {@code disease-phrases.txt}: what ends the run of words before a head, which
 * words only grade a disease ("severe"), and which pairs name different kinds of one disease
 * ("acute"/"chronic").
 */
public final class DiseasePhrases {
  /** A head word must end at least this many Disease Ontology names. */
  static final int MIN_HEAD_NAMES = 3;

  /** At most this many words before the head say which kind. */
  private static final int MAX_MODIFIERS = 3;

  private static final int MIN_HEAD_LENGTH = 4;

  /** A disease named in a question that no terminology concept covers. */
  public record Phrase(String text, int start, int end, List<String> words) {}

  private final Terminology terminology;
  private volatile @org.jspecify.annotations.Nullable Set<String> heads;
  private final Set<String> breaks;
  private final Set<String> generic;
  private final Map<String, String> contrasts;
  private final List<String> suffixes;
  private final List<String> notHeads;
  private final Set<String> genericHeads;

  public DiseasePhrases(Terminology terminology) {
    this.terminology = terminology;
    Map<String, List<String>> sections = sections();
    this.breaks = Set.copyOf(words(sections, "breaks"));
    this.generic = Set.copyOf(words(sections, "generic"));
    this.suffixes = words(sections, "suffixes");
    this.notHeads = words(sections, "not-heads").stream().map(Words::normalize).toList();
    this.genericHeads =
        words(sections, "generic-heads").stream()
            .map(Words::normalize)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    Map<String, String> pairs = new HashMap<>();
    List<String> c = words(sections, "contrasts");
    for (int i = 0; i + 1 < c.size(); i += 2) {
      pairs.put(c.get(i), c.get(i + 1));
      pairs.put(c.get(i + 1), c.get(i));
    }
    this.contrasts = Map.copyOf(pairs);
  }

  /** The heads, read from the terminology when first needed (topic identity needs none). */
  private Set<String> headWords() {
    Set<String> h = heads;
    if (h == null) {
      h = heads(terminology);
      heads = h;
    }
    return h;
  }

  /** The last words of the Disease Ontology's names, those common enough to be heads. */
  private Set<String> heads(Terminology terminology) {
    Set<String> anatomy = new HashSet<>(notHeads);
    Map<String, Integer> count = new HashMap<>();
    for (Concept c : terminology.concepts()) {
      List<Word> ws = Words.of(c.name());
      if (ws.isEmpty()) {
        continue;
      }
      if (c.kind() == Concept.Kind.ANATOMY) {
        ws.forEach(w -> anatomy.add(w.norm()));
      } else if (c.kind() == Concept.Kind.SYMPTOM && ws.size() == 1) {
        anatomy.add(ws.getFirst().norm());
      } else if (c.kind() == Concept.Kind.DISEASE && c.id().startsWith("DOID:")) {
        count.merge(ws.getLast().norm(), 1, Integer::sum);
      }
    }
    Set<String> out = new HashSet<>();
    count.forEach(
        (w, n) -> {
          if (n >= MIN_HEAD_NAMES
              && w.length() >= MIN_HEAD_LENGTH
              && !anatomy.contains(w)
              && w.chars().allMatch(Character::isLetter)) {
            out.add(w);
          }
        });
    return Set.copyOf(out);
  }

  /** Whether a word ends a disease's name. */
  boolean head(Word w) {
    if (headWords().contains(w.norm())) {
      return !breaks.contains(w.lower()) && !generic.contains(w.lower());
    }
    if (w.lower().length() < MIN_HEAD_LENGTH + 3 || notHeads.contains(w.norm())) {
      return false;
    }
    for (String s : suffixes) {
      if (w.lower().endsWith(s)) {
        return true;
      }
    }
    return false;
  }

  /**
   * How a question words a disease: the words a name must have to name it (those that say which
   * kind) and its head.
   */
  public record Wording(Set<String> required, @org.jspecify.annotations.Nullable String head) {}

  /** How {@code text} words a disease, read once for every name it is compared with. */
  public Wording wording(String text) {
    return new Wording(required(text), lastBeforeWith(text));
  }

  /** Whether a name (its normalized words) names the disease {@code text} names. */
  public boolean names(String text, List<String> name) {
    return names(wording(text), name);
  }

  /**
   * Whether a name (its normalized words) names the disease: it has every word that says which kind
   * (a word of a name written as one, "postherpetic", counts for its parts), and the head too
   * unless the head only says something is wrong ("syndrome").
   */
  public boolean names(Wording wording, List<String> name) {
    if (wording.required().isEmpty()) {
      return false;
    }
    String joined = String.join("", name);
    for (String w : wording.required()) {
      boolean has = name.contains(w) || w.length() >= MIN_HEAD_LENGTH && joined.contains(w);
      if (!has && !(w.equals(wording.head()) && genericHeads.contains(w))) {
        return false;
      }
    }
    return true;
  }

  /** The normalized head of a disease's words: the last before any "with". */
  private static @org.jspecify.annotations.Nullable String lastBeforeWith(String text) {
    String head = null;
    for (Word w : Words.of(text)) {
      if (w.lower().equals("with")) {
        break;
      }
      head = w.norm();
    }
    return head;
  }

  /**
   * The words a name must have to name the same disease as {@code text}: its words, normalized,
   * without the words that only grade it or join it.
   */
  public Set<String> required(String text) {
    Set<String> out = new java.util.LinkedHashSet<>();
    boolean after = false; // in a "with ..." after the head, only the contrasting word counts
    for (Word w : Words.of(text)) {
      String l = w.lower();
      after |= l.equals("with");
      if (after ? contrasts.containsKey(l) : !generic.contains(l) && !breaks.contains(l)) {
        out.add(w.norm());
      }
    }
    return out;
  }

  /** A word that only grades a disease, which a source need not name. */
  public boolean generic(String lower) {
    return generic.contains(lower);
  }

  /** The word naming the other kind of a disease ("chronic" for "acute"), or null. */
  public @org.jspecify.annotations.Nullable String contrast(String lower) {
    return contrasts.get(lower);
  }

  /**
   * The diseases the text names that no disease concept of the terminology covers: a head word
   * after one to {@value #MAX_MODIFIERS} words that say which kind (a head alone, "headache", is a
   * symptom the terminology has or a word too vague to decide a topic).
   */
  public List<Phrase> find(String text, List<Word> words, List<Mention> mentions) {
    List<Phrase> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      if (!head(w) || coveredByDisease(i, mentions)) {
        continue;
      }
      int first = i;
      while (first > 0
          && i - first < MAX_MODIFIERS
          && modifier(words.get(first - 1))
          && !coveredByDisease(first - 1, mentions)
          && joined(text, words.get(first - 1), words.get(first))) {
        first--;
      }
      List<String> kind = new ArrayList<>();
      for (int k = first; k < i; k++) {
        if (!generic(words.get(k).lower())) {
          kind.add(words.get(k).lower());
        }
      }
      if (kind.isEmpty()) {
        continue;
      }
      int last = withContrast(text, words, i);
      if (last == i && named(i, mentions)) {
        continue; // the terminology has it, as a symptom or finding ("heart failure")
      }
      List<String> all = new ArrayList<>();
      for (int k = first; k <= last; k++) {
        all.add(words.get(k).lower());
      }
      out.add(
          new Phrase(
              text.substring(words.get(first).start(), words.get(last).end()),
              words.get(first).start(),
              words.get(last).end(),
              List.copyOf(all)));
    }
    return out;
  }

  /**
   * The last word of a disease named at {@code head}: the head, or the end of a following "with
   * ..." of a few words that names one of a contrasting pair ("heart failure with preserved
   * ejection fraction").
   */
  private int withContrast(String text, List<Word> words, int head) {
    if (head + 1 >= words.size() || !words.get(head + 1).lower().equals("with")) {
      return head;
    }
    for (int k = head + 2; k < words.size() && k <= head + 1 + MAX_MODIFIERS + 1; k++) {
      if (!joined(text, words.get(k - 1), words.get(k))) {
        return head;
      }
      if (contrasts.containsKey(words.get(k).lower())) {
        int end = k;
        while (end + 1 < words.size()
            && end < k + 2
            && modifier(words.get(end + 1))
            && joined(text, words.get(end), words.get(end + 1))) {
          end++;
        }
        return end;
      }
    }
    return head;
  }

  private boolean modifier(Word w) {
    String l = w.lower();
    return !breaks.contains(l)
        && !Words.isFiller(l)
        && l.chars().anyMatch(Character::isLetter)
        && !(l.length() == 1 && !Character.isDigit(l.charAt(0)));
  }

  /** Whether only spaces or a hyphen stand between two words (no comma, bracket or stop). */
  private static boolean joined(String text, Word a, Word b) {
    String between = text.substring(a.end(), b.start());
    return between.isBlank() || between.equals("-");
  }

  /**
   * Whether a concept the terminology found ends at the head: the disease is known, whatever words
   * before it qualify it ("proximal deep vein thrombosis").
   */
  private static boolean named(int head, List<Mention> mentions) {
    return mentions.stream().anyMatch(m -> m.first() <= head && head <= m.last());
  }

  /** Whether a Disease Ontology disease the terminology found covers the word. */
  private boolean coveredByDisease(int index, List<Mention> mentions) {
    for (Mention m : mentions) {
      if (m.first() <= index && index <= m.last()) {
        for (String id : m.conceptIds()) {
          if (id.startsWith("DOID:")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static List<String> words(Map<String, List<String>> sections, String name) {
    List<String> lines = sections.get(name);
    if (lines == null) {
      throw new GalenException("disease-phrases.txt has no [" + name + "] section");
    }
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      for (String w : line.strip().split("\\s+")) {
        if (!w.isEmpty()) {
          out.add(w.toLowerCase(Locale.ROOT));
        }
      }
    }
    return out;
  }

  private static Map<String, List<String>> sections() {
    try (InputStream in = DiseasePhrases.class.getResourceAsStream("disease-phrases.txt")) {
      if (in == null) {
        throw new GalenException("the frame list disease-phrases.txt is missing");
      }
      Map<String, List<String>> out = new HashMap<>();
      List<String> current = null;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        if (l.startsWith("[") && l.endsWith("]")) {
          current = new ArrayList<>();
          out.put(l.substring(1, l.length() - 1), current);
        } else if (current == null) {
          throw new GalenException("disease-phrases.txt: a line before any [section]: " + l);
        } else {
          current.add(l);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
