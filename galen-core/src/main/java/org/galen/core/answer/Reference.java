package org.galen.core.answer;

import java.util.List;
import org.galen.core.ReferenceKind;
import org.jspecify.annotations.Nullable;

/**
 * An entry of the answer's reference list, numbered in order of first citation.
 *
 * @param source the journal or issuing body
 * @param basis for practice summaries, the guidelines they condense
 * @param reviewStatus editorial status of project-written content, or null
 */
public record Reference(
    int n,
    String id,
    ReferenceKind kind,
    String title,
    String source,
    @Nullable Integer year,
    @Nullable String url,
    @Nullable String pmid,
    @Nullable String doi,
    List<String> basis,
    @Nullable String reviewStatus) {
  public Reference {
    if (n < 1) {
      throw new IllegalArgumentException("reference number must be >= 1, was " + n);
    }
    basis = List.copyOf(basis);
  }
}
