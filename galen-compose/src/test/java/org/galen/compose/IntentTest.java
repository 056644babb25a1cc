package org.galen.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.galen.core.SectionKind;
import org.junit.jupiter.api.Test;

class IntentTest {
  @Test
  void aWordThatHoldsACueIsNoCue() {
    // "pharmacotherapy" holds "harm", "pharmacist" too: neither asks what to avoid
    assertThat(Intent.of("Pregnant smoker: what pharmacotherapy is appropriate?"))
        .doesNotContain(SectionKind.PITFALLS);
    assertThat(Intent.of("Can the pharmacist give me something?"))
        .doesNotContain(SectionKind.PITFALLS);
    assertThat(Intent.of("Can ibuprofen harm my kidneys?")).contains(SectionKind.PITFALLS);
    // "prefer" holds "refer"
    assertThat(Intent.of("Which do guidelines prefer, apixaban or warfarin?"))
        .doesNotContain(SectionKind.RED_FLAGS);
    assertThat(Intent.of("When should I refer?")).contains(SectionKind.RED_FLAGS);
  }
}
