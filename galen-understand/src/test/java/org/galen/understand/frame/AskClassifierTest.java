package org.galen.understand.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.galen.core.frame.Ask;
import org.galen.understand.terminology.Terminology;
import org.junit.jupiter.api.Test;

/**
 * The ask model on the held-out half of the independently written clinical set ({@code
 * eval/ask/test.jsonl}, never trained on), held to the accuracy recorded when it was trained.
 */
class AskClassifierTest {
  private static final Terminology TERMS = Terminology.bundled();
  private static final AskClassifier ASKS = AskClassifier.bundled();

  @Test
  void tellsWhatHeldOutQuestionsAsk() throws IOException {
    List<AskClassifier.Example> test = AskClassifier.read(Path.of("../eval/ask/test.jsonl"), 1);
    int right = 0;
    Map<Ask, int[]> per = new EnumMap<>(Ask.class);
    for (AskClassifier.Example e : test) {
      Ask got = ASKS.classify(e.question(), TERMS.matcher().find(e.question()), TERMS).ask();
      int[] c = per.computeIfAbsent(e.ask(), a -> new int[2]);
      c[1]++;
      if (got == e.ask()) {
        right++;
        c[0]++;
      }
    }
    StringBuilder report = new StringBuilder();
    per.forEach(
        (a, c) ->
            report.append(a.wire()).append(' ').append(c[0]).append('/').append(c[1]).append("; "));
    System.out.println("ask accuracy " + right + "/" + test.size() + ": " + report);
    // 269-273 of 306 as word features shift with the terminology (a sentence-opening "Can" is no
    // longer the acronym CAN), 272 since the last question is read alone too; the floor guards
    // against a real loss
    assertThat((double) right / test.size()).as(report.toString()).isGreaterThanOrEqualTo(0.875);
  }

  @Test
  void readsTheAsksOfTypicalQuestions() {
    assertThat(ask("What dose of amoxicillin for a child with otitis media?")).isEqualTo(Ask.DOSE);
    assertThat(ask("How long should I take antibiotics for cystitis?")).isEqualTo(Ask.DURATION);
    assertThat(ask("Which specialist should I see for psoriasis?")).isEqualTo(Ask.WHICH_CLINICIAN);
    assertThat(ask("Is shingles contagious?")).isEqualTo(Ask.CONTAGIOUS);
  }

  @Test
  void theQuestionAskedOutweighsTheFactsToldBeforeIt() {
    String q =
        "My Hashimoto's thyroiditis blood test shows high TSH and low T4. What's the treatment?";
    assertThat(ask(q)).isEqualTo(Ask.TREATMENT);
    assertThat(AskClassifier.lastQuestion(q)).isEqualTo("What's the treatment?");
    assertThat(AskClassifier.lastQuestion("Is shingles contagious?")).isNull();
  }

  private static Ask ask(String q) {
    return ASKS.classify(q, TERMS.matcher().find(q), TERMS).ask();
  }
}
