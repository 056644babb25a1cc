package org.galen.compose;

/**
 * Tunable limits of the extractive composer.
 *
 * @param maxStatementsPerSection cap on statements a reader gets in one section
 * @param minCoverageOnTopic share of the question's informative words a source must hold when the
 *     question names its topic
 * @param minCoverageOffTopic share it must hold when the question does not name its topic
 * @param secondaryScoreRatio how close to the best source's score another source must come to be
 *     cited alongside it
 * @param maxSecondaryPerSection cap on statements from other sources in one section
 * @param maxFollowUps how many follow-up questions to propose
 */
public record ComposerConfig(
    int maxStatementsPerSection,
    double minCoverageOnTopic,
    double minCoverageOffTopic,
    double secondaryScoreRatio,
    int maxSecondaryPerSection,
    int maxFollowUps) {
  public static final ComposerConfig DEFAULTS = new ComposerConfig(8, 0.45, 0.7, 0.5, 2, 3);
}
