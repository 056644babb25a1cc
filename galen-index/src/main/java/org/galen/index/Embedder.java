package org.galen.index;

import java.util.List;
import org.galen.core.Passage;
import org.galen.core.Source;

/**
 * Turns text into dense vectors for semantic search. Passages are embedded at ingest and stored in
 * the index; questions are embedded at search time with the same model.
 */
public interface Embedder extends AutoCloseable {
  /** Name of the model; stored with each vector so vectors of another model are never reused. */
  String model();

  /** Length of every vector this embedder returns. */
  int dimension();

  /** Unit-length vectors of passages, in order; batched and spread over the embedder's threads. */
  List<float[]> embedPassages(List<String> texts);

  /** Unit-length vector of a search query (some models prefix queries with an instruction). */
  float[] embedQuery(String text);

  @Override
  void close();

  /**
   * The text embedded for a passage: the source's title, which says what the passage is about, then
   * the passage. A title that only repeats the id (sources read without one) is left out.
   */
  static String input(Source s, Passage p) {
    String name = s.id().substring(s.id().indexOf(':') + 1);
    return s.title().equals(name) ? p.text() : s.title() + ". " + p.text();
  }
}
