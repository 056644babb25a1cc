package org.galen.app.eval;

import org.galen.index.Embedder;
import org.galen.index.LibraryIndex;
import org.galen.index.SearchBackend;
import org.jspecify.annotations.Nullable;

/** Retrieval quality on the embedded Lucene index, the default backend. */
class RetrievalRegressionTest extends RetrievalRegression {
  @Override
  SearchBackend open(String name, @Nullable Embedder embedder) {
    return LibraryIndex.open(tmp.resolve(name + "-index"), embedder);
  }
}
