package org.galen.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import org.galen.index.Fields;
import org.junit.jupiter.api.Test;

/**
 * The bundled vocabularies turn patients' words, abbreviations and brand names into clinical terms.
 */
class QueryUnderstandingTest {
  private final QueryUnderstanding qu = QueryUnderstanding.bundled(Fields.analyzer());

  @Test
  void expandsLayWordsToClinicalTerms() {
    assertThat(qu.expansions("what to do after a heart attack")).contains("myocardial infarction");
    assertThat(qu.expansions("is a water pill safe")).contains("diuretic");
  }

  @Test
  void expandsAbbreviationsInAnyCase() {
    assertThat(qu.expansions("HTN in T2DM")).contains("hypertension", "type 2 diabetes");
    assertThat(qu.expansions("AFib or AF?")).contains("atrial fibrillation");
    assertThat(qu.expansions("recurrent uti")).contains("urinary tract infection");
  }

  @Test
  void expandsBrandNamesToGenericNames() {
    assertThat(qu.expansions("Lipitor and Tylenol")).contains("atorvastatin", "acetaminophen");
  }

  @Test
  void expandsAlternativeConditionNamesFromMedQuad() {
    assertThat(qu.expansions("manic-depressive illness")).isNotEmpty();
  }

  @Test
  void shortCapitalisedTermsMatchOnlyInTheirCase() {
    assertThat(qu.expansions("what is AIH")).contains("Autoimmune hepatitis");
    assertThat(qu.expansions("aih")).isEmpty();
    assertThat(qu.expansions("all of them")).isEmpty();
  }

  @Test
  void theLongestPhraseWins() {
    assertThat(qu.expansions("high blood pressure")).contains("hypertension");
  }
}
