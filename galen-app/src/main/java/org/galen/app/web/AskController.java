package org.galen.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import org.galen.core.Audience;
import org.galen.core.GalenException;
import org.galen.core.Question;
import org.galen.core.answer.Answer;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The ask page. It is a GET form, so {@code /?q=QUESTION&audience=patient&previous=EARLIER} is a
 * shareable conversation URL, and it works without JavaScript. The audience choice is remembered in
 * a cookie.
 */
@Controller
class AskController {
  static final String AUDIENCE_COOKIE = "galen-audience";

  /** The API's limit on earlier questions, for the page too. */
  static final int MAX_PREVIOUS = 20;

  private final Answers answers;

  AskController(Answers answers) {
    this.answers = answers;
  }

  @GetMapping("/")
  String ask(
      @RequestParam(name = "q", required = false) @Nullable String q,
      @RequestParam(name = "audience", required = false) @Nullable String audience,
      @RequestParam(name = "previous", required = false) @Nullable List<String> previous,
      @CookieValue(name = AUDIENCE_COOKIE, required = false) @Nullable String remembered,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    // an audience in the address is checked as the API checks it; the cookie is only a preference
    String badAudience = null;
    Audience chosen = null;
    if (audience != null) {
      try {
        chosen = Audience.parse(audience);
      } catch (GalenException e) {
        badAudience = e.getMessage();
      }
    }
    Audience a = chosen != null ? chosen : parse(remembered);
    if (a == null) {
      a = Audience.CLINICIAN;
    }
    if (chosen != null && !chosen.wire().equals(remembered)) {
      response.addHeader(
          HttpHeaders.SET_COOKIE,
          ResponseCookie.from(AUDIENCE_COOKIE, chosen.wire())
              .path("/")
              .maxAge(Duration.ofDays(365))
              .sameSite("Lax")
              .httpOnly(true)
              .secure(request.isSecure())
              .build()
              .toString());
    }
    List<String> prev = previous == null ? List.of() : previous;
    AnswerView view = null;
    String error = null;
    if (badAudience != null) {
      error = badAudience;
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    } else if (prev.size() > MAX_PREVIOUS) {
      error =
          "This conversation holds "
              + prev.size()
              + " earlier questions; the limit is "
              + MAX_PREVIOUS
              + ". Please start a new question.";
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    } else if (q != null) {
      // "/" is the empty form; a q that is there but blank (the form requires one) is a mistake
      try {
        Question question = new Question(q, a, prev);
        Answer answer = answers.answer(question, "page", request.getRemoteAddr());
        view = AnswerView.of(answer, question.previous());
      } catch (GalenException e) {
        error = e.getMessage();
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      } catch (ClientRateLimiter.Limited e) {
        error = e.getMessage();
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.seconds()));
      } catch (AnswerGate.Overloaded e) {
        error = e.getMessage();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");
      }
    }
    model.addAllAttributes(AskPage.model(q == null ? "" : q, a.wire(), prev, view, error));
    return "ask";
  }

  private static @Nullable Audience parse(@Nullable String value) {
    if (value == null) {
      return null;
    }
    try {
      return Audience.parse(value);
    } catch (GalenException e) {
      return null;
    }
  }
}
