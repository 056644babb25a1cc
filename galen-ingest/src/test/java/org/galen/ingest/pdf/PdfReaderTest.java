package org.galen.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.galen.core.Passage;
import org.galen.ingest.Document;
import org.galen.ingest.Parsed;
import org.junit.jupiter.api.Test;

class PdfReaderTest {
  private static final Path PDF = Path.of("src/test/resources/pdf/ngc-10442.pdf");

  private static Document read(Path file) throws IOException {
    List<Parsed> out = new ArrayList<>();
    new PdfReader().read(file, out::add);
    assertThat(out).hasSize(1);
    return ((Parsed.Ok) out.getFirst()).document();
  }

  @Test
  void namesTheSourceAfterTheFileAndTitlesItFromTheDocumentInfo() throws IOException {
    Document doc = read(PDF);

    assertThat(doc.source().id()).isEqualTo("pdf:ngc-10442");
    assertThat(doc.source().title())
        .isEqualTo(
            "Work-related acute cauda equina syndrome (CES) diagnosis and treatment. | National"
                + " Guideline Clearinghouse");
  }

  @Test
  void everyPassageCarriesItsPageForCitation() throws IOException {
    Document doc = read(PDF);

    assertThat(doc.passages()).allSatisfy(p -> assertThat(p.group()).matches(".*p\\. \\d+\\)?"));
    assertThat(doc.passages())
        .extracting(Passage::group)
        .anySatisfy(g -> assertThat(g).endsWith("(p. 1)"))
        .anySatisfy(g -> assertThat(g).endsWith("(p. 4)"));
  }

  @Test
  void largerTypeMakesHeadingsThatGroupTheParagraphsBelow() throws IOException {
    Document doc = read(PDF);

    assertThat(doc.passages())
        .anySatisfy(
            p -> {
              assertThat(p.group()).startsWith("Target Population (p. ");
              assertThat(p.text()).isEqualTo("The injured worker with cauda equina syndrome");
            });
    // lines of one paragraph are joined, not cut at the line ends of the page
    assertThat(doc.passages())
        .anySatisfy(
            p ->
                assertThat(p.text())
                    .startsWith(
                        "The literature search was conducted in February and March of 2014.")
                    .contains("PubMed was the main database"));
  }

  @Test
  void shortCapitalAndNumberedSectionLinesAreHeadingsButSentencesAreNot() {
    assertThat(PdfReader.isHeading(new PageText.Line(1, "RECOMMENDATIONS", 10, 0), 10)).isTrue();
    assertThat(PdfReader.isHeading(new PageText.Line(1, "2.1 Diagnosis", 10, 0), 10)).isTrue();
    assertThat(PdfReader.isHeading(new PageText.Line(1, "Treat early.", 10, 0), 10)).isFalse();
    assertThat(PdfReader.isHeading(new PageText.Line(1, "Major Recommendations", 14, 0), 10))
        .isTrue();
  }
}
