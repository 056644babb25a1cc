package org.galen.understand.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.galen.core.Audience;
import org.galen.core.answer.Emergency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Triage on phrasings written for these tests (the evaluation sets in {@code eval/triage} judge it
 * at scale; {@code TriageRegressionTest} holds it to their figures).
 */
class TriageTest {
  private final Triage triage = Triages.triage();

  private List<String> raised(String question, String... previous) {
    return triage.assess(question, List.of(previous)).alarms().stream()
        .map(a -> a.condition().id())
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "my husband's speech went slurry twenty minutes ago and his left hand won't grip | stroke",
        "tight band across my chest for half an hour, sweating and feel sick | acute-coronary-syndrome",
        "I've written letters to my family and I'm going to take all my tablets tonight | suicidal-intent",
        "my 5 week old feels hot, thermometer says 38.3 | infant-fever",
        "my son is 14, woke with agony in one testicle and has been sick | testicular-torsion",
        "been throwing up what looks like coffee grounds and I feel faint | upper-gi-bleeding",
        "lost control of my bladder and my backside is numb, back has been bad for a week | cauda-equina",
        "type 1 here, pretty sure this is DKA again, meter reads HI and I keep vomiting | diabetic-ketoacidosis"
      })
  void raisesEmergenciesToldInOrdinaryWords(String question, String condition) {
    assertThat(raised(question)).as(question).contains(condition);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "what are the warning signs of a stroke in older people",
        "my mum had a pulmonary embolism two years ago, should I be screened",
        "I had a heart attack in 2019, is it safe to fly long haul",
        "back ache after gardening but no numbness and I'm peeing normally",
        "What are the treatments for glaucoma ?",
        "how is testicular torsion diagnosed",
        "I had DKA once as a teenager, how do I avoid it happening again",
        "my 7 week old feels a little warm to touch but the thermometer reads 37.1",
        "Duration of DAPT after PCI for an NSTEMI in a patient at high bleeding risk?"
      })
  void raisesNoneForLookAlikes(String question) {
    assertThat(raised(question)).as(question).isEmpty();
  }

  @Test
  void aFollowUpCanTurnAConversationIntoAnEmergency() {
    assertThat(
            raised(
                "now I can't feel anything when I wipe and I can't pee",
                "what exercises help sciatica?"))
        .contains("cauda-equina");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "is it ok to take Zyrtec with Sudafed | true",
        "my back is killing me | true",
        "what does an A1c of 6.1 mean | true",
        "What is the outlook for Hypertonia ? | true",
        "tell me about plague | true",
        "what is suicide | true",
        "What is self-harm? | true",
        "how do I find a memory leak in my Java service | false",
        "my laptop has a virus, how do I get rid of it | false",
        "Will it rain in London tomorrow? | false"
      })
  void decidesScopeBeforeAnythingIsSearched(String question, boolean health) {
    assertThat(triage.assess(question, List.of()).health()).as(question).isEqualTo(health);
  }

  @Test
  void advisesInTheConfiguredLocalesWords() {
    Assessment a = triage.assess("I think I'm having a stroke, my face is drooping", List.of());
    Emergency us = a.alert(Audience.PATIENT, "en-US");
    Emergency gb = a.alert(Audience.PATIENT, "en-GB");
    assertThat(us.advice()).contains("911").doesNotContain("999", "A&E");
    assertThat(gb.advice()).contains("999");
    assertThat(us.whileWaiting()).isNotEmpty();
    assertThat(a.alert(Audience.CLINICIAN, "en-US").whileWaiting()).isEmpty();
    assertThat(us.ids()).first().isEqualTo("stroke");
  }
}
