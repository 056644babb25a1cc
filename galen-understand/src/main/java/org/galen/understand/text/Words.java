package org.galen.understand.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Splits text into words and normalizes each the same way for questions and for terminology names:
 * lower case, accents folded, apostrophes dropped ("can't" is "cant"), British spellings to
 * American ("haemorrhage", "oesophagus", "tumour", "paralyse"), and plurals to singular by Harman's
 * S-stemmer (the rule Lucene's EnglishMinimalStemmer implements).
 */
public final class Words {
  /**
   * Words a name does not need to match: articles, possessives and the prepositions that join the
   * parts of a name in everyday speech ("pain in my chest", "loss of consciousness").
   */
  private static final Set<String> FILLER =
      Set.of(
          "a", "an", "the", "my", "your", "his", "her", "their", "our", "its", "of", "in", "on",
          "at", "to", "this", "that", "these", "those", "some", "very", "really", "from");

  private static final Pattern YSE = Pattern.compile("ys(e|ed|ing)$");
  private static final Pattern ISE = Pattern.compile("(?<=[a-z]{3})is(e|ed|es|ing|ation|ations)$");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Words() {}

  /**
   * The words of a text, in order: runs of letters and digits, with an apostrophe inside a word
   * ("can't") and a decimal point or comma inside a number ("38.5") kept in it.
   */
  public static List<Word> of(String text) {
    List<Word> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      int c = text.codePointAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i += Character.charCount(c);
        continue;
      }
      int start = i;
      while (i < n) {
        int d = text.codePointAt(i);
        if (Character.isLetterOrDigit(d)) {
          i += Character.charCount(d);
        } else if ((d == '\'' || d == '\u2019')
            && i + 1 < n
            && Character.isLetter(text.charAt(i + 1))
            && i > start
            && Character.isLetter(text.charAt(i - 1))) {
          i++;
        } else if ((d == '.' || d == ',')
            && i + 1 < n
            && Character.isDigit(text.charAt(i + 1))
            && i > start
            && Character.isDigit(text.charAt(i - 1))) {
          i++;
        } else {
          break;
        }
      }
      String raw = text.substring(start, i);
      String lower = fold(raw);
      if (!lower.isEmpty()) {
        // "AIDS" or "chILD", but not "Can" opening a sentence: one capital is no acronym
        boolean capitals =
            raw.chars().filter(Character::isUpperCase).count() >= Math.min(2, raw.length());
        out.add(new Word(normalize(lower), lower, start, i, capitals));
      }
    }
    return out;
  }

  /** The normalized words of a text, fillers left out: how names are keyed and looked up. */
  public static List<String> key(String text) {
    List<String> out = new ArrayList<>();
    for (Word w : of(text)) {
      if (!isFiller(w.lower())) {
        out.add(w.norm());
      }
    }
    return out;
  }

  public static boolean isFiller(String lower) {
    return FILLER.contains(lower);
  }

  /** Lower case, accents folded to ASCII, apostrophes dropped. */
  static String fold(String raw) {
    String s = raw.toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "").replace(",", "");
    boolean ascii = s.chars().allMatch(c -> c < 128);
    if (ascii) {
      return s;
    }
    String decomposed = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    char[] in = decomposed.toCharArray();
    char[] out = new char[in.length * 4];
    int n = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
    return new String(out, 0, n);
  }

  /** A folded word in its normalized form: American spelling, singular. */
  public static String normalize(String lower) {
    return american(singular(lower));
  }

  /**
   * British medical spellings to American: "ae"/"oe" to "e" (haem, anaemia, paediatric, oesophagus,
   * diarrhoea, oedema), "-our" to "-or", "-tre"/"-bre" to "-ter"/"-ber", "-yse" to "-yze", and
   * "-is(e|ed|ing|ation)" to "-iz...". Applied to questions and names alike, so a rare collision
   * only joins two spellings that were never in a name.
   */
  static String american(String w) {
    if (w.length() < 5 || !isLetters(w)) {
      return w;
    }
    String s = w;
    if (s.length() >= 6) {
      s = s.replace("ae", "e").replace("oe", "e");
    }
    if (s.length() >= 6 && s.endsWith("our")) {
      s = s.substring(0, s.length() - 3) + "or";
    } else if (s.endsWith("tre") || s.endsWith("bre")) {
      s = s.substring(0, s.length() - 2) + "er";
    } else if (s.endsWith("yse") || s.endsWith("ysed") || s.endsWith("ysing")) {
      s = YSE.matcher(s).replaceFirst("yz$1");
    } else if (s.length() >= 7) {
      s = ISE.matcher(s).replaceFirst("iz$1");
    }
    return s;
  }

  /**
   * Harman's S-stemmer: "ies" to "y", "es" to "e", "s" dropped, with its exceptions; and a word of
   * three letters is kept whole, as it is more often an abbreviation ("IBS", "CTS") than the plural
   * of a two-letter word.
   */
  static String singular(String w) {
    int n = w.length();
    if (n <= 3 || w.charAt(n - 1) != 's' || !isLetters(w)) {
      return w;
    }
    char before = w.charAt(n - 2);
    if (before == 'u' || before == 's') {
      return w;
    }
    if (before == 'e') {
      char third = w.charAt(n - 3);
      if (n > 3 && third == 'i' && w.charAt(n - 4) != 'a' && w.charAt(n - 4) != 'e') {
        return w.substring(0, n - 3) + "y";
      }
      if (third == 'i' || third == 'a' || third == 'o' || third == 'e') {
        return w;
      }
    }
    return w.substring(0, n - 1);
  }

  private static boolean isLetters(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }
}
