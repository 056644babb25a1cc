/**
 * Concepts from real terminologies (Disease Ontology, Symptom Ontology, HPO lay synonyms,
 * Drugs@FDA, MedQuAD) and the dictionary matcher that finds them in a question.
 */
@NullMarked
package org.galen.understand.terminology;

import org.jspecify.annotations.NullMarked;
