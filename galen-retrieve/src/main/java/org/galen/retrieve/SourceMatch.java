package org.galen.retrieve;

/**
 * How well one source matches a question.
 *
 * @param score search score: the sum of its best passages' scores
 * @param topicInQuestion whether one of the source's topic names appears in the question itself
 * @param topicInContext whether one appears in the earlier questions of the conversation
 * @param coverage share (0..1) of the question's informative terms, weighted by rarity, that the
 *     source's text contains
 */
public record SourceMatch(
    String sourceId,
    double score,
    boolean topicInQuestion,
    boolean topicInContext,
    double coverage) {}
