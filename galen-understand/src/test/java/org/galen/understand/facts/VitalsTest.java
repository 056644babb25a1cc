package org.galen.understand.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VitalsTest {
  @Test
  void stElevationIsReadAndANonStElevationInfarctionIsNot() {
    assertThat(Vitals.of("ECG shows 2 mm ST elevation in V2-V4").stElevation()).isTrue();
    assertThat(Vitals.of("inferior STEMI on the ECG, cath lab?").stElevation()).isTrue();
    assertThat(Vitals.of("Duration of DAPT after PCI for NSTEMI?").stElevation()).isFalse();
    assertThat(Vitals.of("non-ST elevation MI, troponin rising").stElevation()).isFalse();
    assertThat(Vitals.of("chest pain, no ST elevation").stElevation()).isFalse();
  }
}
