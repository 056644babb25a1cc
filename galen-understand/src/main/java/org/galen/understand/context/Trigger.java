package org.galen.understand.context;

import java.util.List;

/**
 * A ConText trigger phrase.
 *
 * @param words the phrase, folded to lower case without apostrophes
 * @param window how many words after it a forward trigger reaches; 0 for the whole sentence
 */
record Trigger(List<String> words, Feature feature, Role role, boolean possible, int window) {
  Trigger {
    words = List.copyOf(words);
  }

  /** Which way a trigger's scope runs. */
  enum Role {
    /** Over what follows it ([PREN], [PREP], [ONEW]). */
    FORWARD,
    /** Over what precedes it ([POST], [POSP]). */
    BACKWARD,
    /** Both ways (a time: "three years ago"). */
    BOTH,
    /** A phrase that holds a trigger but is none ([PSEU]): it blocks the trigger inside it. */
    PSEUDO,
    /** Ends the scope of triggers of its feature ([CONJ]). */
    TERMINATE
  }
}
