package org.galen.compose;

import java.util.ArrayList;
import java.util.List;
import org.galen.core.Passage;

/**
 * A statement picked for an answer: its lead passage, and passages of other sources that say the
 * same thing (or, for a disagreement, the opposite), cited beside it.
 */
record Pick(Passage lead, List<Passage> support) {
  Pick(Passage lead) {
    this(lead, new ArrayList<>());
  }
}
