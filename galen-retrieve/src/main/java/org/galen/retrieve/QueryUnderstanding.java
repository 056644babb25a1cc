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
  private final Map<Pattern, List<String>> expansions;

  public QueryUnderstanding(Analyzer analyzer, Map<String, List<String>> vocabulary) {
    this.analyzer = analyzer;
    Map<Pattern, List<String>> compiled = new LinkedHashMap<>();
    vocabulary.forEach(
        (term, exp) ->
            compiled.put(
                Pattern.compile(
                    "(?<![\\w-])" + Pattern.quote(term) + "(?![\\w-])", Pattern.CASE_INSENSITIVE),
                exp));
    this.expansions = compiled;
  }

  /** The bundled vocabulary, {@code vocabulary.tsv}. */
  public static QueryUnderstanding bundled(Analyzer analyzer) {
    return new QueryUnderstanding(analyzer, readVocabulary("vocabulary.tsv"));
  }

  /** The question's text followed by the clinical expansions of any abbreviation or lay term. */
  public String expand(String text) {
    Set<String> added = new LinkedHashSet<>();
    for (Map.Entry<Pattern, List<String>> e : expansions.entrySet()) {
      Matcher m = e.getKey().matcher(text);
      if (m.find()) {
        added.addAll(e.getValue());
      }
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
