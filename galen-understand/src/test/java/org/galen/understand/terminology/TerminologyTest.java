package org.galen.understand.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The compiled terminology the build bundles, matched against questions people write. */
class TerminologyTest {
  private static final Terminology TERMS = Terminology.bundled();

  private static List<String> ids(String text) {
    return TERMS.matcher().find(text).stream().flatMap(m -> m.conceptIds().stream()).toList();
  }

  @Test
  void holdsTensOfThousandsOfConceptsFromEveryTerminology() {
    assertThat(TERMS.concepts()).hasSizeGreaterThan(20_000);
    assertThat(TERMS.concept("DOID:13189")).get().extracting(Concept::name).isEqualTo("gout");
    assertThat(TERMS.concept("SYMP:0000006")).isPresent();
    assertThat(TERMS.concept("HP:0002248")).isPresent();
    assertThat(TERMS.concept("DRUG:atorvastatin")).isPresent();
  }

  @Test
  void readsTheAbbreviationsClinicansWriteAsTheSummariesListThem() {
    // none of these is in the bundled releases, or MedQuAD gives it to something else
    assertThat(ids("72M with HFrEF: bisoprolol dose?")).first().isEqualTo("DOID:9651");
    assertThat(ids("T2DM on metformin")).first().isEqualTo("DOID:9352");
    assertThat(ids("MDD not responding to sertraline")).first().isEqualTo("DOID:1470");
    assertThat(ids("IBS with constipation")).first().isEqualTo("DOID:9778");
    // the curated ontology first when a name is matched by its capitals
    assertThat(ids("CAD and CKD 3")).first().isEqualTo("DOID:3393");
    // what treats a condition is not the condition: "oral rehydration solution"
    assertThat(ids("how much ORS")).isEmpty();
  }

  @Test
  void aDiseaseGoesByItsEponymAlone() {
    assertThat(ids("TSH 11 with Hashimoto's (TPO+)")).first().isEqualTo("DOID:7188");
    assertThat(ids("my Crohn's is flaring")).first().isEqualTo("DOID:8778");
    // an everyday word is no eponym: Mrs Wilson is not Wilson disease
    assertThat(ids("Mrs Wilson's knee")).doesNotContain("DOID:893");
  }

  @Test
  void aMedQuadHealthSubjectIsNoCondition() {
    assertThat(TERMS.concept("MEDQUAD:medicines"))
        .get()
        .extracting(Concept::kind)
        .isEqualTo(Concept.Kind.TOPIC);
  }

  @Test
  void aBrandNamesItsIngredientWithoutTheSalt() {
    assertThat(ids("is it ok to take Zyrtec with Sudafed")).contains("DRUG:cetirizine");
    assertThat(ids("how long does Ozempic nausea last")).contains("DRUG:semaglutide");
    assertThat(ids("lipitor 40")).contains("DRUG:atorvastatin");
  }

  @Test
  void findsLayAndClinicalNamesWhateverTheirWordOrder() {
    assertThat(ids("I've been vomiting blood")).contains("SYMP:0019147");
    assertThat(ids("pain in my chest when I walk")).contains("SYMP:0000576");
    assertThat(ids("heart attack")).contains("DOID:5844");
  }

  @Test
  void aSyndromeGoesByItsShortNameUnlessThatIsEverydayEnglish() {
    assertThat(ids("suspect cauda equina, urinary retention")).contains("DOID:11577");
    assertThat(ids("I think I have carpal tunnel")).contains("DOID:12169");
    assertThat(ids("they fought tooth and nail for the title")).doesNotContain("DOID:6678");
  }

  @Test
  void correctsAMisspeltWordToTheNearestName() {
    List<Mention> found = TERMS.matcher().find("I have diabetis");
    assertThat(found).anySatisfy(m -> assertThat(m.corrected()).isTrue());
    assertThat(TERMS.matcher().find("my kneee hurts")).isNotEmpty();
  }

  @Test
  void anAcronymThatIsAlsoAWordMatchesOnlyInCapitals() {
    assertThat(ids("AIDS and HIV")).contains("DOID:635");
    assertThat(ids("hearing aids for my grandmother")).doesNotContain("DOID:635");
    // "Can" opening a question is not CAN (Crouzon syndrome with acanthosis nigricans), nor "Aids"
    assertThat(TERMS.matcher().find("Can I drink alcohol with metronidazole?"))
        .noneMatch(m -> m.text().equals("Can"));
    assertThat(ids("Aids for walking after a hip replacement")).doesNotContain("DOID:635");
  }

  @Test
  void marksEverydayWordsAsAmbiguousAndLeavesOtherSubjectsUnmatched() {
    assertThat(TERMS.matcher().find("I have a cold"))
        .allSatisfy(m -> assertThat(m.ambiguous()).isTrue());
    assertThat(TERMS.matcher().find("Will it rain in London tomorrow?")).isEmpty();
  }

  @Test
  void knowsEachConceptsParents() {
    assertThat(TERMS.isA("DOID:9408", "DOID:5844")).as("acute MI is an MI").isTrue();
    assertThat(TERMS.ancestors("DOID:9408")).extracting(Concept::id).contains("DOID:5844");
  }

  @Test
  void recognisesMedicalTermsThatNameNoWholeConcept() {
    assertThat(
            TERMS
                .matcher()
                .medicalWords(org.galen.understand.text.Words.of("outlook for hypertonia")))
        .extracting(org.galen.understand.text.Word::lower)
        .contains("hypertonia");
  }
}
