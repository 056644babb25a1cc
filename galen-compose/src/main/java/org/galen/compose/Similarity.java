package org.galen.compose;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.galen.core.Passage;

/**
 * Word overlap between statements, to cite one statement from several sources that say the same.
 */
final class Similarity {
  private Similarity() {}

  /** Jaccard overlap of two sets of analyzed words, 0..1. */
  static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    Set<String> either = new HashSet<>(a);
    either.addAll(b);
    return (double) both.size() / either.size();
  }

  /** The pick whose lead says most nearly what the passage says, if at least {@code threshold}. */
  static Optional<Pick> mostSimilar(
      List<Pick> picks, Passage passage, Function<String, List<String>> terms, double threshold) {
    Set<String> words = new HashSet<>(terms.apply(ExtractiveComposer.plain(passage.text())));
    Pick best = null;
    double bestScore = threshold;
    for (Pick pick : picks) {
      double score =
          jaccard(words, new HashSet<>(terms.apply(ExtractiveComposer.plain(pick.lead().text()))));
      if (score >= bestScore) {
        best = pick;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }
}
