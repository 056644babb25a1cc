package org.galen.retrieve;

import java.util.Set;
import org.galen.index.Candidate;

/**
 * A re-ranking prior: one expectation a clinician has about which evidence should come first,
 * scored for a found passage as a value in [0, 1]. Priors only re-order what search found; they
 * never add a passage.
 */
public sealed interface Prior permits EvidenceKindPrior, RecencyPrior, TopicMatchPrior {
  /** Short name, for explanations and configuration. */
  String name();

  /**
   * @param hit the found passage and what is known of its source
   * @param queryTerms the analyzed informative words of the question (no "treatment", "best")
   */
  double value(Candidate hit, Set<String> queryTerms);
}
