package org.galen.ingest;

import java.util.List;
import org.galen.core.Passage;
import org.galen.core.SectionKind;
import org.jspecify.annotations.Nullable;

/**
 * Builds a source's text one heading and passage at a time, so that every passage stands verbatim
 * at its offsets and a quote can be traced back. Whitespace inside a passage is collapsed to single
 * spaces.
 */
public final class SourceText {
  private final String sourceId;
  private final SourceTextBuilder builder;

  public SourceText(String sourceId) {
    this.sourceId = sourceId;
    this.builder = new SourceTextBuilder(sourceId);
  }

  /**
   * Collapses runs of white space (any Unicode space, non-breaking ones too) and strips the ends.
   */
  public static String normalise(CharSequence raw) {
    StringBuilder out = new StringBuilder(raw.length());
    boolean space = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** A line of the text that is not a passage of its own, e.g. the title or a heading. */
  public SourceText line(String raw) {
    String line = normalise(raw);
    if (!line.isEmpty()) {
      builder.append(line).append("\n");
    }
    return this;
  }

  /** Appends a passage; a blank one is ignored. */
  public SourceText passage(SectionKind kind, @Nullable String group, String raw) {
    String clean = normalise(raw);
    if (!clean.isEmpty()) {
      builder.passage(clean, kind, group).append("\n");
    }
    return this;
  }

  public String sourceId() {
    return sourceId;
  }

  public String text() {
    return builder.text();
  }

  public List<Passage> passages() {
    return builder.passages();
  }

  public boolean hasPassages() {
    return !builder.passages().isEmpty();
  }
}
