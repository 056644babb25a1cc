package org.galen.app.web;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import org.galen.app.AnswerJson;
import org.galen.app.Engine;
import org.galen.core.Audience;
import org.galen.core.GalenException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/answers}: a question in, the answer contract out. */
@RestController
class AnswerApiController {
  private static final int MAX_BODY = 64 * 1024;
  private final Engine engine;

  AnswerApiController(Engine engine) {
    this.engine = engine;
  }

  @PostMapping(
      path = "/api/v1/answers",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> answer(@RequestBody String body) {
    if (body.length() > MAX_BODY) {
      return error(
          HttpStatus.CONTENT_TOO_LARGE, "request body is larger than " + MAX_BODY + " bytes");
    }
    AnswerJson.Request req = AnswerJson.request(body, Audience.CLINICIAN);
    return ResponseEntity.ok(AnswerJson.write(engine.answer(req.question()).withId(req.id())));
  }

  @ExceptionHandler(GalenException.class)
  ResponseEntity<String> badRequest(GalenException e) {
    return error(HttpStatus.BAD_REQUEST, String.valueOf(e.getMessage()));
  }

  private static ResponseEntity<String> error(HttpStatus status, String message) {
    String json =
        "{\"error\":\""
            + new String(JsonStringEncoder.getInstance().quoteAsString(message))
            + "\"}";
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(json);
  }
}
