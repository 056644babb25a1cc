package org.galen.app.web;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The JSON shapes of {@code POST /api/v1/answers} for the OpenAPI document, field for field as in
 * the answer contract ({@code answer.schema.json}); the API writes them with {@code AnswerJson}.
 */
final class ApiSchemas {
  private ApiSchemas() {}

  @Schema(name = "AnswerRequest", description = "A question to answer")
  record AnswerRequest(
      @Schema(
              requiredMode = RequiredMode.REQUIRED,
              maxLength = 2000,
              example =
                  "What is the best treatment for sciatica pain localized to the upper hamstring"
                      + " and glute?")
          String question,
      @Schema(
              allowableValues = {"clinician", "patient"},
              defaultValue = "clinician")
          @Nullable String audience,
      @ArraySchema(
              maxItems = 20,
              schema = @Schema(description = "an earlier question of the conversation"))
          @Nullable List<String> previous,
      @Schema(description = "echoed back as the answer's id") @Nullable String id) {}

  @Schema(name = "Answer", description = "A composed answer (answer.schema.json)")
  record AnswerDoc(
      @Nullable String id,
      @Schema(requiredMode = RequiredMode.REQUIRED) String question,
      @Schema(
              requiredMode = RequiredMode.REQUIRED,
              allowableValues = {"clinician", "patient"})
          String audience,
      @Schema(
              requiredMode = RequiredMode.REQUIRED,
              allowableValues = {"answered", "insufficient_evidence", "out_of_scope"},
              description =
                  "answered: at least one cited statement; insufficient_evidence: a medical"
                      + " question the library cannot support; out_of_scope: not a health"
                      + " question")
          String status,
      @Schema(requiredMode = RequiredMode.REQUIRED) EmergencyDoc emergency,
      @Schema(requiredMode = RequiredMode.REQUIRED, nullable = true)
          @Nullable StatementDoc bottomLine,
      @Schema(requiredMode = RequiredMode.REQUIRED) List<SectionDoc> sections,
      @Schema(requiredMode = RequiredMode.REQUIRED) List<ReferenceDoc> references,
      @Schema(requiredMode = RequiredMode.REQUIRED) String disclaimer,
      @Schema(requiredMode = RequiredMode.REQUIRED) List<String> followUps,
      @Schema(requiredMode = RequiredMode.REQUIRED, format = "date-time") String generatedAt,
      @Schema(requiredMode = RequiredMode.REQUIRED, description = "extractive, or llm:<model>")
          String composer,
      @Schema(description = "what was searched, when the library could not support an answer")
          @Nullable String searched) {}

  @Schema(name = "Emergency")
  record EmergencyDoc(
      @Schema(requiredMode = RequiredMode.REQUIRED) boolean detected,
      @Schema(requiredMode = RequiredMode.REQUIRED, example = "[\"cauda equina syndrome\"]")
          List<String> conditions,
      @Schema(
              requiredMode = RequiredMode.REQUIRED,
              description = "what to do now, in the audience's language; empty when not detected")
          String advice,
      @Schema(
              description =
                  "the conditions' stable ids (stroke, cauda-equina, testicular-torsion, ...)",
              example = "[\"cauda-equina\"]")
          List<String> ids,
      @Schema(description = "what to do, and not do, while help comes (for patients and carers)")
          List<String> whileWaiting) {}

  @Schema(name = "Section")
  record SectionDoc(
      @Schema(
              requiredMode = RequiredMode.REQUIRED,
              allowableValues = {
                "first_line",
                "second_line",
                "third_line",
                "pitfalls",
                "red_flags",
                "evidence_quality",
                "diagnosis",
                "prevention",
                "monitoring",
                "self_care",
                "other"
              })
          String kind,
      @Schema(requiredMode = RequiredMode.REQUIRED) String title,
      @Schema(requiredMode = RequiredMode.REQUIRED) List<StatementDoc> statements) {}

  @Schema(name = "Statement")
  record StatementDoc(
      @Schema(requiredMode = RequiredMode.REQUIRED) String text,
      @ArraySchema(minItems = 1, schema = @Schema(minimum = "1")) List<Integer> citations,
      @ArraySchema(minItems = 1) List<EvidenceDoc> evidence,
      @Schema(description = "the sub-heading the statement is shown under in its section")
          @Nullable String group) {}

  @Schema(name = "Evidence")
  record EvidenceDoc(
      @Schema(requiredMode = RequiredMode.REQUIRED, minimum = "1") int ref,
      @Schema(
              requiredMode = RequiredMode.REQUIRED,
              description = "the exact words of the cited source that support the statement")
          String quote) {}

  @Schema(name = "Reference")
  record ReferenceDoc(
      @Schema(requiredMode = RequiredMode.REQUIRED, minimum = "1") int n,
      @Schema(requiredMode = RequiredMode.REQUIRED, example = "summary:sciatica") String id,
      @Schema(
              requiredMode = RequiredMode.REQUIRED,
              allowableValues = {
                "guideline",
                "practice_summary",
                "systematic_review",
                "rct",
                "observational",
                "review",
                "textbook",
                "consumer",
                "other"
              })
          String kind,
      @Schema(requiredMode = RequiredMode.REQUIRED) String title,
      @Schema(requiredMode = RequiredMode.REQUIRED, description = "journal or issuing body")
          String source,
      @Schema(requiredMode = RequiredMode.REQUIRED, nullable = true) @Nullable Integer year,
      @Nullable String url,
      @Nullable String pmid,
      @Nullable String doi,
      @Schema(description = "for practice summaries, the guidelines they condense")
          @Nullable List<String> basis,
      @Schema(description = "editorial status of project-written content, e.g. submitted")
          @Nullable String reviewStatus) {}

  @Schema(
      name = "Error",
      description =
          "Every error of the API (400, 401, 403, 404, 413, 429, 503): one message that names the"
              + " problem, never a stack trace or a server path")
  record ErrorDoc(
      @Schema(
              requiredMode = RequiredMode.REQUIRED,
              example = "the question is 2417 characters long; the limit is 2000")
          String error) {}
}
