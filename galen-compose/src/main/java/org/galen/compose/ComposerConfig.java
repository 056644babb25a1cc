package org.galen.compose;

/**
 * Tunable limits of the extractive composer.
 *
 * @param maxStatementsPerSection cap on statements a reader gets in one section
 * @param minCoverageOnTopic share of the question's informative words a source must hold when the
 *     question names its topic
 * @param minCoverageOwned share it must hold when the question uses a word the source owns (e.g. a
 *     drug only that source discusses)
 * @param minCoverageOffTopic share it must hold when the question does not name its topic
 * @param minSupportingOffTopic passages that must hold the question's words when the question does
 *     not name the source's topic
 * @param secondaryScoreRatio how close to the best source's score another source must come to be
 *     cited alongside it
 * @param maxSecondaryPerSection cap on statements from other sources in one section
 * @param maxFollowUps how many follow-up questions to propose
 */
public record ComposerConfig(
    int maxStatementsPerSection,
    double minCoverageOnTopic,
    double minCoverageOwned,
    double minCoverageOffTopic,
    int minSupportingOffTopic,
    double secondaryScoreRatio,
    int maxSecondaryPerSection,
    int maxFollowUps) {
  public static final ComposerConfig DEFAULTS = new ComposerConfig(8, 0.35, 0.5, 0.7, 2, 0.5, 2, 3);
}
