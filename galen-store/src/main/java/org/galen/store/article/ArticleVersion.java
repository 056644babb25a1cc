package org.galen.store.article;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One kept version of an article: the answer snapshot, its sources and its review status. */
public record ArticleVersion(
    long id,
    String slug,
    int number,
    String answerJson,
    List<CitedSource> sources,
    ReviewStatus status,
    String author,
    String authorName,
    @Nullable String note,
    Instant createdAt) {
  public ArticleVersion {
    sources = List.copyOf(sources);
  }
}
