package org.galen.core;

import java.util.List;
import java.util.Optional;

/** Read access to the sources of the library and their passages. */
public interface Library {
  Optional<Source> source(String id);

  /** Every passage of a source, in order; empty when the source is unknown. */
  List<Passage> passages(String sourceId);
}
