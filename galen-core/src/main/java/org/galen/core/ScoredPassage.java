package org.galen.core;

/** A passage found by a search, with its relevance score (higher is better). */
public record ScoredPassage(Passage passage, double score) {}
