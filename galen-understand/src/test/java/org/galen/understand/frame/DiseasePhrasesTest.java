package org.galen.understand.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.galen.understand.terminology.Terminology;
import org.galen.understand.text.Word;
import org.galen.understand.text.Words;
import org.junit.jupiter.api.Test;

class DiseasePhrasesTest {
  private static final Terminology TERMINOLOGY = Terminology.bundled();
  private static final DiseasePhrases PHRASES = new DiseasePhrases(TERMINOLOGY);

  private static List<String> found(String text) {
    List<Word> words = Words.of(text);
    return PHRASES.find(text, words, TERMINOLOGY.matcher().find(text, words)).stream()
        .map(DiseasePhrases.Phrase::text)
        .toList();
  }

  @Test
  void findsADiseaseNoTerminologyHasByItsHeadWord() {
    assertThat(found("Tingling in two fingers, they say it's cubital tunnel syndrome"))
        .containsExactly("cubital tunnel syndrome");
    assertThat(found("Is Achilles tendinopathy helped by heel drops?"))
        .containsExactly("Achilles tendinopathy");
    assertThat(found("Treatment of chronic rhinosinusitis with nasal polyps"))
        .containsExactly("chronic rhinosinusitis");
  }

  @Test
  void aContrastingWordAfterTheHeadBelongsToTheDisease() {
    assertThat(found("drugs for heart failure with preserved ejection fraction"))
        .containsExactly("heart failure with preserved ejection fraction");
  }

  @Test
  void aDiseaseTheTerminologyKnowsOrAWordThatOnlyGradesItIsNoPhrase() {
    assertThat(found("My mum has heart failure and sore knees")).isEmpty();
    assertThat(found("first provoked proximal deep vein thrombosis")).isEmpty();
    assertThat(found("what is the differential diagnosis of a red eye")).isEmpty();
    assertThat(found("I have a terrible syndrome")).isEmpty();
    // lay infections by body part are too many for a topic's names: retrieval decides
    assertThat(found("is a urine infection serious")).isEmpty();
    assertThat(found("I have a throat infection")).isEmpty();
  }

  @Test
  void aNameHasTheDiseaseWhenItHasEveryWordThatSaysWhichKind() {
    assertThat(PHRASES.names("cubital tunnel syndrome", key("carpal tunnel syndrome"))).isFalse();
    assertThat(PHRASES.names("water infection", key("water infection"))).isTrue();
    assertThat(PHRASES.names("severe water infection", key("water infection"))).isTrue();
    // a head that says only that something is wrong may differ
    assertThat(PHRASES.names("post-concussion syndrome", key("post-concussion symptoms"))).isTrue();
    assertThat(PHRASES.names("kidney infection", key("chronic kidney disease"))).isFalse();
    assertThat(
            PHRASES.names(
                "heart failure with preserved ejection fraction",
                key("heart failure with reduced ejection fraction")))
        .isFalse();
  }

  private static List<String> key(String name) {
    return Words.of(name).stream().map(Word::norm).toList();
  }
}
