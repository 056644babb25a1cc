package org.galen.understand.triage;

/**
 * The thresholds of triage and scope, set on the development halves of the three independent triage
 * evaluation sets ({@code eval/triage/dev.jsonl}, {@code eval/triage2/} and {@code eval/triage3/},
 * with {@code TriageTune}; {@code galen eval triage} reports them on the test halves). Similarities
 * are cosines of bge-small-en-v1.5 sentence vectors, each label's taken as the mean of its {@link
 * #neighbours} nearest exemplars.
 *
 * @param locale whose emergency number and words the advice uses ({@code en-US}, {@code en-GB})
 * @param neighbours how many nearest exemplars of a label are averaged
 * @param margin how much nearer an emergency's exemplars must be than those of every other label
 *     (its look-alikes, ordinary health questions, other subjects) for it to be raised
 * @param conceptMargin the margin that suffices when the question names the emergency's concept as
 *     happening now ("I think I'm having a heart attack"); 0, its exemplars the nearest of all (any
 *     value from -0.04 to 0 gives the same dev figures; below 0, "she had anaphylaxis to
 *     amoxicillin" told beside an ear infection raised anaphylaxis)
 * @param termMargin how much nearer questions on other subjects must be than health questions for a
 *     question using a medical term, or a question form only health questions use, to be declined
 *     (0.1 declines a tree's "canker"; at 0.04, MedQuAD's "What is (are) Anesthesia?" was declined)
 * @param namedMargin the same for a question naming a concept or an everyday health word (a rose's
 *     "disease")
 * @param unnamedMargin the same for a question naming nothing medical (0.04 keeps MedQuAD's "What
 *     is (are) Drowning?" and "information about Climate Change" in scope)
 * @param readSentences whether each sentence of a message of several is also read on its own
 * @param sentenceHandicap how much more a single sentence's margin must be than the whole message's
 */
public record TriageConfig(
    String locale,
    int neighbours,
    double margin,
    double conceptMargin,
    double termMargin,
    double namedMargin,
    double unnamedMargin,
    boolean readSentences,
    double sentenceHandicap) {

  public static final TriageConfig DEFAULTS =
      new TriageConfig(
          EmergencyCatalogue.DEFAULT_LOCALE, 3, 0.016, 0.0, 0.1, 0.06, 0.04, true, 0.03);

  public TriageConfig {
    if (neighbours < 1) {
      throw new IllegalArgumentException("neighbours must be >= 1, was " + neighbours);
    }
  }

  public TriageConfig withLocale(String newLocale) {
    return new TriageConfig(
        newLocale,
        neighbours,
        margin,
        conceptMargin,
        termMargin,
        namedMargin,
        unnamedMargin,
        readSentences,
        sentenceHandicap);
  }
}
