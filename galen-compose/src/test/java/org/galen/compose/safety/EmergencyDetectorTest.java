package org.galen.compose.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.galen.core.Audience;
import org.galen.core.answer.Emergency;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmergencyDetectorTest {
  private final EmergencyDetector detector = EmergencyDetector.bundled();

  private Emergency detect(String q) {
    return detector.detect(q, List.of(), Audience.PATIENT);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Bad back pain and now I can't feel anything around my bottom and can't pee | cauda equina",
        "My dad's face is drooping on one side and his speech is slurred since an hour | stroke",
        "Crushing chest pain spreading to my left arm and I'm sweating | heart attack",
        "sudden shortness of breath and sharp chest pain when breathing in, one calf swollen after a long flight | blood clot",
        "Worst headache of my life, came on suddenly like being hit on the head | bleeding around the brain",
        "My son has a high fever, a stiff neck and a rash that doesn't fade when I press a glass on it | meningitis",
        "Stung by a bee and now my throat is swelling and I can't breathe | allergic reaction",
        "I want to end my life and I have a plan | suicide",
        "Type 1 diabetic, vomiting all day, ketones high and breathing fast | ketoacidosis",
        "Positive pregnancy test and sharp pain on one side of my lower tummy with spotting | ectopic",
        "LBP with new saddle anaesthesia and urinary retention, 45M | cauda equina",
        "82F with UTI, now confused, BP 84/50, HR 128, RR 26, mottled skin | sepsis",
        "my lips and tongue are swelling after eating peanuts and I'm struggling to breathe | allergic reaction"
      })
  void detectsEachEmergencyCondition(String question, String condition) {
    Emergency e = detect(question);

    assertThat(e.detected()).as(question).isTrue();
    assertThat(String.join(" ", e.conditions())).containsIgnoringCase(condition);
    assertThat(e.advice()).isNotBlank();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "History of stroke, what statin?",
        "Secondary prevention after a heart attack last year: which drugs?",
        "How long should anticoagulation continue after a first provoked DVT?",
        "Should my child get the meningitis vaccine?",
        "How do I use an adrenaline auto-injector?",
        "Do SSRIs raise suicide risk in adolescents?",
        "Chronic low back pain for a year, what exercise helps?",
        "How should iron deficiency anaemia be treated in an adult?",
        "Does an SGLT2 inhibitor increase the risk of DKA?",
        "Pt had suicidal thoughts during a depressive episode last year, now in remission on sertraline - how long should she continue it?",
        "how do I improve my freestyle swimming stroke"
      })
  void ignoresLookAlikes(String question) {
    assertThat(detect(question).detected()).as(question).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"crushing chest pain spreading to the jaw"})
  void clinicianAdviceNamesTheConditionClinically(String question) {
    Emergency e = detector.detect(question, List.of(), Audience.CLINICIAN);

    assertThat(e.conditions()).containsExactly("acute coronary syndrome");
    assertThat(e.advice()).contains("ECG");
  }
}
