package org.galen.understand.context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.galen.core.GalenException;
import org.galen.understand.context.Trigger.Role;
import org.galen.understand.terminology.Mention;
import org.galen.understand.text.Word;
import org.galen.understand.text.Words;
import org.jspecify.annotations.Nullable;

/**
 * The ConText algorithm (Harkema, Dowling, Thornblade and Chapman, J Biomed Inform 2009;42:839),
 * which extends NegEx (Chapman et al., J Biomed Inform 2001;34:301): within a sentence, a trigger
 * phrase acts on the findings after it ([PREN]) or before it ([POST]) until the sentence ends, a
 * termination term ([CONJ]) or another trigger; a pseudo-trigger ([PSEU]) blocks the trigger it
 * contains. The trigger lists are data: NegEx's and ConText's published lists as their authors
 * released them, and Galen's additions for questions people type ({@code galen-triggers.txt}).
 * Times are read as ConText does: a finding more than 14 days before is historical.
 */
public final class ConText {
  private static final int TWO_WEEKS_IN_DAYS = 14;

  /** Sentence ends, and the dashes people type between clauses. */
  private static final Pattern SENTENCE_END =
      Pattern.compile("[.?!;\\n]+| [-\u2013\u2014]+ |[\u2013\u2014]");

  /**
   * How far a negation reaches forward, in words: NegEx's window (Chapman et al. 2001 used five
   * terms; six keeps "no fever, cough, rash or neck stiffness" whole), since a question's sentence
   * often runs on past what the negation concerns ("not really heartburn, the pain is spreading").
   */
  private static final int NEGATION_WINDOW = 6;

  private static final Pattern TIME_AGO =
      Pattern.compile(
          "\\b(\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a"
              + " couple of|couple of|couple|few|several|many)\\s+(minute|min|hour|hr|day|week|wk|month|year|yr|decade)s?\\s+ago\\b");
  private static final Pattern IN_YEAR = Pattern.compile("\\b(in|back in|since) (19|20)\\d\\d\\b");

  private static final Map<String, Integer> NUMBERS =
      Map.ofEntries(
          Map.entry("a", 1),
          Map.entry("an", 1),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("a few", 3),
          Map.entry("few", 3),
          Map.entry("a couple of", 2),
          Map.entry("couple of", 2),
          Map.entry("couple", 2),
          Map.entry("several", 4),
          Map.entry("many", 10));

  /** Triggers of each feature, by their first word, longest first. */
  private final Map<Feature, Map<String, List<Trigger>>> triggers;

  ConText(List<Trigger> all) {
    Map<Feature, Map<String, List<Trigger>>> byFeature = new EnumMap<>(Feature.class);
    for (Trigger t : all) {
      byFeature
          .computeIfAbsent(t.feature(), f -> new HashMap<>())
          .computeIfAbsent(t.words().getFirst(), w -> new ArrayList<>())
          .add(t);
    }
    byFeature
        .values()
        .forEach(
            m -> m.values().forEach(l -> l.sort((a, b) -> b.words().size() - a.words().size())));
    this.triggers = byFeature;
  }

  /** NegEx's and ConText's published trigger lists, and Galen's own. */
  public static ConText bundled() {
    List<Trigger> all = new ArrayList<>();
    all.addAll(read("negex-triggers.txt", Feature.NEGATION));
    all.addAll(read("context-history-triggers.txt", Feature.HISTORY));
    all.addAll(read("context-hypothetical-triggers.txt", Feature.HYPOTHETICAL));
    all.addAll(read("context-experiencer-triggers.txt", Feature.EXPERIENCER));
    all.addAll(read("galen-triggers.txt", null));
    return new ConText(all);
  }

  /**
   * Reads a trigger list: {@code phrase<TAB><TAB>[TAG]} in the published lists, {@code
   * phrase<TAB>feature<TAB>[TAG]} in Galen's.
   *
   * @param feature the feature of every trigger of a published list; null when each line names it
   */
  static List<Trigger> read(String resource, @Nullable Feature feature) {
    List<Trigger> out = new ArrayList<>();
    try (InputStream in = ConText.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new GalenException("the ConText trigger list " + resource + " is missing");
      }
      int n = 0;
      for (String raw : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        n++;
        String line = raw.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = raw.replace("\r", "").split("\t");
        if (f.length != 3) {
          throw new GalenException(
              resource + " line " + n + ": expected phrase, feature and [TAG] separated by tabs");
        }
        Feature feat =
            feature != null ? feature : Feature.valueOf(f[1].strip().toUpperCase(Locale.ROOT));
        List<String> words = Words.of(f[0]).stream().map(Word::lower).toList();
        if (words.isEmpty()) {
          continue;
        }
        String tag = f[2].strip();
        Trigger t =
            switch (tag) {
              case "[PREN]" ->
                  new Trigger(
                      words,
                      feat,
                      Role.FORWARD,
                      false,
                      feat == Feature.NEGATION ? NEGATION_WINDOW : 0);
              case "[PREP]" ->
                  new Trigger(
                      words,
                      feat,
                      Role.FORWARD,
                      true,
                      feat == Feature.NEGATION ? NEGATION_WINDOW : 0);
              case "[ONEW]" -> new Trigger(words, feat, Role.FORWARD, false, 4);
              case "[POST]" -> new Trigger(words, feat, Role.BACKWARD, false, 0);
              case "[POSP]" -> new Trigger(words, feat, Role.BACKWARD, true, 0);
              case "[PSEU]" -> new Trigger(words, feat, Role.PSEUDO, false, 0);
              case "[CONJ]" -> new Trigger(words, feat, Role.TERMINATE, false, 0);
              default -> throw new GalenException(resource + " line " + n + ": unknown tag " + tag);
            };
        out.add(t);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Finds the triggers of a text once, so its findings can be read from them. */
  public Annotated annotate(String text, List<Word> words) {
    int[] sentence = sentences(text, words);
    Map<Feature, Placed[]> placed = new EnumMap<>(Feature.class);
    for (Feature f : Feature.values()) {
      Placed[] at = new Placed[words.size()];
      Map<String, List<Trigger>> byFirst = triggers.getOrDefault(f, Map.of());
      if (f == Feature.HISTORY) {
        times(text, words, at);
      }
      int i = 0;
      while (i < words.size()) {
        if (at[i] != null) {
          i = at[i].last + 1;
          continue;
        }
        Trigger found = null;
        for (Trigger t : byFirst.getOrDefault(words.get(i).lower(), List.of())) {
          if (matches(t, words, sentence, i)) {
            found = t;
            break;
          }
        }
        if (found == null) {
          i++;
          continue;
        }
        Placed p = new Placed(found, i, i + found.words().size() - 1);
        for (int k = p.first; k <= p.last; k++) {
          at[k] = p;
        }
        i = p.last + 1;
      }
      placed.put(f, at);
    }
    return new Annotated(words, sentence, placed);
  }

  private static boolean matches(Trigger t, List<Word> words, int[] sentence, int i) {
    List<String> tw = t.words();
    if (i + tw.size() > words.size()) {
      return false;
    }
    for (int k = 0; k < tw.size(); k++) {
      if (!words.get(i + k).lower().equals(tw.get(k)) || sentence[i + k] != sentence[i]) {
        return false;
      }
    }
    return true;
  }

  /** "3 years ago", "in 2019": historical beyond two weeks, else the end of a history's reach. */
  private static void times(String text, List<Word> words, Placed[] at) {
    String lower = text.toLowerCase(Locale.ROOT);
    Matcher m = TIME_AGO.matcher(lower);
    while (m.find()) {
      int n =
          m.group(1).chars().allMatch(Character::isDigit)
              ? Integer.parseInt(m.group(1).length() > 6 ? "999999" : m.group(1))
              : NUMBERS.getOrDefault(m.group(1), 1);
      double days =
          switch (m.group(2)) {
            case "minute", "min" -> n / 1440.0;
            case "hour", "hr" -> n / 24.0;
            case "day" -> n;
            case "week", "wk" -> 7.0 * n;
            case "month" -> 30.0 * n;
            case "year", "yr" -> 365.0 * n;
            default -> 3650.0 * n;
          };
      Role role = days > TWO_WEEKS_IN_DAYS ? Role.BOTH : Role.TERMINATE;
      place(words, at, m.start(), m.end(), role);
    }
    m = IN_YEAR.matcher(lower);
    while (m.find()) {
      place(words, at, m.start(), m.end(), Role.BOTH);
    }
  }

  private static void place(List<Word> words, Placed[] at, int start, int end, Role role) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).start() >= start && words.get(i).end() <= end) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first < 0) {
      return;
    }
    List<String> ws = words.subList(first, last + 1).stream().map(Word::lower).toList();
    Placed p = new Placed(new Trigger(ws, Feature.HISTORY, role, false, 0), first, last);
    for (int k = first; k <= last; k++) {
      at[k] = p;
    }
  }

  private static int[] sentences(String text, List<Word> words) {
    int[] out = new int[words.size()];
    Matcher m = SENTENCE_END.matcher(text);
    List<Integer> ends = new ArrayList<>();
    while (m.find()) {
      // a decimal point is not a sentence end ("38.5")
      boolean decimal =
          text.charAt(m.start()) == '.'
              && m.start() > 0
              && m.end() < text.length()
              && Character.isDigit(text.charAt(m.start() - 1))
              && Character.isDigit(text.charAt(m.end()));
      if (!decimal) {
        ends.add(m.start());
      }
    }
    int s = 0;
    for (int i = 0; i < words.size(); i++) {
      while (s < ends.size() && ends.get(s) < words.get(i).start()) {
        s++;
      }
      out[i] = s;
    }
    return out;
  }

  private record Placed(Trigger trigger, int first, int last) {}

  /** A text's words with the triggers found in it. */
  public static final class Annotated {
    private final List<Word> words;
    private final int[] sentence;
    private final Map<Feature, Placed[]> placed;

    private Annotated(List<Word> words, int[] sentence, Map<Feature, Placed[]> placed) {
      this.words = words;
      this.sentence = sentence;
      this.placed = placed;
    }

    /** The context of a mentioned concept. */
    public Finding finding(Mention m) {
      boolean[] possible = new boolean[1];
      boolean negated = applies(Feature.NEGATION, m.first(), m.last(), possible);
      return new Finding(
          m,
          negated,
          negated && possible[0],
          applies(Feature.HISTORY, m.first(), m.last(), new boolean[1]),
          applies(Feature.HYPOTHETICAL, m.first(), m.last(), new boolean[1]),
          applies(Feature.EXPERIENCER, m.first(), m.last(), new boolean[1]));
    }

    /** The context of any run of words, as if it named a concept. */
    public Finding span(int first, int last) {
      Word a = words.get(first);
      Word b = words.get(last);
      return finding(new Mention(List.of(), first, last, a.start(), b.end(), "", false, false));
    }

    public List<Word> words() {
      return words;
    }

    /** The index of the sentence each word is in. */
    public int sentenceOf(int word) {
      return sentence[word];
    }

    /**
     * Whether a trigger of the feature reaches the words: the nearest trigger before them in the
     * sentence runs forward (within its window), or the nearest after them runs backward; a
     * termination term or pseudo-trigger between ends the search.
     */
    private boolean applies(Feature f, int first, int last, boolean[] possible) {
      Placed[] at = placed.get(f);
      if (at == null) {
        return false;
      }
      int s = sentence[first];
      for (int j = first - 1; j >= 0 && sentence[j] == s; j--) {
        Placed p = at[j];
        if (p == null || p.last >= first) {
          continue;
        }
        Role r = p.trigger.role();
        if (r == Role.FORWARD || r == Role.BOTH) {
          int window = p.trigger.window();
          if (window == 0 || first - p.last <= window) {
            possible[0] = p.trigger.possible();
            return true;
          }
        }
        break;
      }
      for (int j = last + 1; j < words.size() && sentence[j] == sentence[last]; j++) {
        Placed p = at[j];
        if (p == null || p.first <= last) {
          continue;
        }
        Role r = p.trigger.role();
        if (r == Role.BACKWARD || r == Role.BOTH) {
          possible[0] = p.trigger.possible();
          return true;
        }
        break;
      }
      return false;
    }
  }
}
