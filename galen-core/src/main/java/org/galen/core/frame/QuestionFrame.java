package org.galen.core.frame;

import java.util.List;

/**
 * What a question is, computed once before it is searched: the concepts it names, the patient it
 * describes and what it asks.
 *
 * @param askConfidence how sure the ask model is (0 to 1)
 * @param overview whether the question asks for the whole topic, so nothing is folded away
 */
public record QuestionFrame(
    List<FrameConcept> concepts, Patient patient, Ask ask, double askConfidence, boolean overview) {

  public static final QuestionFrame NONE =
      new QuestionFrame(List.of(), Patient.UNKNOWN, Ask.OVERVIEW, 0, true);

  public QuestionFrame {
    concepts = List.copyOf(concepts);
  }

  /** The concepts the question asks about. */
  public List<FrameConcept> asked() {
    List<FrameConcept> asked =
        concepts.stream().filter(c -> c.role() == FrameConcept.Role.ASKED).toList();
    return asked.isEmpty()
        ? concepts.stream().filter(c -> c.role() == FrameConcept.Role.CONTEXT).toList()
        : asked;
  }
}
