package org.galen.understand.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.galen.core.frame.Ask;
import org.galen.core.frame.FrameConcept;
import org.galen.core.frame.Patient;
import org.galen.core.frame.QuestionFrame;
import org.galen.understand.context.ConText;
import org.galen.understand.terminology.Terminology;
import org.junit.jupiter.api.Test;

class FramerTest {
  private static final Framer FRAMER =
      new Framer(Terminology.bundled(), ConText.bundled(), AskClassifier.bundled());

  private static QuestionFrame frame(String q, String... previous) {
    return FRAMER.frame(q, List.of(previous));
  }

  @Test
  void findsWhatIsAskedAndWhatDescribesThePatient() {
    QuestionFrame f =
        frame("How should an acute gout flare be treated in a 78-year-old with heart failure?");
    assertThat(f.asked()).extracting(FrameConcept::name).contains("gout");
    assertThat(f.patient().conditions()).extracting(Patient.Fact::name).contains("heart failure");
    assertThat(f.patient().ageYears()).isBetween(78.0, 79.0);
    assertThat(f.asked().getFirst().parents()).isNotEmpty();
  }

  @Test
  void aReactionToldBesideTheAllergyIsPartOfIt() {
    QuestionFrame f =
        frame("H. pylori +ve on stool Ag, penicillin allergy (generalised urticaria) - regimen?");
    assertThat(f.patient().allergies())
        .singleElement()
        .satisfies(a -> assertThat(a.severity()).isEqualTo("mild"));
    // the urticaria is what the penicillin did, not a disease asked about
    assertThat(f.asked()).extracting(FrameConcept::name).doesNotContain("urticaria");
    Patient p = frame("58M, leg cellulitis. PCN allergy = anaphylaxis. Oral abx?").patient();
    assertThat(p.allergies())
        .singleElement()
        .satisfies(a -> assertThat(a.severity()).isEqualTo("severe"));
  }

  @Test
  void theAgeOfTheBabyBreastfedIsNotThePatients() {
    Patient p =
        frame("Which blood pressure tablets are OK while breastfeeding my 2-month-old?").patient();
    assertThat(p.breastfeeding()).isTrue();
    assertThat(p.ageYears()).isNull();
  }

  @Test
  void aHealthSubjectIsNoCondition() {
    // MedQuAD files "Medicines" (whose synonyms include "drugs") under Other, not Disease
    QuestionFrame f =
        frame("72-year-old with high blood pressure: which drugs? Is diltiazem okay?");
    assertThat(f.patient().conditions()).extracting(Patient.Fact::name).doesNotContain("Medicines");
    assertThat(f.concepts())
        .filteredOn(c -> c.name().equals("Medicines"))
        .allSatisfy(c -> assertThat(c.kind()).isEqualTo("topic"));
    assertThat(f.asked()).extracting(FrameConcept::name).containsExactly("hypertension");
  }

  @Test
  void aDrugIsAlsoOfItsClass() {
    QuestionFrame f = frame("What are the side effects of alendronate?");
    assertThat(f.concepts())
        .filteredOn(c -> c.kind().equals("drug"))
        .flatExtracting(FrameConcept::parents)
        .extracting(FrameConcept.Parent::id, FrameConcept.Parent::name)
        .contains(tuple("CLASS:bisphosphonate", "bisphosphonate"));
    assertThat(frame("Is omeprazole safe long term?").concepts())
        .flatExtracting(FrameConcept::parents)
        .extracting(FrameConcept.Parent::name)
        .contains("proton pump inhibitor (PPI)");
  }

  @Test
  void aNegatedConditionIsAbsent() {
    QuestionFrame f =
        frame("58-year-old with hypertension, no diabetes and no kidney disease: first drug?");
    assertThat(f.patient().conditions())
        .filteredOn(c -> c.name().contains("diabetes"))
        .allSatisfy(c -> assertThat(c.negated()).isTrue());
  }

  @Test
  void readsPregnancyTrimesterAndBreastfeeding() {
    Patient p = frame("I'm 24 weeks pregnant with a UTI, which antibiotic is safe?").patient();
    assertThat(p.pregnant()).isTrue();
    assertThat(p.trimester()).isEqualTo(2);
    assertThat(p.sex()).isEqualTo("female");
    assertThat(frame("not pregnant, 30F with cystitis").patient().pregnant()).isFalse();
    // the clinician's way of saying it
    Patient dvt = frame("Proximal DVT at 22 weeks' gestation: which anticoagulant?").patient();
    assertThat(dvt.pregnant()).isTrue();
    assertThat(dvt.trimester()).isEqualTo(2);
    assertThat(frame("can I take this while breastfeeding?").patient().breastfeeding()).isTrue();
  }

  @Test
  void readsADrugAllergyAndItsSeverity() {
    Patient p = frame("Sore throat, strep positive, she had anaphylaxis to penicillin").patient();
    assertThat(p.allergies())
        .anySatisfy(
            a -> {
              assertThat(a.substance()).isEqualTo("penicillin");
              assertThat(a.severity()).isEqualTo("severe");
            });
    assertThat(frame("penicillin allergy (rash), cellulitis of the leg").patient().allergies())
        .anySatisfy(a -> assertThat(a.severity()).isEqualTo("mild"));
  }

  @Test
  void readsKidneyFunction() {
    assertThat(frame("gout flare in CKD stage 4").patient().egfr()).isNull();
    assertThat(frame("gout flare in CKD stage 4").patient().ckdStage()).isEqualTo("4");
    assertThat(frame("gout flare in CKD stage 4").patient().renalEgfr()).isEqualTo(22.0);
    assertThat(frame("gout flare in CKD stage 4").patient().describe()).contains("CKD stage 4");
    assertThat(frame("metformin with eGFR 38?").patient().egfr()).isEqualTo(38.0);
  }

  @Test
  void aFollowUpKeepsTheConversationsSubject() {
    QuestionFrame f = frame("and what dose?", "How is an acute gout flare treated?");
    assertThat(f.asked()).extracting(FrameConcept::name).contains("gout");
    assertThat(f.ask()).isEqualTo(Ask.DOSE);
  }

  @Test
  void anAllergyToldInLayWordsIsAnAllergyAndNotTheAsk() {
    QuestionFrame f =
        frame(
            "Sinus infection for 12 days, needs antibiotics, but I get hives with penicillin."
                + " Which one?");
    assertThat(f.patient().allergies())
        .anySatisfy(
            a -> {
              assertThat(a.substance()).isEqualTo("penicillin");
              assertThat(a.severity()).isEqualTo("mild");
            });
    assertThat(f.ask()).isNotEqualTo(Ask.SIDE_EFFECTS);
    assertThat(
            frame("amoxicillin gives me a rash, what else treats an ear infection?")
                .patient()
                .allergies())
        .extracting(Patient.Allergy::substance)
        .contains("amoxicillin");
  }

  @Test
  void anAllergyToAMemberOfAClassIsAnAllergyToTheClass() {
    Patient p = frame("Ear infection; he had anaphylaxis to amoxicillin").patient();
    Population population = new Population(p, Terminology.bundled());
    assertThat(population.matches(List.of(org.galen.core.Qualifier.parse("allergy penicillin"))))
        .isTrue();
    assertThat(
            population.contradicts(
                List.of(org.galen.core.Qualifier.parse("no allergy penicillin"))))
        .isTrue();
  }

  @Test
  void aPastEventIsThePatientsHistoryNotTheTopicWhenADrugIsAsked() {
    QuestionFrame f = frame("How much atorvastatin should I take since my heart attack?");
    assertThat(f.asked()).extracting(FrameConcept::kind).doesNotContain("disease");
    assertThat(f.asked()).extracting(FrameConcept::name).contains("atorvastatin");
    // asked about on its own, the event is the topic
    assertThat(frame("What should I expect after a heart attack?").asked())
        .extracting(FrameConcept::kind)
        .contains("disease");
  }
}
