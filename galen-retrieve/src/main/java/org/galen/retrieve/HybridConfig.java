package org.galen.retrieve;

import java.util.EnumMap;
import java.util.Map;
import org.galen.core.ReferenceKind;

/**
 * Tunable parts of hybrid search and query understanding; configuration, not magic numbers in code.
 *
 * @param bm25Depth how many BM25 passages go into the fusion
 * @param knnDepth how many nearest passages by vector go into the fusion
 * @param rrfK the k of Reciprocal Rank Fusion: a passage at rank r of a list adds 1 / (k + r);
 *     larger k flattens the difference between top and lower ranks
 * @param bm25Weight weight of the BM25 list in the fusion
 * @param denseWeight weight of the vector list in the fusion
 * @param expansionWeight weight of words added by query understanding, against 1 for the asker's
 * @param fuzzyWeight weight of spelling variants of a word the library has never seen
 * @param fuzzyMinLength shortest unknown word that is matched by spelling variants
 * @param priors weights of the re-ranking priors
 */
public record HybridConfig(
    int bm25Depth,
    int knnDepth,
    int rrfK,
    double bm25Weight,
    double denseWeight,
    float expansionWeight,
    float fuzzyWeight,
    int fuzzyMinLength,
    PriorWeights priors) {
  public static final HybridConfig DEFAULTS =
      new HybridConfig(100, 100, 60, 1.0, 1.0, 0.5f, 0.6f, 5, PriorWeights.DEFAULTS);

  public HybridConfig {
    if (bm25Depth < 1 || knnDepth < 1 || rrfK < 1 || fuzzyMinLength < 1) {
      throw new IllegalArgumentException(
          "bm25Depth, knnDepth, rrfK and fuzzyMinLength must be >= 1");
    }
    if (bm25Weight < 0 || denseWeight < 0 || expansionWeight < 0 || fuzzyWeight < 0) {
      throw new IllegalArgumentException("fusion and expansion weights must be >= 0");
    }
  }

  public HybridConfig withPriors(PriorWeights p) {
    return new HybridConfig(
        bm25Depth,
        knnDepth,
        rrfK,
        bm25Weight,
        denseWeight,
        expansionWeight,
        fuzzyWeight,
        fuzzyMinLength,
        p);
  }

  /**
   * How much each re-ranking prior may lift a passage: its fused score is multiplied by {@code 1 +
   * Σ weight × prior}, each prior being a value in [0, 1].
   *
   * @param evidenceKind weight of {@link EvidenceKindPrior}
   * @param recency weight of {@link RecencyPrior}
   * @param topicMatch weight of {@link TopicMatchPrior}
   * @param kindStrength the evidence kind prior's value per kind (0..1)
   * @param recencyHalfLifeYears age at which the recency prior has halved
   */
  public record PriorWeights(
      double evidenceKind,
      double recency,
      double topicMatch,
      Map<ReferenceKind, Double> kindStrength,
      double recencyHalfLifeYears) {
    /** Guidelines and systematic reviews first, single observational studies last. */
    public static final Map<ReferenceKind, Double> DEFAULT_KIND_STRENGTH = defaultKinds();

    public static final PriorWeights DEFAULTS =
        new PriorWeights(0.2, 0.1, 0.3, DEFAULT_KIND_STRENGTH, 10);

    /** No re-ranking: the fused order as it is. */
    public static final PriorWeights NONE = new PriorWeights(0, 0, 0, DEFAULT_KIND_STRENGTH, 10);

    public PriorWeights {
      if (evidenceKind < 0 || recency < 0 || topicMatch < 0 || recencyHalfLifeYears <= 0) {
        throw new IllegalArgumentException(
            "prior weights must be >= 0 and the recency half-life > 0");
      }
      kindStrength = Map.copyOf(kindStrength);
      for (Map.Entry<ReferenceKind, Double> e : kindStrength.entrySet()) {
        if (e.getValue() < 0 || e.getValue() > 1) {
          throw new IllegalArgumentException(
              "strength of " + e.getKey() + " must be in 0..1, was " + e.getValue());
        }
      }
    }

    private static Map<ReferenceKind, Double> defaultKinds() {
      Map<ReferenceKind, Double> m = new EnumMap<>(ReferenceKind.class);
      m.put(ReferenceKind.GUIDELINE, 1.0);
      m.put(ReferenceKind.SYSTEMATIC_REVIEW, 0.9);
      m.put(ReferenceKind.PRACTICE_SUMMARY, 0.9);
      m.put(ReferenceKind.RCT, 0.7);
      m.put(ReferenceKind.REVIEW, 0.5);
      m.put(ReferenceKind.TEXTBOOK, 0.5);
      m.put(ReferenceKind.CONSUMER, 0.4);
      m.put(ReferenceKind.OBSERVATIONAL, 0.3);
      m.put(ReferenceKind.OTHER, 0.3);
      return m;
    }
  }
}
