package org.galen.retrieve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.galen.index.Fields;

/**
 * Turns question text into search terms: expands abbreviations, lay words, alternative condition
 * names and drug brand names to clinical terms (from vocabulary data files), then analyzes with the
 * index's own analyzer. Phrases are looked up by their words, longest first, so a vocabulary of
 * thousands of entries costs a few hash lookups per question.
 */
public final class QueryUnderstanding {
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final int CASE_SENSITIVE_MAX = 5;

  private final Analyzer analyzer;
  private final Map<String, List<String>> anyCase = new HashMap<>();
  private final Map<String, List<String>> exactCase = new HashMap<>();
  private final int longest;

  /**
   * @param vocabulary term to its expansions; a term of at most five characters that holds a
   *     capital letter ("ALL", "DTaP") matches only in that case, every other term in any case
   */
  public QueryUnderstanding(Analyzer analyzer, Map<String, List<String>> vocabulary) {
    this.analyzer = analyzer;
    int max = 1;
    for (Map.Entry<String, List<String>> e : vocabulary.entrySet()) {
      List<String> words = words(e.getKey());
      if (words.isEmpty()) {
        continue;
      }
      String key = String.join(" ", words);
      boolean exact =
          !key.equals(key.toLowerCase(Locale.ROOT)) && key.length() <= CASE_SENSITIVE_MAX;
      Map<String, List<String>> target = exact ? exactCase : anyCase;
      String k = exact ? key : key.toLowerCase(Locale.ROOT);
      List<String> merged = new ArrayList<>(target.getOrDefault(k, List.of()));
      e.getValue().stream().filter(x -> !merged.contains(x)).forEach(merged::add);
      target.put(k, List.copyOf(merged));
      max = Math.max(max, words.size());
    }
    this.longest = max;
  }

  /**
   * The bundled vocabularies: {@code vocabulary.tsv} and MedQuAD's synonyms, which galen-understand
   * holds with the other terminologies.
   */
  public static QueryUnderstanding bundled(Analyzer analyzer) {
    Map<String, List<String>> vocab =
        new LinkedHashMap<>(
            readVocabulary("/org/galen/understand/terminology/medquad-synonyms.tsv"));
    // the hand-written entries win where both name a term
    vocab.putAll(readVocabulary("vocabulary.tsv"));
    return new QueryUnderstanding(analyzer, vocab);
  }

  /** The question's text followed by the clinical expansions of any abbreviation or lay term. */
  public String expand(String text) {
    List<String> added = expansions(text);
    return added.isEmpty() ? text : text + " " + String.join(" ", added);
  }

  /**
   * The clinical expansions of the abbreviations and lay terms in the text, without duplicates. A
   * term inside a longer matched phrase is not looked up again ("high blood pressure" does not also
   * expand "blood pressure").
   */
  public List<String> expansions(String text) {
    List<String> words = words(text);
    Set<String> added = new LinkedHashSet<>();
    int i = 0;
    while (i < words.size()) {
      int matched = 0;
      for (int n = Math.min(longest, words.size() - i); n >= 1 && matched == 0; n--) {
        String phrase = String.join(" ", words.subList(i, i + n));
        List<String> exact = exactCase.get(phrase);
        List<String> any = anyCase.get(phrase.toLowerCase(Locale.ROOT));
        if (exact != null) {
          added.addAll(exact);
          matched = n;
        }
        if (any != null) {
          added.addAll(any);
          matched = n;
        }
      }
      i += Math.max(1, matched);
    }
    return new ArrayList<>(added);
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : NON_WORD.split(text)) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** Analyzed terms of {@code text}, in order, without duplicates. */
  public List<String> terms(String text) {
    Set<String> out = new LinkedHashSet<>();
    try (TokenStream ts = analyzer.tokenStream(Fields.TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ArrayList<>(out);
  }

  /** The text of a bundled resource without its comment lines. */
  static String resourceText(String resource) {
    try (InputStream in =
        Objects.requireNonNull(
            QueryUnderstanding.class.getResourceAsStream(resource),
            "missing resource " + resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.startsWith("#"))
          .collect(java.util.stream.Collectors.joining("\n"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, List<String>> readVocabulary(String resource) {
    Map<String, List<String>> vocab = new LinkedHashMap<>();
    try (InputStream in =
            Objects.requireNonNull(
                QueryUnderstanding.class.getResourceAsStream(resource),
                "missing resource " + resource);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t");
        if (parts.length != 2) {
          throw new IllegalStateException(resource + ":" + n + ": expected 'term<TAB>expansion'");
        }
        vocab.put(parts[0].strip(), List.of(parts[1].strip().split("\\|")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return vocab;
  }
}
