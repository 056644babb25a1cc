package org.galen.compose;

import org.galen.core.Question;
import org.galen.core.answer.Answer;

/** Turns a question into an answer built only from the library's sources. */
public interface Composer {
  Answer answer(Question question);
}
