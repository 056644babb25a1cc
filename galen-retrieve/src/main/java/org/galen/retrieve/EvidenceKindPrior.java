package org.galen.retrieve;

import java.util.Map;
import java.util.Set;
import org.galen.core.ReferenceKind;
import org.galen.index.Candidate;

/**
 * Stronger kinds of evidence first: a guideline or systematic review above a single observational
 * study. The value is the configured strength of the source's kind (0 for a kind not configured).
 */
public record EvidenceKindPrior(Map<ReferenceKind, Double> strength) implements Prior {
  public EvidenceKindPrior {
    strength = Map.copyOf(strength);
  }

  @Override
  public String name() {
    return "evidence-kind";
  }

  @Override
  public double value(Candidate hit, Set<String> queryTerms) {
    return strength.getOrDefault(hit.kind(), 0.0);
  }
}
