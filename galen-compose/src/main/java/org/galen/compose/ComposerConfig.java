package org.galen.compose;

/**
 * Tunable limits of the extractive composer.
 *
 * @param maxStatementsPerSection cap on statements a reader gets in one section
 * @param minCoverageTitleNamed share of the question's informative words a source must hold when
 *     the question names its title or canonical topic
 * @param minCoverageNamed share it must hold when the question names another of its topic names in
 *     full
 * @param minCoverageOnTopic share it must hold when the question names a topic short of a
 *     qualifier, or the conversation names it
 * @param minCoverageOwned share it must hold when the question uses a word the source owns (e.g. a
 *     drug only that source discusses)
 * @param minCoverageOffTopic share it must hold when the question does not name its topic
 * @param minSupportingOffTopic passages that must hold the question's words when the question does
 *     not name the source's topic
 * @param secondaryScoreRatio how close to the best source's score another source must come to be
 *     cited alongside it
 * @param maxSecondaryPerSection cap on statements from other sources in one section
 * @param maxFollowUps how many follow-up questions to propose
 * @param mergeSimilarity word overlap (Jaccard, 0..1) above which statements of two sources are one
 *     statement citing both
 * @param directAnswerRatio how many times the source's own bottom line a passage must score to lead
 *     the answer instead
 */
public record ComposerConfig(
    int maxStatementsPerSection,
    double minCoverageTitleNamed,
    double minCoverageNamed,
    double minCoverageOnTopic,
    double minCoverageOwned,
    double minCoverageOffTopic,
    int minSupportingOffTopic,
    double secondaryScoreRatio,
    int maxSecondaryPerSection,
    int maxFollowUps,
    double mergeSimilarity,
    double directAnswerRatio) {
  public static final ComposerConfig DEFAULTS =
      new ComposerConfig(8, 0.15, 0.25, 0.35, 0.45, 0.6, 3, 0.5, 2, 3, 0.5, 1.5);
}
