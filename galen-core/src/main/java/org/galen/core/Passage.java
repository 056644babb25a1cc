package org.galen.core;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A retrievable unit of a source: one bullet or paragraph, with where it sits in the source text.
 *
 * @param position order of the passage within its source, from 0
 * @param kind the answer section this passage belongs in
 * @param group sub-group inside the section (e.g. "Non-drug"), or null
 * @param audience the audience the passage is written for, or null when it suits both
 * @param bottomLine whether the source marks this passage as its bottom line
 * @param start offset of the passage's first character in the source text
 * @param end offset just past the passage's last character in the source text
 * @param applies whom the passage applies to ({@link Qualifier}); empty when it applies to all
 */
public record Passage(
    String sourceId,
    int position,
    SectionKind kind,
    @Nullable String group,
    @Nullable Audience audience,
    boolean bottomLine,
    String text,
    int start,
    int end,
    List<Qualifier> applies) {

  /** A passage that applies to everyone its topic concerns. */
  public Passage(
      String sourceId,
      int position,
      SectionKind kind,
      @Nullable String group,
      @Nullable Audience audience,
      boolean bottomLine,
      String text,
      int start,
      int end) {
    this(sourceId, position, kind, group, audience, bottomLine, text, start, end, List.of());
  }

  public Passage {
    applies = List.copyOf(applies);
    if (position < 0) {
      throw new IllegalArgumentException("passage position must be >= 0, was " + position);
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException("passage " + position + " of " + sourceId + " is empty");
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "passage " + position + " of " + sourceId + " has bad offsets " + start + ".." + end);
    }
  }

  /** A stable id for the passage: the source id and position. */
  public String id() {
    return sourceId + "#" + position;
  }
}
