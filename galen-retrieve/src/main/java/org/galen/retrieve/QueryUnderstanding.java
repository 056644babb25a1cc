package org.galen.retrieve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.galen.index.Fields;

/**
 * Turns question text into search terms: expands abbreviations and lay words to clinical terms
 * (from a vocabulary data file), then analyzes with the index's own analyzer.
 */
public final class QueryUnderstanding {
  private final Analyzer analyzer;
  private final Map<String, List<String>> expansions;

  /** Every vocabulary term in one alternation, longest first, so one scan finds them all. */
  private final Pattern anyTerm;

  public QueryUnderstanding(Analyzer analyzer, Map<String, List<String>> vocabulary) {
    this.analyzer = analyzer;
    Map<String, List<String>> lower = new LinkedHashMap<>();
    vocabulary.forEach((term, exp) -> lower.put(term.toLowerCase(Locale.ROOT), exp));
    this.expansions = lower;
    List<String> terms = new ArrayList<>(lower.keySet());
    terms.sort(java.util.Comparator.comparingInt(String::length).reversed());
    String alternation =
        terms.isEmpty() ? "(?!)" : String.join("|", terms.stream().map(Pattern::quote).toList());
    this.anyTerm =
        Pattern.compile(
            "(?<![\\w-])(?:" + alternation + ")(?![\\w-])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The bundled vocabulary, {@code vocabulary.tsv}. */
  public static QueryUnderstanding bundled(Analyzer analyzer) {
    return new QueryUnderstanding(analyzer, readVocabulary("vocabulary.tsv"));
  }

  /** The question's text followed by the clinical expansions of any abbreviation or lay term. */
  public String expand(String text) {
    Set<String> added = new LinkedHashSet<>();
    Matcher m = anyTerm.matcher(text);
    // overlapping terms ("hurt my back", "back") both count: retry one character after each match
    int from = 0;
    while (from < text.length() && m.find(from)) {
      List<String> exp = expansions.get(m.group().toLowerCase(Locale.ROOT));
      if (exp != null) {
        added.addAll(exp);
      }
      from = m.start() + 1;
    }
    return added.isEmpty() ? text : text + " " + String.join(" ", added);
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
        vocab.put(
            parts[0].strip().toLowerCase(Locale.ROOT), List.of(parts[1].strip().split("\\|")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return vocab;
  }
}
