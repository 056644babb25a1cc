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
 * (recall 99%, false alarms 2%, scope 99%) are not met yet; these are the figures reached with
 * bge-small-en-v1.5 exemplar vectors and the thresholds chosen on the three dev halves (margin
 * 0.016, sentence handicap 0.03; 0.04 for questions naming nothing medical, which keeps MedQuAD's
 * "Drowning" or "Climate Change" in scope at the cost of two non-health questions on the dev
 * halves; 0.1 for questions using a medical term, which declines a tree's "canker" yet keeps
 * MedQuAD's "Anesthesia" and "Schistosomiasis", declined at 0.04). Floors are the figures rounded
 * against the test's favour by at most 0.001.
 */
class TriageRegressionTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "triage/dev, 1.0, 0.031, 0.991",
    "triage/test, 0.956, 0.0, 0.983",
    "triage2/dev, 0.985, 0.0, 0.985",
    "triage2/test, 0.962, 0.014, 0.970",
    "triage3/dev, 0.978, 0.0, 0.995",
    "triage3/test, 0.968, 0.071, 0.986"
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
