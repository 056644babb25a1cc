package org.galen.core.answer;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.galen.core.Audience;
import org.galen.core.frame.QuestionFrame;
import org.jspecify.annotations.Nullable;

/**
 * A composed answer, exactly the fields of the answer contract ({@code answer.schema.json}).
 *
 * @param id the batch line id, when answering a batch
 * @param composer {@code extractive}, or {@code llm:<model>}
 * @param searched what was searched, reported when the library could not support an answer
 * @param patientContext what the question said about the patient, as the composer understood it
 * @param droppedClaims sentences an LLM drafted that no cited passage supported, left out
 * @param frame what the question named, the patient it described and what it asked
 */
public record Answer(
    @Nullable String id,
    String question,
    Audience audience,
    AnswerStatus status,
    Emergency emergency,
    @Nullable Statement bottomLine,
    List<Section> sections,
    List<Reference> references,
    String disclaimer,
    List<String> followUps,
    Instant generatedAt,
    String composer,
    @Nullable String searched,
    List<String> patientContext,
    int droppedClaims,
    QuestionFrame frame) {

  /** An answer without a question frame (no understanding ran: a stored or edited answer). */
  public Answer(
      @Nullable String id,
      String question,
      Audience audience,
      AnswerStatus status,
      Emergency emergency,
      @Nullable Statement bottomLine,
      List<Section> sections,
      List<Reference> references,
      String disclaimer,
      List<String> followUps,
      Instant generatedAt,
      String composer,
      @Nullable String searched,
      List<String> patientContext,
      int droppedClaims) {
    this(
        id,
        question,
        audience,
        status,
        emergency,
        bottomLine,
        sections,
        references,
        disclaimer,
        followUps,
        generatedAt,
        composer,
        searched,
        patientContext,
        droppedClaims,
        QuestionFrame.NONE);
  }

  public Answer {
    sections = List.copyOf(sections);
    references = List.copyOf(references);
    followUps = List.copyOf(followUps);
    patientContext = List.copyOf(patientContext);
    if (status == AnswerStatus.ANSWERED && bottomLine == null && sections.isEmpty()) {
      throw new IllegalArgumentException("an answered question needs at least one statement");
    }
  }

  public Answer withId(@Nullable String newId) {
    return new Answer(
        newId,
        question,
        audience,
        status,
        emergency,
        bottomLine,
        sections,
        references,
        disclaimer,
        followUps,
        generatedAt,
        composer,
        searched,
        patientContext,
        droppedClaims,
        frame);
  }

  public Answer withFrame(QuestionFrame newFrame) {
    return new Answer(
        id,
        question,
        audience,
        status,
        emergency,
        bottomLine,
        sections,
        references,
        disclaimer,
        followUps,
        generatedAt,
        composer,
        searched,
        patientContext,
        droppedClaims,
        newFrame);
  }

  /** Every statement: the bottom line first, then the sections' in order. */
  public Stream<Statement> statements() {
    return Stream.concat(
        Stream.ofNullable(bottomLine), sections.stream().flatMap(s -> s.statements().stream()));
  }
}
