package org.galen.ingest.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * Turns a seed into a hostile variant: byte flips, truncation, splices of two seeds, duplicated,
 * removed and nested elements, huge attribute values, deep nesting, byte-order marks and wrong
 * declared encodings, DOCTYPEs and entity tricks, NUL bytes, and numbers pushed to extremes. Each
 * call applies one to four mutations; every choice comes from the random generator, so a seed
 * number replays a run.
 */
final class Mutator {
  /** Inputs never grow past this, so a run measures parsing rather than the allocator. */
  static final int MAX_BYTES = 4 << 20;

  private static final List<String> TOKENS =
      List.of(
          "\u0000",
          "<",
          ">",
          "</",
          "/>",
          "\"",
          "'",
          "&",
          "&amp;",
          "&#0;",
          "&#x110000;",
          "&#xD800;",
          "&unknown;",
          "]]>",
          "<![CDATA[",
          "<!--",
          "-->",
          "<?xml version=\"1.0\"?>",
          "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>",
          "<!DOCTYPE x SYSTEM \"http://127.0.0.1:1/x.dtd\">",
          "<!ENTITY % p SYSTEM \"file:///etc/hostname\"> %p;",
          "&e;",
          "<script>window.__xss=1</script>",
          "\"><img src=x onerror=alert(1)>",
          "javascript:alert(1)",
          "---\n",
          "\n---\n",
          "kind: practice_summary\n",
          "title: \n",
          "id: \n",
          "\n# ",
          "\n###### ",
          "\n- ",
          "\n| a | b |\n|---|---|\n",
          "[^1]",
          "\n\n",
          "\r",
          "\t",
          "\u00a0",
          "\u2028",
          "\ufeff",
          "\ud83d\ude00",
          "{",
          "}",
          "[",
          "]",
          ":",
          ",",
          "null",
          "\"\"",
          "obj",
          "endobj",
          "stream\n",
          "\nendstream",
          "<<",
          ">>",
          "/Type /Page",
          "/Length 2147483647",
          "/Length -1",
          "xref\n",
          "trailer",
          "startxref\n",
          "%%EOF",
          "%PDF-1.7\n",
          "/Filter /FlateDecode",
          "BT /F1 12 Tf (x) Tj ET",
          "R");

  private static final List<byte[]> PREFIXES =
      List.of(
          new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
          new byte[] {(byte) 0xFE, (byte) 0xFF},
          new byte[] {(byte) 0xFF, (byte) 0xFE},
          new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF},
          new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0},
          new byte[] {(byte) 0x1f, (byte) 0x8b},
          "<?xml version=\"1.0\" encoding=\"UTF-16\"?>".getBytes(StandardCharsets.US_ASCII),
          "<?xml version=\"1.0\" encoding=\"EBCDIC-CP-US\"?>".getBytes(StandardCharsets.US_ASCII),
          "<?xml version=\"1.1\"?>".getBytes(StandardCharsets.US_ASCII),
          "<meta charset=\"x-unknown\">".getBytes(StandardCharsets.US_ASCII),
          "<meta charset=\"UTF-16\">".getBytes(StandardCharsets.US_ASCII));

  private final RandomGenerator random;
  private final List<byte[]> seeds;

  Mutator(long seed, List<byte[]> seeds) {
    this.random = new Random(seed);
    this.seeds = seeds;
  }

  RandomGenerator random() {
    return random;
  }

  byte[] mutate(byte[] input) {
    byte[] out = input;
    int rounds = 1 + random.nextInt(4);
    for (int i = 0; i < rounds; i++) {
      out = once(out);
      if (out.length > MAX_BYTES) {
        out = Arrays.copyOf(out, MAX_BYTES);
      }
    }
    return out;
  }

  private byte[] once(byte[] in) {
    int n = in.length;
    return switch (random.nextInt(16)) {
      case 0 -> flipBytes(in);
      case 1 -> n == 0 ? in : Arrays.copyOf(in, random.nextInt(n));
      case 2 -> removeRange(in);
      case 3 -> duplicateRange(in);
      case 4 -> splice(in);
      case 5 -> insert(in, pos(n), TOKENS.get(random.nextInt(TOKENS.size())));
      case 6 -> duplicateElement(in);
      case 7 -> removeTag(in);
      case 8 -> hugeAttribute(in);
      case 9 -> deepNesting(in);
      case 10 -> prefix(in);
      case 11 -> entityTricks(in);
      case 12 -> extremeNumber(in);
      case 13 -> duplicateOrDropLines(in);
      case 14 -> insert(in, pos(n), "\u0000".repeat(1 + random.nextInt(8)));
      default -> insertRandomBytes(in);
    };
  }

  private int pos(int n) {
    return n == 0 ? 0 : random.nextInt(n + 1);
  }

  private byte[] flipBytes(byte[] in) {
    if (in.length == 0) {
      return in;
    }
    byte[] out = in.clone();
    int flips = 1 + random.nextInt(8);
    for (int i = 0; i < flips; i++) {
      int at = random.nextInt(out.length);
      out[at] = random.nextBoolean() ? (byte) (out[at] ^ (1 << random.nextInt(8))) : rndByte();
    }
    return out;
  }

  private byte rndByte() {
    // favour bytes that break decoders and parsers
    byte[] nasty = {0, (byte) 0xFF, (byte) 0xC0, (byte) 0xED, (byte) 0x80, '<', '&', '"', '\n'};
    return random.nextInt(3) == 0 ? nasty[random.nextInt(nasty.length)] : (byte) random.nextInt();
  }

  private byte[] insertRandomBytes(byte[] in) {
    byte[] junk = new byte[1 + random.nextInt(32)];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = rndByte();
    }
    return insert(in, pos(in.length), junk);
  }

  private byte[] removeRange(byte[] in) {
    if (in.length < 2) {
      return in;
    }
    int from = random.nextInt(in.length);
    int to = Math.min(in.length, from + 1 + random.nextInt(Math.max(1, in.length / 8)));
    return concat(Arrays.copyOfRange(in, 0, from), Arrays.copyOfRange(in, to, in.length));
  }

  private byte[] duplicateRange(byte[] in) {
    if (in.length < 2) {
      return in;
    }
    int from = random.nextInt(in.length);
    int to = Math.min(in.length, from + 1 + random.nextInt(Math.max(1, in.length / 4)));
    return insert(in, pos(in.length), Arrays.copyOfRange(in, from, to));
  }

  private byte[] splice(byte[] in) {
    byte[] other = seeds.get(random.nextInt(seeds.size()));
    return concat(
        Arrays.copyOfRange(in, 0, pos(in.length)),
        Arrays.copyOfRange(other, pos(other.length), other.length));
  }

  /** Copies a whole element ({@code <x ...>...</x>}) next to itself or inside itself. */
  private byte[] duplicateElement(byte[] in) {
    String s = latin1(in);
    int open = s.indexOf('<', pos(s.length()));
    if (open < 0 || open + 1 >= s.length() || !Character.isLetter(s.charAt(open + 1))) {
      return duplicateRange(in);
    }
    int nameEnd = open + 1;
    while (nameEnd < s.length() && isNameChar(s.charAt(nameEnd))) {
      nameEnd++;
    }
    String name = s.substring(open + 1, nameEnd);
    int close = s.indexOf("</" + name + ">", nameEnd);
    if (close < 0) {
      return duplicateRange(in);
    }
    int end = close + name.length() + 3;
    String element = s.substring(open, end);
    int at = random.nextBoolean() ? end : s.indexOf('>', open) + 1; // after it, or nested inside
    int copies = random.nextInt(5) == 0 ? 50 + random.nextInt(500) : 1;
    return bytes(s.substring(0, at) + element.repeat(copies) + s.substring(at));
  }

  private byte[] removeTag(byte[] in) {
    String s = latin1(in);
    int open = s.indexOf('<', pos(s.length()));
    if (open < 0) {
      return removeRange(in);
    }
    int close = s.indexOf('>', open);
    if (close < 0) {
      return Arrays.copyOf(in, open);
    }
    return bytes(s.substring(0, open) + s.substring(close + 1));
  }

  private byte[] hugeAttribute(byte[] in) {
    String s = latin1(in);
    int at = s.indexOf("=\"", pos(s.length()));
    String huge =
        switch (random.nextInt(4)) {
          case 0 -> "A".repeat(100_000 + random.nextInt(900_000));
          case 1 -> "&amp;".repeat(10_000 + random.nextInt(100_000));
          case 2 -> " ".repeat(100_000);
          default -> "9".repeat(1_000 + random.nextInt(10_000));
        };
    if (at < 0) {
      return insert(in, pos(in.length), "<a href=\"" + huge + "\">x</a>");
    }
    return bytes(s.substring(0, at + 2) + huge + s.substring(at + 2));
  }

  private byte[] deepNesting(byte[] in) {
    int depth = random.nextBoolean() ? 100 + random.nextInt(300) : 5_000 + random.nextInt(50_000);
    String tag =
        switch (random.nextInt(6)) {
          case 0 -> "div";
          case 1 -> "sec";
          case 2 -> "b";
          case 3 -> "[";
          case 4 -> "> ";
          default -> "AbstractText";
        };
    String open = tag.length() <= 2 ? tag : "<" + tag + ">";
    String close = tag.equals("[") ? "]" : tag.length() <= 2 ? "" : "</" + tag + ">";
    int at = pos(in.length);
    String nest = open.repeat(depth) + "x" + (random.nextBoolean() ? close.repeat(depth) : "");
    return insert(in, at, nest);
  }

  private byte[] prefix(byte[] in) {
    byte[] p = PREFIXES.get(random.nextInt(PREFIXES.size()));
    if (random.nextInt(3) == 0) {
      // re-encode the whole text, so a declared or marked encoding is (or is not) the real one
      String s = new String(in, StandardCharsets.UTF_8);
      return concat(
          p,
          s.getBytes(random.nextBoolean() ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE));
    }
    return concat(p, in);
  }

  private byte[] entityTricks(byte[] in) {
    String s = latin1(in);
    String decl =
        switch (random.nextInt(5)) {
          case 0 -> "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>";
          case 1 -> "<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>";
          case 2 -> "<!DOCTYPE r PUBLIC \"-//x//y\" \"http://127.0.0.1:9/evil.dtd\">";
          case 3 -> "<!DOCTYPE r [<!ENTITY % pe SYSTEM \"file:///etc/hostname\"> %pe;]>";
          default -> "<!DOCTYPE r [<!ATTLIST r a CDATA \"x\">]>";
        };
    int rootStart = s.startsWith("<?xml") ? s.indexOf("?>") + 2 : 0;
    if (rootStart < 2 && s.startsWith("<?xml")) {
      rootStart = 0;
    }
    String ref = random.nextBoolean() ? "&x;" : "&b;";
    int at = pos(s.length());
    String out = s.substring(0, at) + ref + s.substring(at);
    return bytes(out.substring(0, rootStart) + decl + out.substring(rootStart));
  }

  private byte[] extremeNumber(byte[] in) {
    String s = latin1(in);
    int start = pos(s.length());
    while (start < s.length() && !Character.isDigit(s.charAt(start))) {
      start++;
    }
    if (start >= s.length()) {
      return flipBytes(in);
    }
    int end = start;
    while (end < s.length() && Character.isDigit(s.charAt(end))) {
      end++;
    }
    String n =
        switch (random.nextInt(6)) {
          case 0 -> "0";
          case 1 -> "-1";
          case 2 -> "2147483648";
          case 3 -> "99999999999999999999";
          case 4 -> "1e308";
          default -> Integer.toString(random.nextInt());
        };
    return bytes(s.substring(0, start) + n + s.substring(end));
  }

  private byte[] duplicateOrDropLines(byte[] in) {
    String s = latin1(in);
    String[] lines = s.split("\n", -1);
    if (lines.length < 2) {
      return insert(in, pos(in.length), "\n");
    }
    int a = random.nextInt(lines.length);
    StringBuilder out = new StringBuilder(s.length() + 64);
    int mode = random.nextInt(3);
    for (int i = 0; i < lines.length; i++) {
      if (i == a && mode == 0) {
        continue; // drop
      }
      out.append(lines[i]).append('\n');
      if (i == a && mode == 1) {
        out.append(lines[i]).append('\n'); // repeat
      }
      if (i == a && mode == 2) {
        out.append(lines[random.nextInt(lines.length)]).append('\n'); // a line from elsewhere
      }
    }
    out.setLength(out.length() - 1);
    return bytes(out.toString());
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == ':' || c == '.';
  }

  // Latin-1 maps every byte to one char and back, so text-level edits keep the other bytes as they
  // were, invalid UTF-8 included.
  private static String latin1(byte[] b) {
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] insert(byte[] in, int at, String s) {
    return insert(in, at, s.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] insert(byte[] in, int at, byte[] piece) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + piece.length);
    out.write(in, 0, at);
    out.write(piece, 0, piece.length);
    out.write(in, at, in.length - at);
    return out.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
