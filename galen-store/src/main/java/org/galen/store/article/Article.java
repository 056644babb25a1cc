package org.galen.store.article;

import java.time.Instant;
import org.galen.core.Audience;
import org.jspecify.annotations.Nullable;

/**
 * An article: a question with a stable slug, whose content lives in numbered versions.
 *
 * @param lockVersion optimistic lock; an edit must name the value it was based on
 * @param latestStatus the review status of the newest version
 * @param evidenceChanged a cited source was updated or removed since the newest version was made
 */
public record Article(
    long id,
    String slug,
    String question,
    Audience audience,
    int lockVersion,
    int latestVersion,
    ReviewStatus latestStatus,
    boolean evidenceChanged,
    @Nullable String evidenceNote,
    Instant createdAt,
    Instant updatedAt) {}
