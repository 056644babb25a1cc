package org.galen.app.editorial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.galen.core.GalenException;
import org.galen.core.Question;
import org.galen.core.answer.Answer;
import org.galen.core.answer.AnswerStatus;
import org.galen.index.SourceChangeListener;
import org.galen.store.Actor;
import org.galen.store.Store;
import org.galen.store.article.Article;
import org.galen.store.article.ArticleVersion;
import org.galen.store.article.CitedSource;

/**
 * Keeps articles honest when their evidence moves: after an ingest updates or removes a source that
 * an article's newest version cites, the article is flagged "evidence changed — re-review" and the
 * answer re-composed from the new library is proposed as a new version, for reviewers to compare
 * and approve.
 */
public final class LivingAnswers implements SourceChangeListener {
  private final Editorial editorial;
  private final Consumer<String> log;

  public LivingAnswers(Editorial editorial, Consumer<String> log) {
    this.editorial = editorial;
    this.log = log;
  }

  @Override
  public void sourcesChanged(List<String> updated, List<String> removed) {
    Store store = editorial.store();
    Map<String, List<String>> reasons = new LinkedHashMap<>();
    updated.forEach(
        id ->
            store
                .articles()
                .citing(id)
                .forEach(
                    slug ->
                        reasons
                            .computeIfAbsent(slug, k -> new ArrayList<>())
                            .add(id + " was updated")));
    removed.forEach(
        id ->
            store
                .articles()
                .citing(id)
                .forEach(
                    slug ->
                        reasons
                            .computeIfAbsent(slug, k -> new ArrayList<>())
                            .add(id + " was removed from the library")));
    if (reasons.isEmpty()) {
      return;
    }
    Actor galen = store.accounts().system().actor();
    reasons.forEach(
        (slug, why) -> {
          try {
            refresh(galen, slug, "evidence changed — re-review: " + String.join("; ", why));
          } catch (GalenException e) {
            log.accept("could not propose a new version of '" + slug + "': " + e.getMessage());
          }
        });
  }

  private void refresh(Actor galen, String slug, String reason) {
    Store store = editorial.store();
    Article a = store.articles().get(slug);
    ArticleVersion latest = store.articles().version(slug, a.latestVersion());
    if (!stale(latest)) {
      return; // already proposed from this very evidence (e.g. a replay at startup)
    }
    Answer fresh = editorial.engine().answer(new Question(a.question(), a.audience(), List.of()));
    if (fresh.status() == AnswerStatus.ANSWERED) {
      ArticleVersion v =
          store
              .articles()
              .proposeForChangedEvidence(galen, slug, editorial.draft(fresh, reason), reason);
      log.accept("'" + slug + "': " + reason + "; proposed version " + v.number());
    } else {
      store
          .articles()
          .flagEvidenceChanged(galen, slug, reason + "; the library no longer answers it");
      log.accept("'" + slug + "': " + reason + "; no new answer could be composed");
    }
  }

  private boolean stale(ArticleVersion v) {
    for (CitedSource s : v.sources()) {
      String now = editorial.engine().index().hash(s.sourceId()).orElse("absent");
      if (!now.equals(s.hash())) {
        return true;
      }
    }
    return false;
  }
}
