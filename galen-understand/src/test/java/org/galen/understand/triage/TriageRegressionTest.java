package org.galen.understand.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Holds triage and scope to the figures recorded on the independent evaluation sets ({@code
 * eval/triage}, {@code eval/triage2}, written by helpers who never saw the rules or exemplars;
 * thresholds were tuned on the dev halves only): a change that misses more emergencies, raises more
 * false alarms or misjudges scope fails the build. The targets (recall 99%, false alarms
 * 2%, scope 99%) are not met yet; these are the figures reached. (The second exemplar bank traded
 * one more false alarm on triage/test for one fewer on triage2/test and none on either dev half;
 * reading the look-alikes as health questions keeps "what is suicide" and "self-harm" in scope at
 * the cost of a few questions that borrow medical words.)
 */
class TriageRegressionTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "triage/dev, 0.982, 0.0, 0.979",
    "triage/test, 0.964, 0.047, 0.967",
    "triage2/dev, 0.955, 0.0, 0.981",
    "triage2/test, 0.918, 0.027, 0.963"
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
