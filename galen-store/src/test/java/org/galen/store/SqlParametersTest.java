package org.galen.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every value reaches SQL as a bound parameter ({@code ?} with {@code Database.prepare/update/
 * insert}): the store's sources may join SQL text only with string literals and constants (such as
 * a column list), never with a variable that could carry user input.
 */
class SqlParametersTest {
  private static final Pattern SQL =
      Pattern.compile(
          "(?i)\\b(select|insert\\s+into|update|delete\\s+from|where|values|order\\s+by|set)\\b");
  private static final String LITERAL = "\"(?:[^\"\\\\\\n]|\\\\.)*\"";
  // a literal joined to something that is not a literal: "..." + x, or x + "..."
  private static final Pattern JOINED =
      Pattern.compile(
          "("
              + LITERAL
              + ")\\s*\\+\\s*([A-Za-z_][\\w.]*(?:\\([^)]*\\))?)"
              + "|([A-Za-z_][\\w.]*(?:\\([^)]*\\))?)\\s*\\+\\s*("
              + LITERAL
              + ")");

  /** Private fragments whose every caller passes a literal, checked by reading those callers. */
  private static final Set<String> TRUSTED_FRAGMENTS = Set.of("where");

  /**
   * What SQL cannot take as a parameter: the column names of an insert, which {@code TableData}
   * reads from the schema's own metadata (never from the backup it loads), and its placeholders.
   */
  private static final Set<String> UNPARAMETERIZABLE = Set.of("columnList", "placeholders");

  @Test
  void sqlIsJoinedOnlyWithLiteralsAndConstants() throws IOException {
    List<String> offences = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String code = Files.readString(f);
        Matcher m = JOINED.matcher(code);
        while (m.find()) {
          String literal = m.group(1) != null ? m.group(1) : m.group(4);
          String other = m.group(1) != null ? m.group(2) : m.group(3);
          if (!SQL.matcher(literal).find() || isSafe(other)) {
            continue;
          }
          int line = code.substring(0, m.start()).split("\n", -1).length;
          offences.add(f + ":" + line + ": SQL " + literal + " joined with " + other);
        }
      }
    }
    assertThat(offences).as("SQL built from values instead of bound parameters").isEmpty();
  }

  @Test
  void theGuardCatchesAValueJoinedIntoSql() {
    String bad = "String sql = \"select * from users where name = '\" + name + \"'\";";
    Matcher m = JOINED.matcher(bad);
    assertThat(m.find()).isTrue();
    assertThat(isSafe(m.group(2))).isFalse();
  }

  private static boolean isSafe(String expression) {
    String last = expression.substring(expression.lastIndexOf('.') + 1);
    return last.matches("[A-Z][A-Z0-9_]*")
        || TRUSTED_FRAGMENTS.contains(expression)
        || UNPARAMETERIZABLE.contains(expression);
  }
}
