package org.galen.ingest.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.galen.core.Audience;
import org.galen.core.Passage;
import org.galen.core.ReferenceKind;
import org.galen.core.SectionKind;
import org.galen.ingest.Document;
import org.galen.ingest.MalformedInputException;
import org.junit.jupiter.api.Test;

class SummaryParserTest {
  private static final Path LIBRARY = Path.of("../library/summaries");
  private final SummaryParser parser = new SummaryParser();

  private Document parse(String id) throws IOException {
    Path file = LIBRARY.resolve(id + ".md");
    return parser.parse(file.toString(), Files.readString(file));
  }

  @Test
  void readsTheSciaticaSummaryIntoSectionsWithSubGroups() throws IOException {
    Document doc = parse("sciatica");

    assertThat(doc.source().id()).isEqualTo("summary:sciatica");
    assertThat(doc.source().kind()).isEqualTo(ReferenceKind.PRACTICE_SUMMARY);
    assertThat(doc.source().reviewStatus()).isEqualTo("submitted");
    assertThat(doc.source().basis()).anyMatch(b -> b.contains("NICE"));
    assertThat(doc.passages()).anyMatch(Passage::bottomLine);
    assertThat(doc.passages())
        .filteredOn(p -> p.kind() == SectionKind.FIRST_LINE && p.audience() == Audience.CLINICIAN)
        .extracting(Passage::group)
        .contains("Non-drug", "Drug");
    assertThat(doc.passages()).anyMatch(p -> p.audience() == Audience.PATIENT);
    assertThat(doc.passages()).anyMatch(p -> p.kind() == SectionKind.PITFALLS);
  }

  @Test
  void everyPassageStandsVerbatimAtItsOffsetsInTheSourceText() throws IOException {
    Document doc = parse("gout");

    for (Passage p : doc.passages()) {
      assertThat(doc.source().text().substring(p.start(), p.end())).isEqualTo(p.text());
    }
  }

  @Test
  void rejectsABulletWithoutBasisNamingFileAndLine() throws IOException {
    Path file = Path.of("src/test/resources/broken/missing-basis.md");
    String content = Files.readString(file);

    assertThatThrownBy(() -> parser.parse(file.toString(), content))
        .isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("missing-basis.md:22:")
        .hasMessageContaining("no basis");
  }

  @Test
  void rejectsAnUnknownHeadingAndAMissingFrontMatter() {
    assertThatThrownBy(() -> parser.parse("x.md", "# Title\n\n- a bullet (NICE 2022)\n"))
        .isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("x.md:1: a practice summary must start with '---' front matter");

    String unknownHeading =
        """
        ---
        id: x
        title: X
        kind: practice_summary
        year: 2026
        reviewed: 2026-11-26
        topics: [x]
        guidelines:
          - {cite: NICE 2022, body: NICE, title: T, year: 2022, type: guideline}
        ---
        ## Treatment
        - Something (NICE 2022)
        """;
    assertThatThrownBy(() -> parser.parse("x.md", unknownHeading))
        .isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("x.md:11: unknown heading 'Treatment'");
  }

  @Test
  void rejectsABasisThatIsNotAListedGuideline() {
    String content =
        """
        ---
        id: y
        title: Y
        kind: practice_summary
        year: 2026
        reviewed: 2026-11-26
        topics: [y]
        guidelines:
          - {cite: NICE 2022, body: NICE, title: T, year: 2022, type: guideline}
        ---
        ## Bottom line
        - Something (ACP 2017)
        """;
    assertThatThrownBy(() -> parser.parse("y.md", content))
        .hasMessageContaining("y.md:12: basis 'ACP 2017' is not a cite listed under guidelines");
  }

  @Test
  void readsWhomABulletAppliesToAndKeepsItOutOfTheText() throws IOException {
    Document doc = parse("hypertension");
    org.galen.core.Passage diabetes =
        doc.passages().stream()
            .filter(p -> p.text().startsWith("For hypertension with type 2 diabetes"))
            .findFirst()
            .orElseThrow();
    assertThat(diabetes.applies())
        .extracting(Object::toString)
        .containsExactly("comorbidity type 2 diabetes mellitus", "not pregnant");
    assertThat(doc.source().text()).doesNotContain("applies:");
  }

  @Test
  void rejectsAnUnknownQualifierNamingFileAndLine() throws IOException {
    Path file = LIBRARY.resolve("gout.md");
    String content =
        Files.readString(file)
            .replace(
                "(ACR 2020; NICE 2022)\n",
                "(ACR 2020; NICE 2022)\n  applies: pregnant; astrology libra\n");
    assertThatThrownBy(() -> parser.parse(file.toString(), content))
        .hasMessageContaining("gout.md")
        .hasMessageContaining("'astrology libra' is not a qualifier");
  }
}
