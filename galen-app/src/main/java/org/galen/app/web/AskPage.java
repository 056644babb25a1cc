package org.galen.app.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.galen.app.web.AnswerView.Link;
import org.jspecify.annotations.Nullable;

/** The model of the ask page ({@code templates/ask.html}), shared by the controller and bench. */
public final class AskPage {
  static final List<String> EXAMPLES =
      List.of(
          "What is the best treatment for sciatica pain localized to the upper hamstring and glute?",
          "How should an acute gout flare be treated in someone with stage 4 CKD?",
          "My knees ache from arthritis, what can I do myself?",
          "Which first-line antihypertensive for a Black adult without diabetes?");

  private AskPage() {}

  public static Map<String, Object> model(
      String q,
      String audience,
      List<String> previous,
      @Nullable AnswerView answer,
      @Nullable String error) {
    Map<String, Object> m = new HashMap<>();
    m.put("q", q);
    m.put("audience", audience);
    m.put("previous", previous);
    m.put(
        "examples",
        EXAMPLES.stream().map(e -> new Link(e, Links.ask(e, audience, List.of()))).toList());
    if (answer != null) {
      m.put("answer", answer);
    }
    if (error != null) {
      m.put("error", error);
    }
    return m;
  }
}
