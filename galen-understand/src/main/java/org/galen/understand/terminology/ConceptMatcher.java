package org.galen.understand.terminology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IntsRefBuilder;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.FSTCompiler;
import org.apache.lucene.util.fst.PositiveIntOutputs;
import org.apache.lucene.util.fst.Util;
import org.galen.understand.terminology.Concept.Kind;
import org.galen.understand.text.EnglishWords;
import org.galen.understand.text.Word;
import org.galen.understand.text.Words;

/**
 * Finds the concepts a text names: every name of the terminology, normalized like the text ({@link
 * Words#key}), is a key of a Lucene {@link FST}, and the text's words are walked through it from
 * each word, longest name first, the way Solr's text tagger and Lucene's synonym filter do. A word
 * that is neither in any name nor an English word is first corrected to its nearest spelling in the
 * names ({@link Spelling}).
 */
public final class ConceptMatcher {
  /** Longest name matched, in words. */
  private static final int MAX_WORDS = 8;

  /** Words this short are never corrected: too many names lie one edit away. */
  private static final int MIN_CORRECTED = 5;

  private final FST<Long> fst;
  private final List<Entry> entries;
  private final Spelling spelling;
  private final EnglishWords english;

  /**
   * What a key names.
   *
   * @param conceptIds the concepts named in any case
   * @param capitalIds the concepts named only by an acronym that is also a word ("AIDS", "FACE"):
   *     they match only when written with capitals
   * @param ambiguous the key is one everyday word
   */
  private record Entry(List<String> conceptIds, List<String> capitalIds, boolean ambiguous) {}

  private ConceptMatcher(
      FST<Long> fst, List<Entry> entries, Spelling spelling, EnglishWords english) {
    this.fst = fst;
    this.entries = entries;
    this.spelling = spelling;
    this.english = english;
  }

  /**
   * Compiles the names of the terminology into the matcher.
   *
   * @param concepts the concepts, by id
   * @param names every name of every concept
   */
  static ConceptMatcher compile(
      Map<String, Concept> concepts, List<TerminologySources.Name> names, EnglishWords english) {
    Map<String, List<String>> ids = new TreeMap<>();
    Map<String, List<String>> capitalIds = new HashMap<>();
    Map<String, Long> wordUses = new TreeMap<>();
    for (TerminologySources.Name name : names) {
      Concept concept = concepts.get(name.conceptId());
      List<String> key = Words.key(name.text());
      if (concept == null || key.isEmpty() || key.size() > MAX_WORDS) {
        continue;
      }
      String first = key.getFirst();
      String lower = name.text().strip().toLowerCase(Locale.ROOT);
      if (key.size() == 1 && (first.length() <= 2 || first.chars().allMatch(Character::isDigit))) {
        continue;
      }
      if (key.size() == 1 && Words.of(name.text()).size() > 1) {
        continue; // "THE syndrome" is not "syndrome": a name is not its last word alone
      }
      if (key.size() == 1 && concept.kind() == Kind.DRUG && english.isCommon(lower)) {
        continue; // a brand that is an everyday word ("Select", "Today")
      }
      boolean sensitive = name.acronym() && english.isWord(lower);
      List<List<String>> keys = new ArrayList<>();
      keys.add(key);
      if (key.size() == 2
          && (concept.kind() == Kind.SYMPTOM || concept.kind() == Kind.FINDING)
          && key.stream().allMatch(w -> w.chars().allMatch(Character::isLetter))) {
        // "chest pain" is also said "pain in my chest"
        keys.add(List.of(key.get(1), key.get(0)));
      }
      for (List<String> k : keys) {
        String joined = String.join(" ", k);
        ids.computeIfAbsent(joined, x -> new ArrayList<>());
        List<String> list =
            (sensitive ? capitalIds : ids).computeIfAbsent(joined, x -> new ArrayList<>());
        if (!list.contains(concept.id())) {
          list.add(concept.id());
        }
      }
      for (String w : key) {
        wordUses.merge(w, 1L, Long::sum);
      }
    }
    List<Entry> entries = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : ids.entrySet()) {
      // the curated ontologies first: a name that is both a disease and a phenotype is a disease
      e.getValue().sort(java.util.Comparator.comparingInt(ConceptMatcher::rank));
      String key = e.getKey();
      boolean ambiguous = key.indexOf(' ') < 0 && english.isCommon(key);
      List<String> capitals = new ArrayList<>(capitalIds.getOrDefault(key, List.of()));
      capitals.removeAll(e.getValue());
      entries.add(new Entry(List.copyOf(e.getValue()), List.copyOf(capitals), ambiguous));
    }
    Map<String, Long> entryOf = new TreeMap<>();
    int n = 0;
    for (String key : ids.keySet()) {
      entryOf.put(key, (long) ++n);
    }
    return new ConceptMatcher(
        fst(entryOf), List.copyOf(entries), new Spelling(fst(wordUses)), english);
  }

  private static int rank(String id) {
    String prefix = id.substring(0, id.indexOf(':') + 1);
    return switch (prefix) {
      case "DOID:" -> 0;
      case "SYMP:" -> 1;
      case "HP:" -> 2;
      case "DRUG:" -> 3;
      case "MEDQUAD:" -> 4;
      default -> 5;
    };
  }

  /** An FST of keys in sorted order to positive numbers. */
  private static FST<Long> fst(Map<String, Long> sorted) {
    try {
      FSTCompiler<Long> compiler =
          new FSTCompiler.Builder<>(FST.INPUT_TYPE.BYTE1, PositiveIntOutputs.getSingleton())
              .build();
      IntsRefBuilder scratch = new IntsRefBuilder();
      // TreeMap order is UTF-16 order, the same as UTF-8 byte order for these ASCII keys
      for (Map.Entry<String, Long> e : sorted.entrySet()) {
        compiler.add(Util.toIntsRef(new BytesRef(e.getKey()), scratch), e.getValue());
      }
      FST<Long> fst = FST.fromFSTReader(compiler.compile(), compiler.getFSTReader());
      if (fst == null) {
        throw new IllegalArgumentException("no names to match");
      }
      return fst;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the compiled matcher; {@link #read} reads it back. */
  void write(DataOutput out) throws IOException {
    out.writeVInt(entries.size());
    for (Entry e : entries) {
      out.writeByte((byte) (e.ambiguous() ? 1 : 0));
      writeIds(out, e.conceptIds());
      writeIds(out, e.capitalIds());
    }
    fst.save(out, out);
    spelling.fst().save(out, out);
  }

  private static void writeIds(DataOutput out, List<String> ids) throws IOException {
    out.writeVInt(ids.size());
    for (String id : ids) {
      out.writeString(id);
    }
  }

  private static List<String> readIds(DataInput in) throws IOException {
    int k = in.readVInt();
    List<String> ids = new ArrayList<>(k);
    for (int j = 0; j < k; j++) {
      ids.add(in.readString().intern());
    }
    return List.copyOf(ids);
  }

  static ConceptMatcher read(DataInput in, EnglishWords english) throws IOException {
    int n = in.readVInt();
    List<Entry> entries = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      byte flags = in.readByte();
      entries.add(new Entry(readIds(in), readIds(in), (flags & 1) != 0));
    }
    PositiveIntOutputs outputs = PositiveIntOutputs.getSingleton();
    FST<Long> names = new FST<>(FST.readMetadata(in, outputs), in);
    FST<Long> words = new FST<>(FST.readMetadata(in, outputs), in);
    return new ConceptMatcher(names, List.copyOf(entries), new Spelling(words), english);
  }

  EnglishWords english() {
    return english;
  }

  /**
   * The words of names in the terminologies that are not English words ("hypertonia", "glioma",
   * "myoclonus"): a question using one is about medicine even when it names no whole concept.
   */
  public List<Word> medicalWords(List<Word> words) {
    return words.stream()
        .filter(w -> w.norm().length() >= MIN_CORRECTED)
        .filter(w -> w.norm().chars().allMatch(Character::isLetter))
        .filter(w -> !english.isWord(w.lower()) && spelling.knows(w.norm()))
        .toList();
  }

  /** The concepts the text names, in order of where they start. */
  public List<Mention> find(String text) {
    return find(text, Words.of(text));
  }

  /**
   * The concepts named by {@code words} (the {@link Words#of words} of {@code text}), in order of
   * where they start; a name inside a longer one found at the same place is left out.
   */
  public List<Mention> find(String text, List<Word> words) {
    List<Integer> content = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    List<Boolean> corrected = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      if (Words.isFiller(w.lower())) {
        continue;
      }
      content.add(i);
      String key = w.norm();
      boolean fixed = false;
      if (!spelling.knows(key)
          && key.length() >= MIN_CORRECTED
          && key.chars().allMatch(Character::isLetter)
          && !english.isWord(w.lower())) {
        String better = spelling.correct(key).orElse(null);
        if (better != null) {
          key = better;
          fixed = true;
        }
      }
      keys.add(key);
      corrected.add(fixed);
    }
    List<Mention> found = new ArrayList<>();
    try {
      FST.BytesReader reader = fst.getBytesReader();
      FST.Arc<Long> arc = new FST.Arc<>();
      for (int s = 0; s < keys.size(); s++) {
        Mention longest = null;
        fst.getFirstArc(arc);
        long output = 0;
        walk:
        for (int e = s; e < keys.size() && e < s + MAX_WORDS; e++) {
          String key = keys.get(e);
          if (e > s && fst.findTargetArc(' ', arc, arc, reader) == null) {
            break;
          }
          if (e > s) {
            output += arc.output();
          }
          for (int c = 0; c < key.length(); c++) {
            if (fst.findTargetArc(key.charAt(c), arc, arc, reader) == null) {
              break walk;
            }
            output += arc.output();
          }
          if (arc.isFinal()) {
            Entry entry = entries.get((int) (output + arc.nextFinalOutput()) - 1);
            List<String> named = entry.conceptIds();
            if (!entry.capitalIds().isEmpty() && capitalized(words, content, s, e)) {
              named = new ArrayList<>(named);
              named.addAll(entry.capitalIds());
              // the curated ontologies first here too: "CAD" is coronary artery disease before
              // MedQuAD's cold agglutinin disease
              named.sort(java.util.Comparator.comparingInt(ConceptMatcher::rank));
            }
            if (named.isEmpty()) {
              continue;
            }
            Word first = words.get(content.get(s));
            Word last = words.get(content.get(e));
            boolean fixed = corrected.subList(s, e + 1).contains(true);
            longest =
                new Mention(
                    named,
                    content.get(s),
                    content.get(e),
                    first.start(),
                    last.end(),
                    text.substring(first.start(), last.end()),
                    entry.ambiguous(),
                    fixed);
          }
        }
        if (longest != null) {
          found.add(longest);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return withoutContained(found);
  }

  private static boolean capitalized(List<Word> words, List<Integer> content, int s, int e) {
    for (int i = s; i <= e; i++) {
      if (!words.get(content.get(i)).capitals()) {
        return false;
      }
    }
    return true;
  }

  /** Drops a mention that lies inside another ("pain" inside "chest pain"). */
  private static List<Mention> withoutContained(List<Mention> found) {
    Set<Mention> out = new LinkedHashSet<>();
    for (Mention m : found) {
      boolean inside =
          found.stream()
              .anyMatch(
                  o ->
                      o != m
                          && o.first() <= m.first()
                          && o.last() >= m.last()
                          && (o.last() - o.first()) > (m.last() - m.first()));
      if (!inside) {
        out.add(m);
      }
    }
    return List.copyOf(out);
  }
}
