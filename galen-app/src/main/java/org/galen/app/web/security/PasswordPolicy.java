package org.galen.app.web.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be: at least 12 characters, not the account's name, not a run of one
 * character or of a keyboard or alphabet sequence, and not one of the passwords people choose most
 * ({@code common-passwords.txt}) however it is dressed up (capitals, look-alike digits, digits and
 * symbols around it, repeated).
 */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 12;
  private static final Set<String> COMMON = load();
  private static final String RUNS =
      "abcdefghijklmnopqrstuvwxyz 0123456789 qwertyuiop asdfghjkl zxcvbnm 1qaz2wsx3edc";

  private PasswordPolicy() {}

  /** Why {@code password} is refused for {@code username}, in the user's words; empty when fine. */
  public static Optional<String> problem(String username, String password) {
    if (password.length() < MIN_LENGTH) {
      return Optional.of("Use at least " + MIN_LENGTH + " characters.");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (!username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
      return Optional.of("Do not use your user name in your password.");
    }
    String core = core(lower);
    if (core.chars().distinct().count() <= 2 || isRun(core) || isRun(lower)) {
      return Optional.of("That password is too easy to guess: choose one that is not a pattern.");
    }
    List<String> words =
        java.util.Arrays.stream(lower.split("[^a-z]+")).filter(w -> !w.isEmpty()).toList();
    boolean onlyCommonWords = !words.isEmpty() && COMMON.containsAll(words);
    if (COMMON.contains(core) || isRepeatOfCommon(core) || onlyCommonWords) {
      return Optional.of(
          "That password is among the ones people choose most, so it is guessed first: choose"
              + " another, for example a few unrelated words.");
    }
    return Optional.empty();
  }

  /**
   * Lower case, no spaces, digits and symbols at the ends removed, look-alike digits as letters.
   */
  private static String core(String lower) {
    String s = lower.replaceAll("\\s+", "");
    // "password123!" is "password", "p@ssw0rd" is "password"
    String trimmed = s.replaceAll("^[^a-z]+|[^a-z]+$", "");
    StringBuilder sb = new StringBuilder();
    for (char c : (trimmed.isEmpty() ? s : trimmed).toCharArray()) {
      sb.append(
          switch (c) {
            case '0' -> 'o';
            case '1', '!' -> 'i';
            case '3' -> 'e';
            case '4', '@' -> 'a';
            case '5', '$' -> 's';
            case '7' -> 't';
            default -> c;
          });
    }
    return sb.toString();
  }

  private static boolean isRun(String s) {
    String t = s.replaceAll("\\s+", "");
    if (t.length() < 4) {
      return t.length() > 0;
    }
    for (String run : RUNS.split(" ")) {
      String twice = run + run;
      if (twice.contains(t) || new StringBuilder(twice).reverse().toString().contains(t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isRepeatOfCommon(String core) {
    for (int len = 1; len <= core.length() / 2; len++) {
      if (core.length() % len == 0
          && core.equals(core.substring(0, len).repeat(core.length() / len))) {
        String unit = core.substring(0, len);
        return COMMON.contains(unit) || unit.length() <= 3;
      }
    }
    return false;
  }

  private static Set<String> load() {
    Set<String> out = new HashSet<>();
    try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
      if (in == null) {
        throw new IllegalStateException("common-passwords.txt is missing from the build");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          out.add(s.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(out);
  }
}
