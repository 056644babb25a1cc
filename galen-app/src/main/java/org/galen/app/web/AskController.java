package org.galen.app.web;

import java.util.List;
import org.galen.app.Engine;
import org.galen.core.Audience;
import org.galen.core.GalenException;
import org.galen.core.Question;
import org.galen.core.answer.Answer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The ask page. It is a GET form, so {@code /?q=QUESTION&audience=patient} is a shareable answer
 * URL, and it works without JavaScript.
 */
@Controller
class AskController {
  static final List<String> EXAMPLES =
      List.of(
          "What is the best treatment for sciatica pain localized to the upper hamstring and glute?",
          "How should an acute gout flare be treated in someone with stage 4 CKD?",
          "My knees ache from arthritis, what can I do myself?",
          "Which first-line antihypertensive for a Black adult without diabetes?");

  private final Engine engine;

  AskController(Engine engine) {
    this.engine = engine;
  }

  @GetMapping("/")
  String ask(
      @RequestParam(name = "q", required = false) @Nullable String q,
      @RequestParam(name = "audience", required = false, defaultValue = "clinician")
          String audience,
      @RequestParam(name = "previous", required = false) @Nullable List<String> previous,
      Model model) {
    Audience a;
    try {
      a = Audience.parse(audience);
    } catch (GalenException e) {
      a = Audience.CLINICIAN;
    }
    model.addAttribute("audience", a.wire());
    model.addAttribute("examples", EXAMPLES);
    model.addAttribute("q", q == null ? "" : q);
    List<String> prev = previous == null ? List.of() : previous;
    model.addAttribute("previous", prev);
    if (q != null && !q.isBlank()) {
      try {
        Answer answer = engine.answer(new Question(q, a, prev));
        model.addAttribute("answer", new AnswerView(answer));
      } catch (GalenException e) {
        model.addAttribute("error", e.getMessage());
      }
    }
    return "ask";
  }
}
