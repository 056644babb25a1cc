package org.galen.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.galen.core.Audience;
import org.galen.core.Question;
import org.galen.core.ReadingGrade;
import org.galen.core.SectionKind;
import org.galen.core.Source;
import org.galen.core.answer.Answer;
import org.galen.core.answer.AnswerStatus;
import org.galen.core.answer.Evidence;
import org.galen.core.answer.Reference;
import org.galen.core.answer.Section;
import org.galen.core.answer.Statement;
import org.galen.index.LibraryIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractiveComposerTest {
  @TempDir static Path tmp;
  static LibraryIndex index;
  static ExtractiveComposer composer;

  @BeforeAll
  static void load() {
    index = TestLibrary.load(tmp.resolve("index"));
    composer = TestLibrary.composer(index);
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static Answer ask(String q) {
    return composer.answer(Question.of(q, Audience.CLINICIAN));
  }

  private static String body(Answer a) {
    return a.statements().map(Statement::text).collect(Collectors.joining(" "));
  }

  private static Section section(Answer a, SectionKind kind) {
    return a.sections().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
  }

  @Test
  void answersTheSeedQuestionWithFirstLineSubGroupsFromTheSciaticaSummary() {
    Answer a =
        ask(
            "What is the best treatment for sciatica pain localized to the upper hamstring and glute?");

    assertThat(a.status()).isEqualTo(AnswerStatus.ANSWERED);
    assertThat(a.references().getFirst().id()).isEqualTo("summary:sciatica");
    assertThat(a.bottomLine()).isNotNull();
    assertThat(section(a, SectionKind.FIRST_LINE).statements())
        .extracting(Statement::group)
        .contains("Non-drug", "Drug");
    assertThat(a.sections())
        .extracting(Section::kind)
        .contains(SectionKind.PITFALLS, SectionKind.RED_FLAGS);
  }

  @Test
  void everyQuoteStandsVerbatimInTheSourceItCites() {
    for (String q :
        List.of(
            "How should an acute gout flare be treated?",
            "What is first-line therapy for mild to moderate acne vulgaris?",
            "How is hypertension treated in a Black adult?")) {
      Answer a = ask(q);
      for (Statement s : a.statements().toList()) {
        assertThat(s.evidence()).isNotEmpty();
        for (Evidence e : s.evidence()) {
          Reference r = a.references().get(e.ref() - 1);
          Source source = index.source(r.id()).orElseThrow();
          assertThat(source.text()).contains(e.quote());
        }
      }
    }
  }

  @Test
  void referencesAreNumberedInOrderOfFirstCitation() {
    Answer a =
        ask("What is the best treatment for sciatica pain in the buttock and upper hamstring?");

    List<Integer> firstSeen =
        a.statements().flatMap(s -> s.citations().stream()).distinct().toList();
    assertThat(firstSeen).isEqualTo(a.references().stream().map(Reference::n).toList());
    assertThat(a.references()).extracting(Reference::n).startsWith(1);
  }

  @Test
  void aFollowUpKeepsTheTopicOfTheEarlierQuestionAndLeadsWithSecondLine() {
    Answer a =
        composer.answer(
            new Question(
                "And if exercise and topical NSAIDs are not enough?",
                Audience.CLINICIAN,
                List.of("How should knee osteoarthritis be managed?")));

    assertThat(a.status()).isEqualTo(AnswerStatus.ANSWERED);
    assertThat(a.references().getFirst().id()).isEqualTo("summary:knee-osteoarthritis");
    assertThat(a.sections().getFirst().kind()).isEqualTo(SectionKind.SECOND_LINE);
  }

  @Test
  void patientAnswersUsePlainLanguageWithinGradeEight() {
    Answer a =
        composer.answer(
            Question.of("My knees ache from arthritis, what can I do myself?", Audience.PATIENT));

    assertThat(a.status()).isEqualTo(AnswerStatus.ANSWERED);
    assertThat(ReadingGrade.of(body(a))).isLessThanOrEqualTo(8.0);
    assertThat(body(a)).containsIgnoringCase("weight");
    // patients read no "(NICE 2022)"; the quote behind each statement keeps it verbatim
    assertThat(a.statements())
        .allSatisfy(s -> assertThat(s.text()).doesNotMatch(".*\\(\\w+ \\d{4}\\)\\.?$"));
    assertThat(a.statements())
        .anySatisfy(s -> assertThat(s.evidence().getFirst().quote()).matches(".*\\d{4}\\)$"));
  }

  @Test
  void aDrugOnlyOneSummaryDiscussesLeadsToThatSummaryWithoutNamingTheCondition() {
    Answer a = ask("How long should alendronate be continued before a drug holiday?");

    assertThat(a.status()).isEqualTo(AnswerStatus.ANSWERED);
    assertThat(a.references().getFirst().id()).isEqualTo("summary:osteoporosis");
  }

  @Test
  void aConditionMentionedOnceInPassingIsNotEnoughToAnswer() {
    // the fever summary names Kawasaki disease as a differential; it says nothing about treating it
    Answer a = ask("What is the treatment for Kawasaki disease?");

    assertThat(a.status()).isEqualTo(AnswerStatus.INSUFFICIENT_EVIDENCE);
    assertThat(a.searched()).contains("closest:");
  }

  @Test
  void refusesQuestionsThatAreNotAboutHealth() {
    for (String q :
        List.of(
            "Will it rain in London tomorrow?",
            "Who won the football world cup in 2018?",
            "How do I bake sourdough bread?")) {
      Answer a = ask(q);
      assertThat(a.status()).as(q).isEqualTo(AnswerStatus.OUT_OF_SCOPE);
      assertThat(a.statements()).isEmpty();
    }
  }

  @Test
  void abstainsWhenTheLibraryHoldsNoEvidence() {
    for (String q :
        List.of(
            "What is the recommended mavacamten dose titration in obstructive hypertrophic cardiomyopathy with a resting LVOT gradient above 50 mmHg?",
            "What is the dose of eculizumab for paroxysmal nocturnal haemoglobinuria?",
            "How is Gaucher disease type 1 treated with enzyme replacement?")) {
      Answer a = ask(q);
      assertThat(a.status()).as(q).isEqualTo(AnswerStatus.INSUFFICIENT_EVIDENCE);
      assertThat(a.statements()).isEmpty();
      assertThat(a.searched()).isNotBlank();
    }
  }

  @Test
  void proposesFollowUpsThatTheLibraryCanAnswer() {
    Answer a = ask("How should knee osteoarthritis be managed?");

    assertThat(a.followUps()).hasSizeBetween(2, 4);
    for (String f : a.followUps()) {
      Answer next = composer.answer(new Question(f, Audience.CLINICIAN, List.of(a.question())));
      assertThat(next.status()).as(f).isEqualTo(AnswerStatus.ANSWERED);
    }
  }

  @Test
  void theDescribedPatientLeadsTheAnswerAndBringsItsCautions() {
    Answer a = ask("How should an acute gout flare be treated in someone with stage 4 CKD?");

    assertThat(a.patientContext()).contains("CKD stage 4").doesNotContain("eGFR 22");
    assertThat(java.util.Objects.requireNonNull(a.bottomLine()).text())
        .containsIgnoringCase("kidney")
        .containsIgnoringCase("glucocorticoid");
    assertThat(section(a, SectionKind.PITFALLS).statements().getFirst().text())
        .contains("CKD stage 4-5")
        .contains("avoid NSAIDs");
    // the CKD summary is named only as the patient's comorbidity: it brings no advice of its own
    assertThat(a.references()).extracting(Reference::id).containsExactly("summary:gout");
  }

  @Test
  void sourcesThatSayTheSameThingAreOneStatementCitingBoth() {
    Answer a =
        ask(
            "What is the best treatment for sciatica pain localized to the upper hamstring and glute?");

    Statement merged =
        a.statements().filter(s -> s.citations().size() > 1).findFirst().orElseThrow();
    assertThat(merged.evidence()).hasSize(merged.citations().size());
    assertThat(merged.evidence())
        .extracting(Evidence::ref)
        .containsExactlyElementsOf(merged.citations());
    assertThat(merged.evidence().get(0).quote()).isNotEqualTo(merged.evidence().get(1).quote());
  }

  @Test
  void sourcesThatDisagreeAreSurfacedInTheEvidenceSection() {
    Answer a = ask("chronic LBP >6 months - gabapentin or opioids?");

    Statement disagreement =
        section(a, SectionKind.EVIDENCE_QUALITY).statements().stream()
            .filter(s -> s.text().startsWith("Sources disagree"))
            .findFirst()
            .orElseThrow();
    assertThat(disagreement.text()).contains("opioid");
    assertThat(disagreement.citations()).hasSize(2).doesNotHaveDuplicates();
    assertThat(disagreement.evidence())
        .anySatisfy(e -> assertThat(e.quote()).containsIgnoringCase("opioid"));
  }
}
