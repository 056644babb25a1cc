package org.galen.understand.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MeasuresTest {
  @Test
  void readsAgesInDaysWeeksMonthsAndYears() {
    assertThat(Measures.ageInDays("my 6 week old has a fever").getAsDouble()).isEqualTo(42);
    assertThat(Measures.ageInDays("8wk baby").getAsDouble()).isEqualTo(56);
    // how far along a pregnancy is, not the age of anyone
    assertThat(Measures.ageInDays("a 30-year-old woman who is 20 weeks pregnant").getAsDouble())
        .isEqualTo(30 * 365.25);
    assertThat(Measures.ageInDays("she is 34 weeks' gestation")).isEmpty();
    assertThat(Measures.ageInDays("a 3-month-old").getAsDouble()).isBetween(90.0, 92.0);
    assertThat(Measures.ageInDays("72M with chest pain").getAsDouble()).isGreaterThan(26_000);
    assertThat(Measures.ageInDays("my grandson is 8 weeks").getAsDouble()).isEqualTo(56);
    assertThat(Measures.ageInDays("newborn sneezing").getAsDouble()).isLessThan(30);
  }

  @Test
  void readsWhatTheThermometerSays() {
    assertThat(Measures.temperatureCelsius("the thermometer says 37.2").getAsDouble())
        .isEqualTo(37.2);
    assertThat(Measures.temperatureCelsius("thermometer reads 101.3").getAsDouble())
        .isBetween(38.5, 38.6);
  }

  @Test
  void aDurationIsNoAge() {
    assertThat(Measures.ageInDays("coughing for 3 days")).isEmpty();
  }

  @Test
  void readsTemperaturesInEitherScale() {
    assertThat(Measures.temperatureCelsius("temp of 38.4").getAsDouble()).isEqualTo(38.4);
    assertThat(Measures.temperatureCelsius("he's burning up, 101 F").getAsDouble())
        .isBetween(38.3, 38.4);
    assertThat(Measures.temperatureCelsius("39.2°C this morning").getAsDouble()).isEqualTo(39.2);
    assertThat(Measures.temperatureCelsius("3 days of cough")).isEmpty();
  }

  @Test
  void readsAnAgeWrittenTheWaysCliniciansAndFamiliesWriteIt() {
    assertThat(Measures.ageInDays("83 y/o woman with gout").getAsDouble()).isEqualTo(83 * 365.25);
    assertThat(Measures.ageInDays("aged 83, CKD 4").getAsDouble()).isEqualTo(83 * 365.25);
    assertThat(Measures.ageInDays("a woman of 72").getAsDouble()).isEqualTo(72 * 365.25);
    assertThat(Measures.ageInDays("my dad is in his 80s").getAsDouble()).isEqualTo(85 * 365.25);
    assertThat(Measures.ageInDays("she is in her seventies").getAsDouble()).isEqualTo(75 * 365.25);
    // a unit after the number is not a bare age
    assertThat(Measures.ageInDays("aged 6 weeks").getAsDouble()).isEqualTo(42);
    assertThat(Measures.ageInDays("a dose of 500 mg")).isEmpty();
    assertThat(Measures.ageInDays("the patient of Dr Smith")).isEmpty();
    assertThat(Measures.ageInDays("I'm 80 with arthritis in both knees").getAsDouble())
        .isEqualTo(80 * 365.25);
    assertThat(Measures.ageInDays("she's 3 and has a fever").getAsDouble()).isEqualTo(3 * 365.25);
    assertThat(Measures.ageInDays("I'm 5'2 and 70 kg")).isEmpty();
    assertThat(Measures.ageInDays("I am 100% sure")).isEmpty();
    // a decade of history is no age
    assertThat(Measures.ageInDays("back in the 80s I had measles")).isEmpty();
  }

  @Test
  void readsHowFarAlongAPregnancyIs() {
    assertThat(Measures.gestationWeeks("I'm 34 weeks pregnant").getAsDouble()).isEqualTo(34);
    assertThat(Measures.gestationWeeks("G2P1 at 28/40").getAsDouble()).isEqualTo(28);
    assertThat(Measures.gestationWeeks("proximal DVT at 22 weeks' gestation").getAsDouble())
        .isEqualTo(22);
    assertThat(Measures.gestationWeeks("30 weeks of pregnancy").getAsDouble()).isEqualTo(30);
    assertThat(Measures.gestationWeeks("gestational age 12 weeks").getAsDouble()).isEqualTo(12);
    assertThat(Measures.gestationWeeks("pregnant, period late")).isEmpty();
    assertThat(Measures.gestationWeeks("a cough for 3 weeks")).isEmpty();
  }
}
