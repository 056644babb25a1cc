/**
 * Retrieval evaluation on BEIR-format sets (corpus, queries, graded qrels) and a retrieval latency
 * benchmark: plain Lucene BM25 against Galen's BM25, dense and hybrid search.
 */
@NullMarked
package org.galen.app.eval;

import org.jspecify.annotations.NullMarked;
