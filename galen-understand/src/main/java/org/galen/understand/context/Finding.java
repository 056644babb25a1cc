package org.galen.understand.context;

import org.galen.understand.terminology.Mention;

/**
 * A concept mentioned in a text, with its context.
 *
 * @param negated said to be absent
 * @param possible negated only possibly ("cannot be ruled out")
 * @param historical in the past: more than two weeks ago, or a history of it
 * @param hypothetical not happening: asked about, feared, to be prevented
 * @param otherPerson experienced by someone other than the asker
 */
public record Finding(
    Mention mention,
    boolean negated,
    boolean possible,
    boolean historical,
    boolean hypothetical,
    boolean otherPerson) {

  /** Affirmed, and happening now (to the asker or to someone else). */
  public boolean current() {
    return !negated && !historical && !hypothetical;
  }
}
