package org.galen.ingest;

import java.util.ArrayList;
import java.util.List;
import org.galen.core.Passage;
import org.galen.core.SectionKind;
import org.jspecify.annotations.Nullable;

/**
 * Builds a source's text block by block and records each passage's offsets as it goes, so every
 * passage stands verbatim at its offsets by construction.
 */
public final class SourceTextBuilder {
  private final String sourceId;
  private final StringBuilder text = new StringBuilder();
  private final List<Passage> passages = new ArrayList<>();

  public SourceTextBuilder(String sourceId) {
    this.sourceId = sourceId;
  }

  /** Starts a new paragraph: a blank line after whatever came before. */
  public SourceTextBuilder paragraph() {
    if (!text.isEmpty()) {
      text.append("\n\n");
    }
    return this;
  }

  /** Starts a new line after whatever came before. */
  public SourceTextBuilder line() {
    if (!text.isEmpty()) {
      text.append('\n');
    }
    return this;
  }

  /** Appends text that is not a passage of its own (a heading, a label, a question). */
  public SourceTextBuilder append(String s) {
    text.append(s);
    return this;
  }

  /** Appends a passage; blank text is ignored. */
  public SourceTextBuilder passage(String s, SectionKind kind, @Nullable String group) {
    if (s.isBlank()) {
      return this;
    }
    int start = text.length();
    text.append(s);
    passages.add(
        new Passage(sourceId, passages.size(), kind, group, null, false, s, start, text.length()));
    return this;
  }

  public boolean isEmpty() {
    return text.isEmpty();
  }

  public String text() {
    return text.toString();
  }

  public List<Passage> passages() {
    return List.copyOf(passages);
  }
}
