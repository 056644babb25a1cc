package org.galen.retrieve;

/** How the library is searched. */
public enum SearchMode {
  /** Words only: BM25 over passage text and source topics, with query understanding. */
  BM25,
  /** Meaning only: nearest passages by embedding vector. */
  DENSE,
  /** Both lists fused by Reciprocal Rank Fusion, then re-ranked by the priors. */
  HYBRID
}
