package org.galen.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.galen.core.ReferenceKind;
import org.galen.ingest.Document;
import org.galen.ingest.MalformedInputException;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {
  private static final Path PAGE = Path.of("src/test/resources/html/ngc-10442.html");
  private final HtmlReader reader = new HtmlReader();

  private Document read(String name, String html) {
    return reader.parse(
        name, HtmlReader.fileStem(Path.of(name)), html.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsTheMainContentOnly() throws IOException {
    Document doc = reader.parse(PAGE.toString(), "ngc-10442", Files.readAllBytes(PAGE));

    assertThat(doc.source().text())
        .contains("Lumbar decompression | Cauda equina syndrome")
        .doesNotContain("Browse guidelines") // nav
        .doesNotContain("Site footer") // footer
        .doesNotContain("Related summaries") // aside inside <main>
        .doesNotContain("dataLayer"); // script
  }

  @Test
  void takesIdUrlTitlePublisherAndYearFromThePage() throws IOException {
    Document doc = reader.parse(PAGE.toString(), "ngc-10442", Files.readAllBytes(PAGE));

    assertThat(doc.source().id()).isEqualTo("html:www.guideline.gov/summaries/summary/ngc-10442");
    assertThat(doc.source().url())
        .isEqualTo("https://www.guideline.gov/summaries/summary/ngc-10442");
    assertThat(doc.source().title())
        .isEqualTo("Work-related acute cauda equina syndrome (CES) diagnosis and treatment.");
    assertThat(doc.source().publisher())
        .isEqualTo("Agency for Healthcare Research and Quality (AHRQ)");
    assertThat(doc.source().year()).isEqualTo(2014);
    assertThat(doc.source().kind()).isEqualTo(ReferenceKind.GUIDELINE);
  }

  @Test
  void headingsBecomeGroupsOfTheParagraphsAndListItemsBelowThem() throws IOException {
    Document doc = reader.parse(PAGE.toString(), "ngc-10442", Files.readAllBytes(PAGE));

    assertThat(doc.passages())
        .anySatisfy(
            p -> {
              assertThat(p.group()).isEqualTo("Target Population");
              assertThat(p.text()).isEqualTo("The injured worker with cauda equina syndrome");
            });
    assertThat(doc.passages())
        .anySatisfy(
            p -> {
              assertThat(p.group()).isEqualTo("Clinical Specialty");
              assertThat(p.text()).isEqualTo("Neurological Surgery");
            });
  }

  @Test
  void withoutCanonicalLinkOrMainElementTheFileNamesTheSourceAndTheBodyMinusChromeCounts() {
    Document doc =
        read(
            "gout.html",
            """
            <html><head><title>Gout | Example Health</title></head>
            <body><nav><a href="/">Home</a></nav>
            <div><h2>Treatment</h2><p>Start colchicine early.</p>
            <ul><li>Allopurinol for recurrent flares.</li></ul>Text beside the list.</div>
            <footer>Copyright</footer></body></html>
            """);

    assertThat(doc.source().id()).isEqualTo("html:gout");
    assertThat(doc.source().title()).isEqualTo("Gout | Example Health");
    assertThat(doc.passages())
        .extracting(p -> p.group() + ": " + p.text())
        .containsExactly(
            "Treatment: Start colchicine early.",
            "Treatment: Allopurinol for recurrent flares.",
            "Treatment: Text beside the list.");
  }

  @Test
  void aPageWithoutTextIsAProblemNamingTheFile() {
    assertThatThrownBy(
            () ->
                read(
                    "empty.html",
                    "<html><head><title>T</title></head><body><nav>menu</nav></body></html>"))
        .isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("empty.html");
  }

  @Test
  void aPageInTheCharsetItsMetaDeclaresIsReadInThatCharset() {
    byte[] latin =
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
            .concat(
                "<title>Caf\u00e9</title></head><body><p>Caf\u00e9 \u2013 coffee</p></body></html>")
            .getBytes(java.nio.charset.Charset.forName("windows-1252"));

    Document doc = reader.parse("cafe.html", "cafe", latin);

    assertThat(doc.passages().getFirst().text()).isEqualTo("Caf\u00e9 \u2013 coffee");
  }

  @Test
  void theArticlesOwnHeaderGivesTheTitleWhileThePageHeaderIsChrome() {
    Document doc =
        read(
            "asthma.html",
            """
            <html><head><title>Asthma - Health Site</title></head><body>
            <header><h1>Health Site</h1></header>
            <article><header><h1>Asthma in adults</h1></header><p>Use an inhaled steroid.</p>
            <footer>Reviewed 2024</footer></article>
            </body></html>
            """);

    assertThat(doc.source().title()).isEqualTo("Asthma in adults");
    assertThat(doc.source().text()).doesNotContain("Health Site").contains("Reviewed 2024");
  }
}
