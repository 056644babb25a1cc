package org.galen.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EffectSizesTest {
  // The evidence-quality paragraph of the seed answer (Cochrane review of NSAIDs for sciatica).
  private static final String SEED =
      "The evidence for NSAIDs shows very low-quality evidence for pain reduction (MD -4.56,95% CI"
          + " -11.11 to 1.99) but low-quality evidence for global improvement (RR 1.14,95% CI 1.03"
          + " to 1.27) compared to placebo";

  @Test
  void readsBothEffectsOfTheSeedAnswerWithTheirLabels() {
    List<EffectSize> found = EffectSizes.find(SEED);

    assertThat(found).hasSize(2);
    EffectSize md = found.get(0);
    assertThat(md.measure()).isEqualTo("MD");
    assertThat(md.estimate()).isEqualTo(-4.56);
    assertThat(md.lower()).isEqualTo(-11.11);
    assertThat(md.upper()).isEqualTo(1.99);
    assertThat(md.label()).isEqualTo("pain reduction");
    assertThat(md.ratio()).isFalse();
    assertThat(md.excludesNull()).isFalse();
    EffectSize rr = found.get(1);
    assertThat(rr.measure()).isEqualTo("RR");
    assertThat(rr.estimate()).isEqualTo(1.14);
    assertThat(rr.lower()).isEqualTo(1.03);
    assertThat(rr.upper()).isEqualTo(1.27);
    assertThat(rr.label()).isEqualTo("global improvement");
    assertThat(rr.excludesNull()).isTrue();
  }

  @Test
  void readsTheCommonWaysOfWritingAnInterval() {
    assertThat(EffectSizes.find("MD -4.56 (95% CI -11.11 to 1.99)"))
        .singleElement()
        .satisfies(e -> assertThat(e.lower()).isEqualTo(-11.11));
    assertThat(EffectSizes.find("mortality (HR 0.74; 95% CI 0.65-0.85)"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.measure()).isEqualTo("HR");
              assertThat(e.upper()).isEqualTo(0.85);
              assertThat(e.label()).isEqualTo("mortality");
            });
    assertThat(EffectSizes.find("odds ratio 0.85 [95% CI 0.72, 0.99]"))
        .singleElement()
        .satisfies(e -> assertThat(e.measure()).isEqualTo("OR"));
    assertThat(EffectSizes.find("SMD \u22120.30 (90% CI \u22120.52 \u2013 \u22120.08)"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.estimate()).isEqualTo(-0.30);
              assertThat(e.lower()).isEqualTo(-0.52);
              assertThat(e.upper()).isEqualTo(-0.08);
              assertThat(e.level()).isEqualTo(90);
            });
  }

  @Test
  void leavesOutWhatItCannotReadCompletely() {
    assertThat(EffectSizes.find("NSAIDs helped (RR 1.14) compared to placebo")).isEmpty();
    assertThat(EffectSizes.find("RR 2.5, 95% CI 1.03 to 1.27")).as("estimate outside").isEmpty();
    assertThat(EffectSizes.find("RR 0.5, 95% CI -0.2 to 0.9")).as("ratio below 0").isEmpty();
    assertThat(EffectSizes.find("Do not use gabapentin for sciatica (NICE 2016)")).isEmpty();
  }

  @Test
  void theForestPlotDrawsOneRowPerEffectWithATextAlternative() {
    String svg = ForestPlot.svg(EffectSizes.find(SEED), "fp1");

    assertThat(svg)
        .startsWith("<svg")
        .contains("role=\"img\"")
        .contains("aria-labelledby=\"fp1-t fp1-d\"")
        .contains("pain reduction: MD \u22124.56 (95% CI \u221211.11 to 1.99)")
        .contains("global improvement: RR 1.14 (95% CI 1.03 to 1.27)")
        .contains("Risk ratio (log scale)")
        .contains("Mean difference");
    assertThat(svg.split("<rect class=\"est\"", -1)).hasSize(3);
    assertThat(ForestPlot.svg(List.of(), "x")).isEmpty();
  }

  @Test
  void labelsAreEscaped() {
    String svg = ForestPlot.svg(EffectSizes.find("for <b>pain</b> (MD 1, 95% CI 0 to 2)"), "x");
    assertThat(svg).doesNotContain("<b>").contains("&lt;b&gt;");
  }
}
