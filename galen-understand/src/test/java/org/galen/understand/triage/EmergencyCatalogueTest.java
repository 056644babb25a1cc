package org.galen.understand.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.galen.core.Audience;
import org.galen.understand.terminology.Terminology;
import org.junit.jupiter.api.Test;

class EmergencyCatalogueTest {
  private static final EmergencyCatalogue CATALOGUE = EmergencyCatalogue.bundled();

  /** Words a US reader would not use, or would read as another country's service. */
  private static final Pattern UK_ONLY =
      Pattern.compile(
          "\\b(A&E|999|GP|NHS|paracetamol|tummy|being sick|ring|mobile|haem\\w*|ischaem\\w*|anaem\\w*|paediatric\\w*|oesophag\\w*|gynaecolog\\w*|anaesthe\\w*)\\b");

  @Test
  void coversTheEmergenciesAskedFor() {
    assertThat(CATALOGUE.conditions())
        .extracting(EmergencyCondition::id)
        .contains(
            "cauda-equina",
            "stroke",
            "acute-coronary-syndrome",
            "pulmonary-embolism",
            "subarachnoid-haemorrhage",
            "meningitis",
            "sepsis",
            "anaphylaxis",
            "suicidal-intent",
            "diabetic-ketoacidosis",
            "ectopic-pregnancy",
            "testicular-torsion",
            "upper-gi-bleeding",
            "aortic-dissection",
            "infant-fever",
            "life-threatening-asthma",
            "angle-closure-glaucoma",
            "overdose-poisoning",
            "child-dehydration");
  }

  @Test
  void everyAdviceNamesItsLocalesServiceAndUsWordsStayAmerican() {
    for (EmergencyCondition c : CATALOGUE.conditions()) {
      for (Audience a : Audience.values()) {
        String us = c.advice(a, "en-US");
        assertThat(us).as(c.id()).containsAnyOf("911", "emergency room");
        assertThat(UK_ONLY.matcher(us).find()).as(c.id() + " " + us).isFalse();
        assertThat(UK_ONLY.matcher(c.name(a, "en-US")).find()).as(c.id()).isFalse();
        assertThat(c.advice(a, "en-GB")).as(c.id()).containsAnyOf("999", "A&E");
      }
      assertThat(String.join(" ", c.whileWaiting("en-US")))
          .satisfies(t -> assertThat(UK_ONLY.matcher(t).find()).as(c.id() + " " + t).isFalse());
      assertThat(c.whileWaiting("en-US")).as(c.id()).isNotEmpty();
      assertThat(c.basis()).as(c.id()).isNotBlank();
    }
  }

  @Test
  void everyConceptItNamesIsInTheTerminology() {
    Terminology t = Terminology.bundled();
    for (EmergencyCondition c : CATALOGUE.conditions()) {
      for (String id : c.concepts()) {
        assertThat(t.concept(id)).as(c.id() + " names " + id).isPresent();
      }
    }
  }

  @Test
  void refusesALocaleItHasNoWordsFor() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CATALOGUE.locale("fr-FR"))
        .hasMessageContaining("GALEN_LOCALE must be one of [en-GB, en-US]");
    assertThat(List.of(CATALOGUE.locale("en-GB"))).containsExactly("en-GB");
  }
}
