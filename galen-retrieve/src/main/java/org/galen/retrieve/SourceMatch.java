package org.galen.retrieve;

/**
 * How well one source matches a question.
 *
 * @param score search score: the sum of its best passages' scores
 * @param topicStrength how strongly the question names the source: 3 its title or canonical topic,
 *     2 another of its topic names, 1 a long name short of one qualifier, 0 none
 * @param namedBeforePatient whether the question names the source before it describes the patient
 *     ("levothyroxine dose" in "levothyroxine dose in a 70-year-old with IHD")
 * @param topicInQuestion whether one of the source's topic names appears in the question itself
 * @param topicInContext whether one appears in the earlier questions of the conversation
 * @param coverage share (0..1) of the question's informative terms, weighted by rarity, that the
 *     source's text contains
 * @param supportingPassages how many of the source's passages hold at least two of the question's
 *     informative words
 * @param ownsQuestionTerm whether the source holds most of the library's passages on one of the
 *     question's informative words (e.g. a drug only that source discusses)
 */
public record SourceMatch(
    String sourceId,
    double score,
    int topicStrength,
    boolean namedBeforePatient,
    boolean topicInQuestion,
    boolean topicInContext,
    double coverage,
    int supportingPassages,
    boolean ownsQuestionTerm) {}
