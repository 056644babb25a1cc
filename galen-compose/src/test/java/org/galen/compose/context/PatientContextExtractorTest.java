package org.galen.compose.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PatientContextExtractorTest {
  private final PatientContextExtractor extractor = PatientContextExtractor.bundled();

  private PatientContext read(String question) {
    return extractor.extract(question, List.of());
  }

  @Test
  void readsKidneyDiseaseWithItsStage() {
    PatientContext c =
        read("How should an acute gout flare be treated in someone with stage 4 CKD?");

    assertThat(c.describe()).contains("chronic kidney disease (stage 4)");
    assertThat(c.concerns(passage("In severe renal impairment (CKD stage 4-5), avoid NSAIDs")))
        .isTrue();
    assertThat(c.concerns(passage("Offer an NSAID at the lowest dose"))).isFalse();
  }

  @Test
  void readsAgeSexPregnancyAndAllergy() {
    PatientContext c =
        read("32F, 10 weeks pregnant, penicillin allergic, with a UTI - which antibiotic?");

    assertThat(c.age()).isEqualTo(32);
    assertThat(c.sex()).isEqualTo("female");
    assertThat(c.describe()).contains("pregnancy", "penicillin allergy");
  }

  @Test
  void readsOlderAgeAndComorbiditiesFromClinicalShorthand() {
    PatientContext c = read("levothyroxine starting dose in a 78yo with IHD on warfarin");

    assertThat(c.age()).isEqualTo(78);
    assertThat(c.describe()).contains("older adult", "ischaemic heart disease", "anticoagulated");
  }

  @Test
  void aQuestionWithoutPatientFactsHasNone() {
    assertThat(read("What is the first-line treatment for acute low back pain?").isEmpty())
        .isTrue();
  }

  @Test
  void theConversationCarriesTheContext() {
    PatientContext c =
        extractor.extract(
            "and what should be avoided?", List.of("gout flare in a man with eGFR 25"));

    assertThat(c.describe()).contains("chronic kidney disease (eGFR 25)", "male");
  }

  private static org.galen.core.Passage passage(String text) {
    return new org.galen.core.Passage(
        "summary:x",
        0,
        org.galen.core.SectionKind.FIRST_LINE,
        null,
        null,
        false,
        text,
        0,
        text.length());
  }
}
