package org.galen.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.galen.core.ReferenceKind;
import org.galen.core.answer.Reference;
import org.junit.jupiter.api.Test;

class ExportTest {
  // The PubMed record in ../shared/data/medline/pubmed-29768149.xml.
  private static final Reference REVIEW =
      new Reference(
          1,
          "pmid:29768149",
          ReferenceKind.RCT,
          "Inhaled Combined Budesonide-Formoterol as Needed in Mild Asthma.",
          "The New England journal of medicine",
          2018,
          null,
          "29768149",
          "10.1056/NEJMoa1715274",
          List.of(),
          null);
  private static final Reference SUMMARY =
      new Reference(
          2,
          "summary:sciatica",
          ReferenceKind.PRACTICE_SUMMARY,
          "Sciatica (lumbar radiculopathy)",
          "Galen practice summaries",
          2026,
          null,
          null,
          null,
          List.of("NICE 2016: Low back pain and sciatica in over 16s (NG59) {draft} 100%"),
          "submitted");

  @Test
  void risHasOneTaggedRecordPerReference() {
    String ris = Ris.write(List.of(REVIEW, SUMMARY));

    assertThat(ris.split("\r\n")).allMatch(l -> l.matches("[A-Z][A-Z0-9]  - .*"));
    assertThat(ris).startsWith("TY  - JOUR\r\n").contains("TY  - ELEC\r\n");
    assertThat(ris).contains("DO  - 10.1056/NEJMoa1715274\r\n").contains("AN  - PMID:29768149");
    assertThat(ris).contains("N1  - Practice summary pending human review");
    assertThat(ris.split("ER  - ", -1)).hasSize(3);
  }

  @Test
  void bibtexEscapesTexAndKeepsBracesBalanced() {
    String bib = Bibtex.write(List.of(REVIEW, SUMMARY));

    assertThat(bib).contains("@article{pmid_29768149,").contains("@misc{summary_sciatica,");
    assertThat(bib).contains("\\{draft\\} 100\\%");
    String unescaped = bib.replace("\\{", "").replace("\\}", "");
    assertThat(unescaped.chars().filter(c -> c == '{').count())
        .isEqualTo(unescaped.chars().filter(c -> c == '}').count());
  }
}
