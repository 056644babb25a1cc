package org.galen.app.editorial;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.galen.app.AnswerJson;
import org.galen.app.AnswerText;
import org.galen.app.Engine;
import org.galen.core.Audience;
import org.galen.core.GalenException;
import org.galen.core.Question;
import org.galen.core.answer.Answer;
import org.galen.core.answer.AnswerStatus;
import org.galen.core.answer.Reference;
import org.galen.store.Actor;
import org.galen.store.Store;
import org.galen.store.article.Article;
import org.galen.store.article.ArticleVersion;
import org.galen.store.article.CitedSource;
import org.galen.store.article.Draft;
import org.galen.store.article.LineDiff;
import org.jspecify.annotations.Nullable;

/**
 * The editorial operations that need the engine as well as the store: an answer becomes an article
 * (with the hashes of the sources it cites), an edit is checked against the answer contract, a
 * version can be regenerated from the current library, and versions are compared as text.
 */
public final class Editorial {
  private final Store store;
  private final Engine engine;

  public Editorial(Store store, Engine engine) {
    this.store = store;
    this.engine = engine;
  }

  public Store store() {
    return store;
  }

  /** Composes an answer to {@code question} and saves it as a new article, Submitted. */
  public Article publish(Actor actor, String question, Audience audience) {
    Answer answer = engine.answer(new Question(question, audience, List.of()));
    if (answer.status() != AnswerStatus.ANSWERED) {
      throw new GalenException(
          "Galen has no answer to publish for \""
              + question
              + "\" ("
              + answer.status().wire().replace('_', ' ')
              + ")");
    }
    return store.articles().create(actor, draft(answer, null));
  }

  /**
   * Saves an editor's edit of the answer JSON as a new version made from revision {@code basedOn},
   * after the same checks a composed answer passes: the answer contract, and every quote verbatim
   * in its cited source.
   */
  public ArticleVersion edit(
      Actor actor, String slug, int basedOn, String answerJson, @Nullable String note) {
    Answer answer = AnswerJson.read(answerJson); // refuses what breaks the contract
    QuoteCheck.verify(answer, engine.index()); // and quotes that are not in their sources
    return store.articles().edit(actor, slug, basedOn, draft(answer, note));
  }

  /** Re-composes the article's question from the current library as a new version. */
  public ArticleVersion regenerate(Actor actor, String slug, int basedOn) {
    Article a = store.articles().get(slug);
    Answer answer = engine.answer(new Question(a.question(), a.audience(), List.of()));
    return store
        .articles()
        .edit(actor, slug, basedOn, draft(answer, "regenerated from the current library"));
  }

  /** The version's answer as it is stored. */
  public Answer answer(ArticleVersion v) {
    return AnswerJson.read(v.answerJson());
  }

  /** Version {@code number} against the one before it (against nothing for version 1). */
  public List<LineDiff.Line> diff(String slug, int number) {
    String after = AnswerText.render(answer(store.articles().version(slug, number)));
    String before =
        number > 1 ? AnswerText.render(answer(store.articles().version(slug, number - 1))) : "";
    return LineDiff.diff(before, after);
  }

  /** An answer as a version's content: its JSON and the current hash of every source it cites. */
  public Draft draft(Answer answer, @Nullable String note) {
    LinkedHashSet<String> ids = new LinkedHashSet<>();
    answer.references().stream().map(Reference::id).forEach(ids::add);
    List<CitedSource> sources = new ArrayList<>();
    for (String id : ids) {
      sources.add(new CitedSource(id, engine.index().hash(id).orElse("absent")));
    }
    return new Draft(
        answer.question(), answer.audience(), AnswerJson.write(answer.withId(null)), sources, note);
  }

  Engine engine() {
    return engine;
  }
}
