package org.galen.understand.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.galen.understand.terminology.Mention;
import org.galen.understand.terminology.Terminology;
import org.galen.understand.text.Word;
import org.galen.understand.text.Words;
import org.junit.jupiter.api.Test;

class ConTextTest {
  private static final Terminology TERMS = Terminology.bundled();
  private static final ConText CONTEXT = ConText.bundled();

  /** The context of the first mention whose text is {@code finding}. */
  private static Finding of(String text, String finding) {
    List<Word> words = Words.of(text);
    ConText.Annotated a = CONTEXT.annotate(text, words);
    Mention m =
        TERMS.matcher().find(text, words).stream()
            .filter(x -> x.text().equalsIgnoreCase(finding))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no mention of " + finding + " in " + text));
    return a.finding(m);
  }

  @Test
  void negatedFindingsAreAbsent() {
    assertThat(of("back pain but no numbness", "numbness").negated()).isTrue();
    assertThat(of("back pain but no numbness", "back pain").negated()).isFalse();
    assertThat(of("fever, denies neck stiffness", "neck stiffness").negated()).isTrue();
  }

  @Test
  void askingWhetherToCallForHelpIsAboutNowAndSayingItIsBackToNormalIsNot() {
    // the published list's "call" comes from discharge instructions ("call if fever returns")
    assertThat(
            of("she is wheezing and her lips are blue, do I call 911?", "wheezing").hypothetical())
        .isFalse();
    assertThat(of("when should I call 911 for wheezing", "wheezing").hypothetical()).isTrue();
    assertThat(
            of("she had dehydration last week, she is back to normal now", "dehydration").negated())
        .isTrue();
  }

  @Test
  void losingAFunctionIsAFindingNotItsAbsence() {
    assertThat(of("I can't feel my legs and have back pain", "back pain").negated()).isFalse();
  }

  @Test
  void moreThanTwoWeeksAgoIsHistoricalAndNowEndsIt() {
    assertThat(of("I had a heart attack 3 years ago", "heart attack").historical()).isTrue();
    assertThat(of("I had a heart attack 20 minutes ago", "heart attack").historical()).isFalse();
    Finding now = of("a heart attack 5 years ago and now crushing chest pain", "chest pain");
    assertThat(now.historical()).isFalse();
    assertThat(of("history of pulmonary embolism", "pulmonary embolism").historical()).isTrue();
  }

  @Test
  void askingWhatToLookOutForIsHypothetical() {
    assertThat(of("what are the warning signs of a stroke", "stroke").hypothetical()).isTrue();
    assertThat(of("how do I know if my baby has meningitis", "meningitis").hypothetical()).isTrue();
    assertThat(of("I think I'm having a stroke", "stroke").hypothetical()).isFalse();
  }

  @Test
  void someoneElsesFindingIsTheirs() {
    Finding dad = of("my dad has chest pain", "chest pain");
    assertThat(dad.otherPerson()).isTrue();
    assertThat(dad.current()).as("a relative's emergency happening now is one").isTrue();
  }
}
