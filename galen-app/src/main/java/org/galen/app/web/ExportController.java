package org.galen.app.web;

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
class ExportController {
  private static final MediaType TEXT =
      new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8);
  private final Answers answers;

  ExportController(Answers answers) {
    this.answers = answers;
  }

  @GetMapping("/export/text")
  ResponseEntity<String> text(
      @RequestParam("q") String q,
      @RequestParam(name = "audience", defaultValue = "clinician") String audience,
      @RequestParam(name = "previous", required = false) @Nullable List<String> previous) {
    Answer a = answer(q, audience, previous);
    return ResponseEntity.ok().contentType(TEXT).body(AnswerText.render(a));
  }

  @GetMapping("/export/ris")
  ResponseEntity<String> ris(
      @RequestParam("q") String q,
      @RequestParam(name = "audience", defaultValue = "clinician") String audience,
      @RequestParam(name = "previous", required = false) @Nullable List<String> previous) {
    Answer a = answer(q, audience, previous);
    return download(
        Ris.write(a.references()), "application/x-research-info-systems", "galen-references.ris");
  }

  @GetMapping("/export/bibtex")
  ResponseEntity<String> bibtex(
      @RequestParam("q") String q,
      @RequestParam(name = "audience", defaultValue = "clinician") String audience,
      @RequestParam(name = "previous", required = false) @Nullable List<String> previous) {
    Answer a = answer(q, audience, previous);
    return download(Bibtex.write(a.references()), "application/x-bibtex", "galen-references.bib");
  }

  @ExceptionHandler(GalenException.class)
  ResponseEntity<String> badRequest(GalenException e) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST)
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

  private Answer answer(String q, String audience, @Nullable List<String> previous) {
    if (previous != null && previous.size() > AskController.MAX_PREVIOUS) {
      throw new GalenException(
          "the conversation holds "
              + previous.size()
              + " earlier questions; the limit is "
              + AskController.MAX_PREVIOUS);
    }
    return answers.answer(
        new Question(q, Audience.parse(audience), previous == null ? List.of() : previous),
        "export");
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
