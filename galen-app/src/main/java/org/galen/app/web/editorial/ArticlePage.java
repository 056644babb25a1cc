package org.galen.app.web.editorial;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.galen.app.web.AnswerView;
import org.galen.store.article.Article;
import org.galen.store.article.ArticleVersion;
import org.galen.store.article.Review;
import org.galen.store.article.ReviewStatus;

/** What an article page shows: the published version, where its review stands, and by whom. */
public record ArticlePage(
    Article article, ArticleVersion version, AnswerView answer, List<Review> reviews) {

  /** One step of the status strip: Submitted, Under review, Approved (or Changes requested). */
  public record Step(String label, boolean reached, boolean current) {}

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

  public boolean approved() {
    return version.status() == ReviewStatus.APPROVED;
  }

  public List<Step> strip() {
    ReviewStatus s = version.status();
    boolean underReviewReached = s != ReviewStatus.SUBMITTED;
    String last = s == ReviewStatus.CHANGES_REQUESTED ? "Changes requested" : "Approved";
    return List.of(
        new Step("Submitted", true, s == ReviewStatus.SUBMITTED),
        new Step("Under review", underReviewReached, s == ReviewStatus.UNDER_REVIEW),
        new Step(
            last,
            s == ReviewStatus.APPROVED || s == ReviewStatus.CHANGES_REQUESTED,
            s == ReviewStatus.APPROVED || s == ReviewStatus.CHANGES_REQUESTED));
  }

  /** The date of the newest version. */
  public String lastUpdated() {
    return DATE.format(LocalDate.ofInstant(article.updatedAt(), ZoneOffset.UTC));
  }

  /** Reviewers who moved the shown version (each once, in order). */
  public List<Review> reviewers() {
    return reviews.stream()
        .filter(r -> r.version() == version.number())
        .filter(r -> r.to() == ReviewStatus.APPROVED || r.to() == ReviewStatus.UNDER_REVIEW)
        .filter(distinctBy())
        .toList();
  }

  private static java.util.function.Predicate<Review> distinctBy() {
    java.util.Set<String> seen = new java.util.HashSet<>();
    return r -> seen.add(r.reviewer());
  }

  public static String date(java.time.Instant t) {
    return DATE.format(LocalDate.ofInstant(t, ZoneOffset.UTC));
  }
}
