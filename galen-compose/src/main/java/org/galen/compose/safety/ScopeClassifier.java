package org.galen.compose.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.galen.core.GalenException;

/**
 * Tells health questions from others. A question is about health when it names a topic the library
 * knows, uses a clearly medical word or word form, or uses two words that are medical in context
 * ("pressure" and "heart"), from the lexicon in {@code medical-lexicon.txt}.
 */
public final class ScopeClassifier {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private final Pattern strong;
  private final Pattern weak;

  ScopeClassifier(List<String> strongWords, List<String> weakWords, List<String> patterns) {
    List<String> strongAlternatives = new ArrayList<>(words(strongWords));
    strongAlternatives.addAll(patterns);
    this.strong = Pattern.compile("\\b(" + String.join("|", strongAlternatives) + ")", FLAGS);
    this.weak = Pattern.compile("\\b(" + String.join("|", words(weakWords)) + ")", FLAGS);
  }

  /**
   * Word beginnings; short entries ("ear", "hip") must match whole words, not "early", "hipster".
   */
  private static List<String> words(List<String> entries) {
    return entries.stream()
        .map(s -> s.length() <= 4 ? Pattern.quote(s) + "s?\\b" : Pattern.quote(s))
        .toList();
  }

  public static ScopeClassifier bundled() {
    try (InputStream in =
        Objects.requireNonNull(
            ScopeClassifier.class.getResourceAsStream("medical-lexicon.txt"),
            "medical-lexicon.txt")) {
      Map<String, List<String>> sections = new LinkedHashMap<>();
      List<String> current = null;
      for (String raw : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
        String line = raw.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (line.startsWith("[") && line.endsWith("]")) {
          current =
              sections.computeIfAbsent(
                  line.substring(1, line.length() - 1), k -> new ArrayList<>());
        } else if (current == null) {
          throw new GalenException(
              "medical-lexicon.txt: '" + line + "' comes before any [section]");
        } else if (sections.get("patterns") == current) {
          current.add(line);
        } else {
          for (String word : line.split("\\s*,\\s*")) {
            if (!word.isEmpty()) {
              current.add(word);
            }
          }
        }
      }
      return new ScopeClassifier(
          sections.getOrDefault("strong", List.of()),
          sections.getOrDefault("weak", List.of()),
          sections.getOrDefault("patterns", List.of()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether the question is about health.
   *
   * @param namesKnownTopic whether search found a library topic named in the question or
   *     conversation
   */
  public boolean isMedical(String question, List<String> previous, boolean namesKnownTopic) {
    if (namesKnownTopic || medical(question)) {
      return true;
    }
    return previous.stream().anyMatch(this::medical);
  }

  private boolean medical(String text) {
    if (strong.matcher(text).find()) {
      return true;
    }
    Matcher m = weak.matcher(text);
    int n = 0;
    while (m.find()) {
      if (++n >= 2) {
        return true;
      }
    }
    return false;
  }
}
