package org.galen.ingest.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jspecify.annotations.Nullable;

/**
 * Seed inputs for the fuzzer: real files of each format (the test fixtures, the bundled summaries
 * and, when present, the shared data beside the repository), plus small HTML pages and PDFs made
 * here with PDFBox, uncompressed so that mutations hit their operators and objects.
 */
final class Seeds {
  private Seeds() {}

  /** Files under a folder whose names end with the extension, sorted, every n-th, at most max. */
  static List<byte[]> files(@Nullable Path dir, String extension, int every, int max) {
    if (dir == null || !Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      List<Path> all =
          s.filter(p -> p.getFileName().toString().endsWith(extension)).sorted().toList();
      List<byte[]> out = new ArrayList<>();
      for (int i = 0; i < all.size() && out.size() < max; i += every) {
        out.add(Files.readAllBytes(all.get(i)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] file(String path) {
    try {
      return Files.readAllBytes(Path.of(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** ../shared/data beside the repository, or null when this checkout has none. */
  static @Nullable Path shared() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.exists(dir.resolve("mvnw"))) {
        Path shared = dir.resolveSibling("shared").resolve("data");
        return Files.isDirectory(shared) ? shared : null;
      }
      dir = dir.getParent();
    }
    return null;
  }

  static @Nullable Path sharedDir(String name) {
    Path shared = shared();
    return shared == null ? null : shared.resolve(name);
  }

  static List<byte[]> html() {
    List<byte[]> out = new ArrayList<>();
    out.add(file("src/test/resources/html/ngc-10442.html"));
    out.add(
        utf8(
            """
            <!doctype html><html><head><meta charset="utf-8"><title>Gout</title>
            <link rel="canonical" href="https://example.org/guidelines/gout/">
            <meta name="citation_publisher" content="Example Society">
            <meta name="citation_publication_date" content="2019-05-01"></head>
            <body><nav><a href="/">Home</a></nav><main><h1>Gout</h1>
            <h2>Treatment</h2><p>Colchicine or an NSAID treats a flare.</p>
            <ul><li>Start urate lowering after the flare.</li><li>Target urate below 6.</li></ul>
            <table><tr><th>Drug</th><th>Dose</th></tr><tr><td>A</td><td>1 mg</td></tr></table>
            </main><footer>Footer</footer></body></html>
            """));
    out.add(
        ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                + "<title>Caf\u00e9</title></head><body><article><header><h1>Caf\u00e9"
                + " au lait</h1></header><p>Text \u201cquoted\u201d.</p>"
                + "<script>window.__xss=1</script><p onclick=\"x\">More text"
                + " <a href=\"javascript:alert(1)\">link</a></p></article></body></html>")
            .getBytes(java.nio.charset.Charset.forName("windows-1252")));
    return out;
  }

  static List<byte[]> pdfs() {
    List<byte[]> out = new ArrayList<>();
    out.add(file("src/test/resources/pdf/ngc-10442.pdf"));
    out.add(pdf("Management of Gout", 2, true));
    out.add(pdf("", 1, false));
    return out;
  }

  /** A small uncompressed PDF with a heading, numbered headings and body text on each page. */
  static byte[] pdf(String title, int pages, boolean metadata) {
    try (PDDocument doc = new PDDocument()) {
      if (metadata) {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(title);
        info.setAuthor("Galen test suite");
        doc.setDocumentInformation(info);
      }
      PDType1Font body = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      for (int p = 1; p <= pages; p++) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs =
            new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.OVERWRITE, false)) {
          float y = 720;
          cs.beginText();
          cs.setFont(bold, 18);
          cs.newLineAtOffset(72, y);
          cs.showText(p == 1 ? "MANAGEMENT OF GOUT" : "2." + p + " Follow-up");
          cs.setFont(body, 11);
          for (String line :
              List.of(
                  "Colchicine or a nonsteroidal anti-inflammatory drug treats an acute",
                  "flare; start urate-lowering therapy once the flare has settled.",
                  "",
                  "1.1 Diagnosis",
                  "Joint aspiration shows urate crystals.",
                  "Page " + p + " of " + pages)) {
            cs.newLineAtOffset(0, line.isEmpty() ? -30 : -14);
            cs.showText(line);
          }
          cs.endText();
        }
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      doc.save(bytes, CompressParameters.NO_COMPRESSION);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @SafeVarargs
  static List<byte[]> all(List<byte[]>... lists) {
    List<byte[]> out = new ArrayList<>();
    for (List<byte[]> l : lists) {
      out.addAll(l);
    }
    return out;
  }
}
