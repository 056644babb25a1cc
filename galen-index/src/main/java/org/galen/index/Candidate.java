package org.galen.index;

import org.galen.core.ReferenceKind;
import org.jspecify.annotations.Nullable;

/**
 * A passage found by a search, before its stored text is loaded: its id, score and what re-ranking
 * needs to know of its source, read from doc values. Fusion and the priors work on candidates;
 * {@link LibraryIndex#load} turns the final few into {@link PassageHit}s.
 *
 * @param id the passage id
 * @param score the search's score (or the fused score, after fusion)
 * @param topics the source's title and topic names, one per line
 * @param kind what kind of evidence the source is
 * @param year the source's year of publication, when known
 */
public record Candidate(
    String id, double score, String topics, ReferenceKind kind, @Nullable Integer year) {
  public Candidate withScore(double newScore) {
    return new Candidate(id, newScore, topics, kind, year);
  }
}
