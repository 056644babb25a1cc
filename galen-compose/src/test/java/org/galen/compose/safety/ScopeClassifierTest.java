package org.galen.compose.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScopeClassifierTest {
  private final ScopeClassifier scope = ScopeClassifier.bundled();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "nintedanib for idiopathic pulmonary fibrosis",
        "hidradenitis suppurativa - when to start adalimumab?",
        "laparoscopic vs open inguinal hernia repair technique",
        "6 week old with temp 38.5, looks well - what investigations?",
        "my heart races and my blood pressure is high",
        "My knees ache from arthritis"
      })
  void healthQuestionsAreInScope(String q) {
    assertThat(scope.isMedical(q, List.of(), false)).as(q).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "best pressure washer for cleaning decking",
        "how to improve my freestyle swimming stroke",
        "how do I lower the water pressure in my shower",
        "where can I buy a replica Heart of the Ocean necklace from Titanic",
        "how do I test my car battery",
        "Will it rain in London tomorrow?",
        "Who won the football world cup in 2018?"
      })
  void everydayUsesOfMedicalWordsAreNot(String q) {
    assertThat(scope.isMedical(q, List.of(), false)).as(q).isFalse();
  }

  @Test
  void aFollowUpInheritsTheScopeOfItsConversation() {
    assertThat(
            scope.isMedical("And what about after that?", List.of("How is gout treated?"), false))
        .isTrue();
  }
}
