package org.galen.app.web;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.galen.app.AnswerJson;
import org.galen.app.StrictJson;
import org.galen.core.Audience;
import org.galen.core.GalenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/answers}: a question in, the answer contract out. */
@RestController
@Tag(name = "Answers")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Galen API",
            version = "v1",
            description =
                "Evidence-based clinical answers from a local library: every statement cited,"
                    + " every citation with the verbatim quote it rests on. Educational software;"
                    + " it does not replace clinical judgement."))
class AnswerApiController {
  private static final Logger LOG = LoggerFactory.getLogger(AnswerApiController.class);
  private static final int MAX_BODY = 64 * 1024;
  private final Answers answers;

  AnswerApiController(Answers answers) {
    this.answers = answers;
  }

  @Operation(
      summary = "Answer a clinical question",
      description =
          "Composes a cited answer from the library. Every statement carries reference numbers"
              + " and the verbatim quote of each cited source. Pass earlier questions of the"
              + " conversation in 'previous', oldest first.",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON_VALUE,
                      schema = @Schema(implementation = ApiSchemas.AnswerRequest.class))),
      responses = {
        @ApiResponse(
            responseCode = "200",
            description = "The answer (also when the library cannot support one: see status)",
            content =
                @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ApiSchemas.AnswerDoc.class))),
        @ApiResponse(
            responseCode = "400",
            description = "The request is malformed; the message names the problem",
            content =
                @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ApiSchemas.ErrorDoc.class))),
        @ApiResponse(
            responseCode = "413",
            description = "The request body is larger than 64 KB",
            content =
                @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ApiSchemas.ErrorDoc.class))),
        @ApiResponse(
            responseCode = "429",
            description = "This client sent too many questions; retry after the given seconds",
            headers =
                @Header(
                    name = HttpHeaders.RETRY_AFTER,
                    description = "seconds to wait before asking again",
                    schema = @Schema(type = "integer", minimum = "1")),
            content =
                @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ApiSchemas.ErrorDoc.class))),
        @ApiResponse(
            responseCode = "503",
            description = "Every answer slot is busy; retry after the given seconds",
            headers =
                @Header(
                    name = HttpHeaders.RETRY_AFTER,
                    description = "seconds to wait before asking again",
                    schema = @Schema(type = "integer", minimum = "1")),
            content =
                @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ApiSchemas.ErrorDoc.class)))
      })
  @PostMapping(
      path = "/api/v1/answers",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> answer(HttpServletRequest request) throws IOException {
    // read at most one byte past the limit: a huge body is refused without being held in memory
    byte[] bytes;
    try (InputStream in = request.getInputStream()) {
      bytes = in.readNBytes(MAX_BODY + 1);
    }
    if (bytes.length > MAX_BODY || request.getContentLengthLong() > MAX_BODY) {
      return error(
          HttpStatus.CONTENT_TOO_LARGE, "request body is larger than " + MAX_BODY + " bytes");
    }
    String body;
    try {
      body = StrictJson.utf8(bytes);
    } catch (GalenException e) {
      // one line, no stack trace: a client's mistake, worth noticing only if it repeats
      LOG.warn("refused a request body from {}: {}", request.getRemoteAddr(), e.getMessage());
      throw e;
    }
    AnswerJson.Request req = AnswerJson.request(body, Audience.CLINICIAN);
    return ResponseEntity.ok(
        AnswerJson.write(
            answers.answer(req.question(), "api", request.getRemoteAddr()).withId(req.id())));
  }

  @ExceptionHandler(AnswerGate.Overloaded.class)
  ResponseEntity<String> overloaded(AnswerGate.Overloaded e) {
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, "1")
        .contentType(MediaType.APPLICATION_JSON)
        .body(errorJson(String.valueOf(e.getMessage())));
  }

  @ExceptionHandler(ClientRateLimiter.Limited.class)
  ResponseEntity<String> limited(ClientRateLimiter.Limited e) {
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(e.seconds()))
        .contentType(MediaType.APPLICATION_JSON)
        .body(errorJson(String.valueOf(e.getMessage())));
  }

  @ExceptionHandler(GalenException.class)
  ResponseEntity<String> badRequest(GalenException e) {
    return error(HttpStatus.BAD_REQUEST, String.valueOf(e.getMessage()));
  }

  private static ResponseEntity<String> error(HttpStatus status, String message) {
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_JSON)
        .body(errorJson(message));
  }

  private static String errorJson(String message) {
    return "{\"error\":\""
        + new String(JsonStringEncoder.getInstance().quoteAsString(message))
        + "\"}";
  }
}
