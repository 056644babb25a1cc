package org.galen.core.frame;

import java.util.List;

/**
 * A concept the question names.
 *
 * @param id its terminology id ({@code DOID:13189})
 * @param name its preferred name
 * @param kind disease, symptom, finding, drug or anatomy
 * @param text the words of the question that name it
 * @param role what the question does with it
 * @param negated said to be absent
 * @param parents the concepts it {@code is_a}, nearest first, with their names
 */
public record FrameConcept(
    String id,
    String name,
    String kind,
    String text,
    Role role,
    boolean negated,
    List<Parent> parents) {

  public FrameConcept {
    parents = List.copyOf(parents);
  }

  /** What the question does with a concept. */
  public enum Role {
    /** What the question is about: the topic to answer from. */
    ASKED,
    /** Something about the patient: another condition, a medicine taken, an allergy. */
    PATIENT,
    /** Named in an earlier question of the conversation and carried into this one. */
    CONTEXT
  }

  /** A parent concept. */
  public record Parent(String id, String name) {}
}
