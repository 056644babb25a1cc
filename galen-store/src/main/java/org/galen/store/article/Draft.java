package org.galen.store.article;

import java.util.List;
import org.galen.core.Audience;
import org.galen.store.StoreException;
import org.jspecify.annotations.Nullable;

/**
 * The content of a new version: the question, the answer as the JSON contract, the sources it cites
 * and an optional note on what changed.
 */
public record Draft(
    String question,
    Audience audience,
    String answerJson,
    List<CitedSource> sources,
    @Nullable String note) {
  public Draft {
    if (question.isBlank()) {
      throw new StoreException("an article needs a question");
    }
    if (question.length() > 2000) {
      throw new StoreException("the question is " + question.length() + " characters; max 2000");
    }
    if (!answerJson.strip().startsWith("{")) {
      throw new StoreException("the answer must be a JSON object (the answer contract)");
    }
    sources = List.copyOf(sources);
  }
}
