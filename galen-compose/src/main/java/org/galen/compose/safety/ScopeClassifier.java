package org.galen.compose.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Tells health questions from others. A question is about health when it names a topic the library
 * knows, or uses a word from a medical lexicon (body parts, symptoms, drugs, care words).
 */
public final class ScopeClassifier {
  private final Pattern lexicon;

  ScopeClassifier(List<String> stems) {
    // short entries ("ear", "hip") would match the start of unrelated words ("early", "hipster")
    String alternatives =
        String.join(
            "|",
            stems.stream()
                .map(s -> s.length() <= 4 ? Pattern.quote(s) + "s?\\b" : Pattern.quote(s))
                .toList());
    this.lexicon =
        Pattern.compile(
            "\\b(" + alternatives + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  public static ScopeClassifier bundled() {
    try (InputStream in =
        Objects.requireNonNull(
            ScopeClassifier.class.getResourceAsStream("medical-lexicon.txt"),
            "medical-lexicon.txt")) {
      List<String> stems =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .map(String::strip)
              .filter(l -> !l.isEmpty() && !l.startsWith("#"))
              .flatMap(l -> List.of(l.split("\\s*,\\s*")).stream())
              .filter(s -> !s.isEmpty())
              .toList();
      return new ScopeClassifier(stems);
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
    if (namesKnownTopic || lexicon.matcher(question).find()) {
      return true;
    }
    return previous.stream().anyMatch(p -> lexicon.matcher(p).find());
  }
}
