package org.galen.understand.context;

/** What a ConText trigger says about the findings in its scope. */
public enum Feature {
  /** The finding is absent ("no numbness"). */
  NEGATION,
  /** The finding is in the past ("a stroke three years ago", "history of PE"). */
  HISTORY,
  /** The finding is not happening: asked about, feared, to be prevented ("signs of a stroke"). */
  HYPOTHETICAL,
  /** Someone other than the person asking has the finding ("my dad"). */
  EXPERIENCER
}
