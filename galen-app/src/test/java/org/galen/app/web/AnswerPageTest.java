package org.galen.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.galen.core.Audience;
import org.galen.core.ReferenceKind;
import org.galen.core.SectionKind;
import org.galen.core.answer.Answer;
import org.galen.core.answer.AnswerStatus;
import org.galen.core.answer.Emergency;
import org.galen.core.answer.Evidence;
import org.galen.core.answer.Reference;
import org.galen.core.answer.Section;
import org.galen.core.answer.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** The answer page template rendered from a given answer, as the server renders it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnswerPageTest {
  // The evidence-quality paragraph of the seed answer, which quotes a Cochrane review.
  static final String EVIDENCE =
      "The evidence for NSAIDs shows very low-quality evidence for pain reduction (MD -4.56,95% CI"
          + " -11.11 to 1.99) but low-quality evidence for global improvement (RR 1.14,95% CI 1.03"
          + " to 1.27) compared to placebo";

  @Autowired ITemplateEngine templates;

  @BeforeAll
  static void home() throws Exception {
    if (System.getProperty("galen.home") == null) {
      System.setProperty("galen.home", Files.createTempDirectory("galen-page").toString());
    }
  }

  private String render(Answer a, List<String> previous) {
    return templates.process(
        "ask",
        new Context(
            Locale.ENGLISH,
            AskPage.model(
                a.question(), a.audience().wire(), previous, AnswerView.of(a, previous), null)));
  }

  private static Answer answer(List<Section> sections) {
    Statement st = new Statement(EVIDENCE, List.of(1), List.of(new Evidence(1, EVIDENCE)), null);
    Reference ref =
        new Reference(
            1,
            "summary:sciatica",
            ReferenceKind.PRACTICE_SUMMARY,
            "Sciatica (lumbar radiculopathy)",
            "Galen practice summaries",
            2026,
            null,
            null,
            null,
            List.of(),
            "submitted");
    return new Answer(
        null,
        "Do NSAIDs help sciatica?",
        Audience.CLINICIAN,
        AnswerStatus.ANSWERED,
        Emergency.NONE,
        st,
        sections,
        List.of(ref),
        "Educational use only.",
        List.of("What about gabapentin?"),
        Instant.parse("2026-11-26T00:00:00Z"),
        "extractive",
        null,
        List.of(),
        0);
  }

  @Test
  void anEvidenceSectionWithIntervalsGetsAForestPlot() {
    Statement st = new Statement(EVIDENCE, List.of(1), List.of(new Evidence(1, EVIDENCE)), null);
    String html =
        render(
            answer(
                List.of(
                    new Section(SectionKind.EVIDENCE_QUALITY, "Evidence quality", List.of(st)))),
            List.of());

    assertThat(html).contains("<figure class=\"forest\">").contains("<svg");
    assertThat(html).contains("global improvement: RR 1.14 (95% CI 1.03 to 1.27)");
  }

  @Test
  void withoutIntervalsThereIsNoPlot() {
    assertThat(render(answer(List.of()), List.of())).doesNotContain("<svg");
  }

  @Test
  void theFollowUpFormCarriesTheWholeConversation() {
    String html = render(answer(List.of()), List.of("Is it sciatica?"));

    assertThat(html)
        .contains("<input type=\"hidden\" name=\"previous\" value=\"Is it sciatica?\">")
        .contains("<input type=\"hidden\" name=\"previous\" value=\"Do NSAIDs help sciatica?\">")
        .contains(
            "href=\"/?q=What+about+gabapentin%3F&amp;audience=clinician"
                + "&amp;previous=Is+it+sciatica%3F&amp;previous=Do+NSAIDs+help+sciatica%3F\"");
  }
}
