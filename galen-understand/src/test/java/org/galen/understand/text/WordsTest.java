package org.galen.understand.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {
  @Test
  void britishSpellingsAndPluralsMeetTheirAmericanSingulars() {
    assertThat(Words.key("haemorrhages")).isEqualTo(Words.key("hemorrhage"));
    assertThat(Words.key("oesophagus")).isEqualTo(Words.key("esophagus"));
    assertThat(Words.key("diarrhoea")).isEqualTo(Words.key("diarrhea"));
    assertThat(Words.key("tumours")).isEqualTo(Words.key("tumor"));
    assertThat(Words.key("paralysed")).isEqualTo(Words.key("paralyzed"));
    assertThat(Words.key("allergies")).isEqualTo(Words.key("allergy"));
  }

  @Test
  void aThreeLetterWordIsNoPlural() {
    // "IBS" and "CTS" are abbreviations, not plurals of "IB" and "CT"
    assertThat(Words.key("IBS")).containsExactly("ibs");
    assertThat(Words.key("CTS")).containsExactly("cts");
    assertThat(Words.key("legs")).containsExactly("leg");
  }

  @Test
  void keepsApostrophesAndDecimalsInsideTheirWordAndDropsFillers() {
    List<Word> words = Words.of("I can't feel my legs, temp 38.5");
    assertThat(words)
        .extracting(Word::lower)
        .containsExactly("i", "cant", "feel", "my", "legs", "temp", "38.5");
    assertThat(Words.key("pain in my chest")).containsExactly("pain", "chest");
  }

  @Test
  void remembersWhereEachWordStandsAndWhetherItHadCapitals() {
    Word w = Words.of("has AIDS").get(1);
    assertThat(w.start()).isEqualTo(4);
    assertThat(w.end()).isEqualTo(8);
    assertThat(w.capitals()).isTrue();
    // a sentence's first capital does not make "Can" the acronym CAN
    assertThat(Words.of("Can I drink").getFirst().capitals()).isFalse();
  }
}
