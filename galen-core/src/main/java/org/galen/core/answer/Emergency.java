package org.galen.core.answer;

import java.util.List;

/**
 * Urgent conditions the question suggests, and what to do now, shown above everything else.
 *
 * @param conditions what the alert calls each condition, in the audience's words
 * @param advice what to do now, in the audience's language; empty when nothing was detected
 * @param ids the conditions' stable ids ({@code stroke}, {@code testicular-torsion})
 * @param whileWaiting what to do, and not do, while help comes (for patients and carers)
 */
public record Emergency(
    boolean detected,
    List<String> conditions,
    String advice,
    List<String> ids,
    List<String> whileWaiting) {
  public static final Emergency NONE = new Emergency(false, List.of(), "", List.of(), List.of());

  public Emergency {
    conditions = List.copyOf(conditions);
    ids = List.copyOf(ids);
    whileWaiting = List.copyOf(whileWaiting);
    if (detected != !conditions.isEmpty()) {
      throw new IllegalArgumentException(
          "an emergency is detected exactly when it names a condition");
    }
  }
}
