package org.galen.store.article;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One review transition of a version: who moved it from where to where, when, and why. */
public record Review(
    int version,
    ReviewStatus from,
    ReviewStatus to,
    String reviewer,
    String reviewerName,
    @Nullable String reviewerCredentials,
    @Nullable String comment,
    Instant at) {}
