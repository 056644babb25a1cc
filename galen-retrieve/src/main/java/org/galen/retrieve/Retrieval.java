package org.galen.retrieve;

import java.util.List;
import org.galen.core.ScoredPassage;

/**
 * What a search found for a question.
 *
 * @param hits passages, best first
 * @param sources the sources of those passages, best first
 * @param terms the analyzed terms of the question (after expansion)
 * @param searched a human-readable account of what was searched, for abstentions
 */
public record Retrieval(
    List<ScoredPassage> hits, List<SourceMatch> sources, List<String> terms, String searched) {
  public Retrieval {
    hits = List.copyOf(hits);
    sources = List.copyOf(sources);
    terms = List.copyOf(terms);
  }
}
