package org.galen.core.answer;

import java.util.List;

/**
 * Urgent conditions the question suggests, and what to do now, shown above everything else.
 *
 * @param advice what to do now, in the audience's language; empty when nothing was detected
 */
public record Emergency(boolean detected, List<String> conditions, String advice) {
  public static final Emergency NONE = new Emergency(false, List.of(), "");

  public Emergency {
    conditions = List.copyOf(conditions);
  }
}
