package org.galen.index;

import java.io.Closeable;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.galen.core.Library;

/**
 * Where the library's sources and passages live and are searched: the embedded Lucene index ({@link
 * LibraryIndex}, the default) or a search cluster. Queries are Lucene {@link Query} trees over the
 * fields of {@link Fields}, built from terms analyzed by {@link #analyzer()}; a backend that is not
 * Lucene translates them (term, prefix, fuzzy, boost, boolean).
 */
public interface SearchBackend extends Library, Closeable {
  /** The analyzer of indexing and querying ({@link Fields#analyzer()}). */
  Analyzer analyzer();

  /** The embedder of this library, when it is built with embeddings. */
  Optional<Embedder> embedder();

  /** Whether any passage in the library has a vector. */
  boolean hasVectors();

  /** The best {@code n} passages for a query, ties broken by passage id. */
  List<PassageHit> searchHits(Query query, int n);

  /** Like {@link #searchHits}, without the passages' text: what fusion and the priors need. */
  List<Candidate> searchCandidates(Query query, int n);

  /** The {@code k} passages nearest to a query vector, best first, ties broken by passage id. */
  List<PassageHit> knn(float[] query, int k);

  /** Like {@link #knn}, without the passages' text. */
  List<Candidate> knnCandidates(float[] query, int k);

  /** The passages of candidates, in their order and with their scores; gone ones left out. */
  List<PassageHit> load(List<Candidate> candidates);

  /** Number of passages matching a query (scores ignored). */
  int count(Query query);

  /** Number of passages whose field holds the (analyzed) term; 0 when the library never saw it. */
  int docFreq(String field, String term);

  /**
   * {@link #docFreq} of several terms of one field at once (a cluster answers them in one request).
   */
  default Map<String, Integer> docFreqs(String field, Collection<String> terms) {
    Map<String, Integer> out = new HashMap<>();
    terms.forEach(t -> out.put(t, docFreq(field, t)));
    return out;
  }

  /** Changes whenever new writes become visible; lets callers cache what they derive. */
  long version();

  /** Number of documents (sources and passages) in the library. */
  int size();

  /** Ids of every source in the library, sorted. */
  List<String> sourceIds();

  /** Stored content hash of a source, if the library has it. */
  Optional<String> hash(String sourceId);

  /** What the last commit recorded, e.g. the hash of the bundled starter library. */
  Map<String, String> commitData();

  /** Opens the single writer of the library; changes become visible after its commit. */
  LibraryWriter writer();

  /** Where the library lives, for messages: a directory or the cluster's address. */
  String location();

  @Override
  void close();
}
