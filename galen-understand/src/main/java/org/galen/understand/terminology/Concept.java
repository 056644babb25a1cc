package org.galen.understand.terminology;

import java.util.List;
import java.util.Objects;

/**
 * A concept of one of the terminologies.
 *
 * @param id its identifier in its terminology ({@code DOID:6713}, {@code SYMP:0000099}, {@code
 *     HP:0002248}) or, for names Galen derives, a prefix saying where from ({@code DRUG:ibuprofen}
 *     from Drugs@FDA ingredients, {@code BODY:knee} from HPO labels, {@code MEDQUAD:...} from
 *     MedQuAD's focus names)
 * @param name its preferred name
 * @param parents the ids it {@code is_a}: a brand's ingredients, a disease's parent diseases
 */
public record Concept(String id, String name, Kind kind, List<String> parents) {
  public Concept {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    if (name.isBlank()) {
      throw new IllegalArgumentException("concept " + id + " has no name");
    }
    parents = List.copyOf(parents);
  }

  /** What a concept is. */
  public enum Kind {
    /** A disease (Disease Ontology) or condition (MedQuAD focus filed as a disease, or unfiled). */
    DISEASE,
    /** A symptom (Symptom Ontology). */
    SYMPTOM,
    /** A sign or phenotype (Human Phenotype Ontology). */
    FINDING,
    /** A medicine: an active ingredient, or a brand of several (Drugs@FDA). */
    DRUG,
    /** A part of the body. */
    ANATOMY,
    /**
     * A health subject that is not a condition: a kind of medicine, a procedure, a test, a device
     * (MedQuAD's foci filed under "Other": "Medicines", "Steroids", "Hip Replacement").
     */
    TOPIC
  }
}
