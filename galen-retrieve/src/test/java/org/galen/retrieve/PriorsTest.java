package org.galen.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.galen.core.Passage;
import org.galen.core.ReferenceKind;
import org.galen.core.SectionKind;
import org.galen.index.Candidate;
import org.galen.index.Fields;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Each re-ranking prior, and their use after Reciprocal Rank Fusion. */
class PriorsTest {
  private static Candidate hit(
      String id, ReferenceKind kind, @Nullable Integer year, String topics) {
    return new Candidate(
        new Passage(id, 0, SectionKind.OTHER, null, null, false, "text", 0, 4).id(),
        1,
        topics,
        kind,
        year);
  }

  @Test
  void evidenceKindPutsGuidelinesAndReviewsAboveSingleObservationalStudies() {
    EvidenceKindPrior prior =
        new EvidenceKindPrior(HybridConfig.PriorWeights.DEFAULT_KIND_STRENGTH);
    double guideline = prior.value(hit("a:1", ReferenceKind.GUIDELINE, null, ""), Set.of());
    double review = prior.value(hit("a:2", ReferenceKind.SYSTEMATIC_REVIEW, null, ""), Set.of());
    double cohort = prior.value(hit("a:3", ReferenceKind.OBSERVATIONAL, null, ""), Set.of());
    assertThat(guideline).isGreaterThan(cohort);
    assertThat(review).isGreaterThan(cohort);
  }

  @Test
  void recencyHalvesPerHalfLifeAndIgnoresUnknownYears() {
    RecencyPrior prior = new RecencyPrior(2026, 10);
    assertThat(prior.value(hit("a:1", ReferenceKind.RCT, 2026, ""), Set.of())).isEqualTo(1.0);
    assertThat(prior.value(hit("a:1", ReferenceKind.RCT, 2016, ""), Set.of())).isEqualTo(0.5);
    assertThat(prior.value(hit("a:1", ReferenceKind.RCT, 2030, ""), Set.of())).isEqualTo(1.0);
    assertThat(prior.value(hit("a:1", ReferenceKind.RCT, null, ""), Set.of())).isZero();
  }

  @Test
  void topicMatchIsTheShareOfQuestionWordsInTitleAndMeshTerms() {
    TopicMatchPrior prior = new TopicMatchPrior(QueryUnderstanding.bundled(Fields.analyzer()));
    Candidate gout = hit("a:1", ReferenceKind.RCT, null, "Colchicine for gout\nGout\nColchicine");
    assertThat(prior.value(gout, Set.of("gout", "colchicin"))).isEqualTo(1.0);
    assertThat(prior.value(gout, Set.of("gout", "kidney"))).isEqualTo(0.5);
    assertThat(prior.value(gout, Set.of())).isZero();
  }

  @Test
  void fusionRewardsAgreementBetweenListsAndBreaksTiesById() {
    RankFusion fusion = new RankFusion(60, List.of(), List.of());
    Candidate a = hit("s:a", ReferenceKind.OTHER, null, "");
    Candidate b = hit("s:b", ReferenceKind.OTHER, null, "");
    Candidate c = hit("s:c", ReferenceKind.OTHER, null, "");
    Map<List<Candidate>, Double> lists = new java.util.IdentityHashMap<>();
    lists.put(List.of(a, b), 1.0);
    lists.put(List.of(c, b), 1.0);

    List<Candidate> fused = fusion.fuse(lists, Set.of(), 10);

    // b is second in both lists: 2/62 beats a's and c's 1/61
    assertThat(fused).extracting(Candidate::id).containsExactly("s:b#0", "s:a#0", "s:c#0");
  }

  @Test
  void priorsReorderFusedPassagesByTheirWeights() {
    RankFusion fusion =
        new RankFusion(
            60,
            List.of(new EvidenceKindPrior(HybridConfig.PriorWeights.DEFAULT_KIND_STRENGTH)),
            List.of(0.5));
    Candidate cohort = hit("s:cohort", ReferenceKind.OBSERVATIONAL, null, "");
    Candidate guideline = hit("s:guideline", ReferenceKind.GUIDELINE, null, "");
    Map<List<Candidate>, Double> lists = new java.util.IdentityHashMap<>();
    lists.put(List.of(cohort, guideline), 1.0);

    assertThat(fusion.fuse(lists, Set.of(), 10).getFirst().id()).isEqualTo("s:guideline#0");
  }
}
