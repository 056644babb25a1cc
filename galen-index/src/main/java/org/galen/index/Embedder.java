package org.galen.index;

import java.util.List;

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
}
