package org.galen.app.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import org.galen.app.AnswerText;
import org.galen.app.export.Bibtex;
import org.galen.app.export.Ris;
import org.galen.core.Audience;
import org.galen.core.GalenException;
import org.galen.core.Question;
import org.galen.core.answer.Answer;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exports of the answer a page shows, with the page's parameters: the answer as plain text with its
 * references, and the references as RIS or BibTeX for reference managers.
 */
@RestController
@Tag(name = "Exports")
class ExportController {
  /** The refusals every export shares: bad parameters, a client over its rate, a full server. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @ApiResponse(
      responseCode = "400",
      description = "A parameter is wrong; the text names the problem",
      content = @Content(mediaType = "text/plain"))
  @ApiResponse(
      responseCode = "429",
      description =
          "This client asked for too many answers (page, exports and API share one limit); retry"
              + " after the given seconds",
      headers =
          @Header(
              name = HttpHeaders.RETRY_AFTER,
              description = "seconds to wait before asking again",
              schema = @Schema(type = "integer", minimum = "1")),
      content = @Content(mediaType = "text/plain"))
  @ApiResponse(
      responseCode = "503",
      description = "Every answer slot is busy; retry after the given seconds",
      headers =
          @Header(
              name = HttpHeaders.RETRY_AFTER,
              description = "seconds to wait before asking again",
              schema = @Schema(type = "integer", minimum = "1")),
      content = @Content(mediaType = "text/plain"))
  @interface ExportErrors {}

  private static final MediaType TEXT =
      new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8);
  private final Answers answers;

  ExportController(Answers answers) {
    this.answers = answers;
  }

  @Operation(
      summary = "The answer as plain text",
      responses = {
        @ApiResponse(
            responseCode = "200",
            description = "The answer as plain text",
            content = @Content(mediaType = "text/plain"))
      })
  @ExportErrors
  @GetMapping("/export/text")
  ResponseEntity<String> text(
      @RequestParam("q") String q,
      @RequestParam(name = "audience", defaultValue = "clinician") String audience,
      @RequestParam(name = "previous", required = false) @Nullable List<String> previous,
      HttpServletRequest request) {
    Answer a = answer(q, audience, previous, request);
    return ResponseEntity.ok().contentType(TEXT).body(AnswerText.render(a));
  }

  @Operation(
      summary = "The answer's references as RIS",
      responses = {
        @ApiResponse(
            responseCode = "200",
            description = "The answer's references as RIS",
            content = @Content(mediaType = "application/x-research-info-systems"))
      })
  @ExportErrors
  @GetMapping("/export/ris")
  ResponseEntity<String> ris(
      @RequestParam("q") String q,
      @RequestParam(name = "audience", defaultValue = "clinician") String audience,
      @RequestParam(name = "previous", required = false) @Nullable List<String> previous,
      HttpServletRequest request) {
    Answer a = answer(q, audience, previous, request);
    return download(
        Ris.write(a.references()), "application/x-research-info-systems", "galen-references.ris");
  }

  @Operation(
      summary = "The answer's references as BibTeX",
      responses = {
        @ApiResponse(
            responseCode = "200",
            description = "The answer's references as BibTeX",
            content = @Content(mediaType = "application/x-bibtex"))
      })
  @ExportErrors
  @GetMapping("/export/bibtex")
  ResponseEntity<String> bibtex(
      @RequestParam("q") String q,
      @RequestParam(name = "audience", defaultValue = "clinician") String audience,
      @RequestParam(name = "previous", required = false) @Nullable List<String> previous,
      HttpServletRequest request) {
    Answer a = answer(q, audience, previous, request);
    return download(Bibtex.write(a.references()), "application/x-bibtex", "galen-references.bib");
  }

  @ExceptionHandler(GalenException.class)
  ResponseEntity<String> badRequest(GalenException e) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST)
        .contentType(TEXT)
        .body(String.valueOf(e.getMessage()) + "\n");
  }

  @ExceptionHandler(ClientRateLimiter.Limited.class)
  ResponseEntity<String> limited(ClientRateLimiter.Limited e) {
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(e.seconds()))
        .contentType(TEXT)
        .body(String.valueOf(e.getMessage()) + "\n");
  }

  @ExceptionHandler(AnswerGate.Overloaded.class)
  ResponseEntity<String> overloaded(AnswerGate.Overloaded e) {
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, "1")
        .contentType(TEXT)
        .body(String.valueOf(e.getMessage()) + "\n");
  }

  private Answer answer(
      String q, String audience, @Nullable List<String> previous, HttpServletRequest request) {
    if (previous != null && previous.size() > AskController.MAX_PREVIOUS) {
      throw new GalenException(
          "the conversation holds "
              + previous.size()
              + " earlier questions; the limit is "
              + AskController.MAX_PREVIOUS);
    }
    return answers.answer(
        new Question(q, Audience.parse(audience), previous == null ? List.of() : previous),
        "export",
        request.getRemoteAddr());
  }

  private static ResponseEntity<String> download(String body, String type, String filename) {
    return ResponseEntity.ok()
        .contentType(
            new MediaType(MediaType.parseMediaType(type), java.nio.charset.StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(filename).build().toString())
        .body(body);
  }
}
