package org.galen.compose;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.galen.core.GalenException;
import org.galen.core.SectionKind;
import org.galen.core.frame.Ask;
import org.jspecify.annotations.Nullable;

/**
 * For each kind of ask, the sections that answer it, in order, and the cue that marks the statement
 * saying it (a dose, a duration, a referral), from {@code ask-focus.txt}.
 */
final class AskFocus {
  record Focus(List<SectionKind> sections, @Nullable Pattern cue) {}

  private final Map<Ask, Focus> focus;

  private AskFocus(Map<Ask, Focus> focus) {
    this.focus = focus;
  }

  static AskFocus bundled() {
    try (InputStream in = AskFocus.class.getResourceAsStream("ask-focus.txt")) {
      if (in == null) {
        throw new GalenException("ask-focus.txt is missing");
      }
      Map<Ask, Focus> out = new EnumMap<>(Ask.class);
      int n = 0;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 3) {
          throw new GalenException("ask-focus.txt line " + n + ": ask, sections and cue by tabs");
        }
        List<SectionKind> sections = new ArrayList<>();
        for (String k : f[1].split(",")) {
          sections.add(SectionKind.parse(k.strip()));
        }
        Pattern cue =
            f[2].strip().equals("-")
                ? null
                : Pattern.compile(f[2].strip(), Pattern.CASE_INSENSITIVE);
        out.put(Ask.parse(f[0]), new Focus(List.copyOf(sections), cue));
      }
      for (Ask a : Ask.values()) {
        if (!out.containsKey(a)) {
          throw new GalenException("ask-focus.txt has no line for " + a.wire());
        }
      }
      return new AskFocus(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Focus of(Ask ask) {
    return java.util.Objects.requireNonNull(focus.get(ask), ask.wire());
  }
}
