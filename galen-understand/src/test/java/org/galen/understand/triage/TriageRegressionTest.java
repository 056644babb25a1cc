package org.galen.understand.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Holds triage and scope to the figures recorded on the independent evaluation sets ({@code
 * eval/triage}, {@code eval/triage2}, {@code eval/triage3}, written by helpers who never saw the
 * rules or exemplars; thresholds were tuned on the dev halves only): a change that misses more
 * emergencies, raises more false alarms or misjudges scope fails the build. The targets
 * (recall 99%, false alarms 2%, scope 99%) are not met yet; these are the figures reached. (The
 * third exemplar bank and the margin of 0.015 chosen on the three dev halves traded two emergencies
 * on triage/dev and one more false alarm on triage/test for more recall on the other halves and
 * better scope; the margin for questions naming nothing medical, 0.08, keeps MedQuAD's "Foreign
 * Bodies", "Cloning" and "Fires" in scope at the cost of a few non-health questions on the dev
 * halves; triage3's look-alikes raise the most false alarms.)
 */
class TriageRegressionTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "triage/dev, 0.964, 0.031, 0.983",
    "triage/test, 0.964, 0.062, 0.958",
    "triage2/dev, 0.970, 0.0, 0.985",
    "triage2/test, 0.925, 0.014, 0.967",
    "triage3/dev, 0.968, 0.0, 0.976",
    "triage3/test, 0.947, 0.106, 0.976"
  })
  void holdsTheRecordedFigures(
      String split, double recall, double lookalikeFalseAlarms, double scope) {
    List<TriageEval.Item> items = TriageEval.read(Path.of("../eval/" + split + ".jsonl"));
    TriageEval.Report r = TriageEval.run(Triages.triage(), items, n -> {});
    assertThat(r.recall()).as("emergency recall").isGreaterThanOrEqualTo(recall);
    assertThat(r.lookalikeFalseAlarmRate())
        .as("false alarms on look-alikes")
        .isLessThanOrEqualTo(lookalikeFalseAlarms);
    assertThat(r.scopeAccuracy()).as("scope accuracy").isGreaterThanOrEqualTo(scope);
  }
}
