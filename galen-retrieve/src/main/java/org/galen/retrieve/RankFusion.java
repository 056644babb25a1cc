package org.galen.retrieve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.galen.index.Candidate;

/**
 * Reciprocal Rank Fusion (Cormack, Clarke and Büttcher, SIGIR 2009) of ranked passage lists, then
 * the re-ranking priors. A passage at rank r (from 1) of a list adds {@code weight / (k + r)}; the
 * sum is multiplied by {@code 1 + Σ priorWeight × prior}. Ranks, not scores, are fused, so BM25 and
 * cosine scores never need to be put on one scale.
 */
final class RankFusion {
  private final int k;
  private final List<Prior> priors;
  private final List<Double> priorWeights;

  RankFusion(int k, List<Prior> priors, List<Double> priorWeights) {
    if (priors.size() != priorWeights.size()) {
      throw new IllegalArgumentException("one weight per prior");
    }
    this.k = k;
    this.priors = List.copyOf(priors);
    this.priorWeights = List.copyOf(priorWeights);
  }

  /**
   * @param lists ranked lists, best first, each with its weight
   * @param queryTerms the question's informative analyzed words, for the priors
   * @return the best {@code n} passages, best first, ties broken by passage id
   */
  List<Candidate> fuse(Map<List<Candidate>, Double> lists, Set<String> queryTerms, int n) {
    Map<String, Double> fused = new LinkedHashMap<>();
    Map<String, Candidate> byId = new HashMap<>();
    lists.forEach(
        (list, weight) -> {
          for (int rank = 0; rank < list.size(); rank++) {
            Candidate hit = list.get(rank);
            fused.merge(hit.id(), weight / (k + rank + 1), Double::sum);
            byId.putIfAbsent(hit.id(), hit);
          }
        });
    List<Candidate> out = new ArrayList<>(fused.size());
    fused.forEach(
        (id, score) -> {
          Candidate hit = byId.get(id);
          if (hit != null) {
            out.add(hit.withScore(score * lift(hit, queryTerms)));
          }
        });
    out.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::id));
    return out.size() > n ? List.copyOf(out.subList(0, n)) : out;
  }

  double lift(Candidate hit, Set<String> queryTerms) {
    double lift = 1;
    for (int i = 0; i < priors.size(); i++) {
      if (priorWeights.get(i) > 0) {
        lift += priorWeights.get(i) * priors.get(i).value(hit, queryTerms);
      }
    }
    return lift;
  }
}
