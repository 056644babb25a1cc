package org.galen.index;

import org.galen.core.ReferenceKind;
import org.galen.core.ScoredPassage;
import org.jspecify.annotations.Nullable;

/**
 * A passage found by a search with what re-ranking needs to know of its source, read from the
 * passage's own document so no source record has to be loaded.
 *
 * @param topics the source's title and topic names (MeSH terms for PubMed records), one per line
 * @param kind what kind of evidence the source is
 * @param year the source's year of publication, when known
 */
public record PassageHit(
    ScoredPassage scored, String topics, ReferenceKind kind, @Nullable Integer year) {
  public String id() {
    return scored.passage().id();
  }

  /** What fusion and the priors need of this hit. */
  public Candidate candidate() {
    return new Candidate(id(), scored.score(), topics, kind, year);
  }
}
