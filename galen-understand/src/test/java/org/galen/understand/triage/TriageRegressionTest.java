package org.galen.understand.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Holds triage and scope to the figures recorded on the independent evaluation set ({@code
 * eval/triage}, written by a helper who never saw the rules or exemplars): a change that misses
 * more emergencies, raises more false alarms or misjudges scope fails the build.
 */
class TriageRegressionTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "triage/dev, 0.98, 0.031, 0.975",
    "triage/test, 0.92, 0.031, 0.975",
    "triage2/dev, 0.97, 0.027, 0.974"
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
