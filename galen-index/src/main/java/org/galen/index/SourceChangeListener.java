package org.galen.index;

import java.util.List;

/**
 * Hears which sources an ingest changed, after they are committed: the editorial store uses it to
 * flag articles whose evidence changed, without the index knowing about articles.
 */
@FunctionalInterface
public interface SourceChangeListener {
  SourceChangeListener NONE = (updated, removed) -> {};

  /**
   * @param updated ids of sources whose content changed (not those added new or unchanged)
   * @param removed ids of sources deleted from the library
   */
  void sourcesChanged(List<String> updated, List<String> removed);
}
