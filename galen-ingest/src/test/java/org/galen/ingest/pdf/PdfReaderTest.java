package org.galen.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.galen.core.Passage;
import org.galen.ingest.Document;
import org.galen.ingest.Parsed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfReaderTest {
  private static final Path PDF = Path.of("src/test/resources/pdf/ngc-10442.pdf");

  @TempDir Path tmp;

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

  @Test
  void aPageWhoseContentCannotBeLaidOutIsLeftOutAndNamedWhileTheOthersAreRead() throws IOException {
    // a text matrix scaled by 3e20 and moved by 3e20 overflows a float: PDFBox throws
    String hostile =
        "BT /F1 12 Tf 300000000000000000000.0 0 0 300000000000000000000.0 0 0 Tm"
            + " 300000000000000000000.0 300000000000000000000.0 Td (Lost) Tj ET";
    String fine = "BT /F1 12 Tf 72 700 Td (Rest the affected limb.) Tj ET";
    Path file = Files.write(tmp.resolve("two-pages.pdf"), pdf(hostile, fine));

    List<Parsed> out = new ArrayList<>();
    new PdfReader().read(file, out::add);

    assertThat(out)
        .filteredOn(Parsed.Skipped.class::isInstance)
        .singleElement()
        .satisfies(
            p -> {
              var problem = ((Parsed.Skipped) p).problem();
              assertThat(problem.file()).endsWith("two-pages.pdf");
              assertThat(problem.message()).startsWith("page 1: its content cannot be laid out");
            });
    assertThat(out)
        .filteredOn(Parsed.Ok.class::isInstance)
        .singleElement()
        .satisfies(
            p ->
                assertThat(((Parsed.Ok) p).document().passages())
                    .extracting(Passage::text)
                    .contains("Rest the affected limb.")
                    .noneMatch(t -> t.contains("Lost")));
  }

  /** A minimal PDF, one page per content stream, set in Helvetica. */
  private static byte[] pdf(String... pages) {
    List<String> objects = new ArrayList<>();
    StringBuilder kids = new StringBuilder();
    for (int i = 0; i < pages.length; i++) {
      kids.append(4 + 2 * i).append(" 0 R ");
    }
    objects.add("<< /Type /Catalog /Pages 2 0 R >>");
    objects.add("<< /Type /Pages /Kids [" + kids + "] /Count " + pages.length + " >>");
    objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    for (int i = 0; i < pages.length; i++) {
      objects.add(
          "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R"
              + " >> >> /Contents "
              + (5 + 2 * i)
              + " 0 R >>");
      objects.add("<< /Length " + pages[i].length() + " >>\nstream\n" + pages[i] + "\nendstream");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Integer> offsets = new ArrayList<>();
    write(out, "%PDF-1.4\n");
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(out.size());
      write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
    }
    int xref = out.size();
    write(out, "xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
    for (int offset : offsets) {
      write(out, String.format(Locale.ROOT, "%010d 00000 n \n", offset));
    }
    write(
        out,
        "trailer\n<< /Size "
            + (objects.size() + 1)
            + " /Root 1 0 R >>\nstartxref\n"
            + xref
            + "\n%%EOF\n");
    return out.toByteArray();
  }

  private static void write(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
  }
}
