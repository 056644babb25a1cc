package org.galen.ingest.pubmed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.galen.core.Passage;
import org.galen.core.ReferenceKind;
import org.galen.core.Source;
import org.galen.ingest.Document;
import org.galen.ingest.Parsed;
import org.galen.ingest.Readers;
import org.galen.ingest.SharedData;
import org.galen.ingest.TextFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PubmedReaderTest {
  private static final Path NEJM = Path.of("src/test/resources/pubmed/pubmed-29768149.xml");
  private static final Path SAMPLE = Path.of("src/test/resources/pubmed/medsamp2014-excerpt.xml");

  @TempDir Path tmp;

  private final PubmedReader reader = new PubmedReader();

  private List<Parsed> read(Path file) throws IOException {
    List<Parsed> out = new ArrayList<>();
    reader.read(file, out::add);
    return out;
  }

  private static List<Document> documents(List<Parsed> parsed) {
    return parsed.stream()
        .filter(p -> p instanceof Parsed.Ok)
        .map(p -> ((Parsed.Ok) p).document())
        .toList();
  }

  private static Document byId(List<Parsed> parsed, String id) {
    return documents(parsed).stream()
        .filter(d -> d.source().id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + id));
  }

  @Test
  void readsAPubmedArticleWithItsJournalAuthorsDoiMeshAndLabelledAbstract() throws IOException {
    Document doc = byId(read(NEJM), "pmid:29768149");
    Source s = doc.source();

    assertThat(s.kind()).isEqualTo(ReferenceKind.RCT);
    assertThat(s.title())
        .isEqualTo("Inhaled Combined Budesonide-Formoterol as Needed in Mild Asthma.");
    assertThat(s.publisher()).isEqualTo("The New England journal of medicine");
    assertThat(s.year()).isEqualTo(2018);
    assertThat(s.pmid()).isEqualTo("29768149");
    assertThat(s.doi()).isEqualTo("10.1056/NEJMoa1715274");
    assertThat(s.url()).isEqualTo("https://pubmed.ncbi.nlm.nih.gov/29768149/");
    assertThat(s.authors()).hasSize(10).startsWith("O'Byrne PM", "FitzGerald JM");
    assertThat(s.publicationTypes()).contains("Randomized Controlled Trial", "Multicenter Study");
    assertThat(s.topics()).contains("Asthma", "Budesonide", "Terbutaline");
    assertThat(doc.passages())
        .extracting(Passage::group)
        .containsExactly("BACKGROUND", "METHODS", "RESULTS", "CONCLUSIONS");
    assertThat(s.text())
        .startsWith(
            "Inhaled Combined Budesonide-Formoterol as Needed in Mild Asthma.\n\nBACKGROUND: ")
        .contains("\n\nCONCLUSIONS: In patients with mild asthma, as-needed budesonide-formoterol");
    assertThat(doc.passages().getLast().text())
        .startsWith("In patients with mild asthma")
        .endsWith("NCT02149199 .).");
  }

  @Test
  void mapsPublicationTypesToKindsStrongestDesignFirst() throws IOException {
    List<Parsed> parsed = read(SAMPLE);

    assertThat(byId(parsed, "pmid:11428848").source().kind()).isEqualTo(ReferenceKind.GUIDELINE);
    assertThat(byId(parsed, "pmid:11442735").source().kind()).isEqualTo(ReferenceKind.RCT);
    assertThat(byId(parsed, "pmid:9110943").source().kind())
        .isEqualTo(ReferenceKind.SYSTEMATIC_REVIEW);
    assertThat(byId(parsed, "pmid:11034741").source().kind()).isEqualTo(ReferenceKind.REVIEW);
    assertThat(PublicationKinds.kind(List.of("Journal Article", "Observational Study"), List.of()))
        .isEqualTo(ReferenceKind.OBSERVATIONAL);
    assertThat(PublicationKinds.kind(List.of("Journal Article"), List.of("Cohort Studies")))
        .isEqualTo(ReferenceKind.OBSERVATIONAL);
    assertThat(PublicationKinds.kind(List.of("Review", "Meta-Analysis"), List.of()))
        .isEqualTo(ReferenceKind.SYSTEMATIC_REVIEW);
    assertThat(PublicationKinds.kind(List.of("Letter"), List.of())).isEqualTo(ReferenceKind.OTHER);
  }

  @Test
  void structuredLabelsStayInTheTextAndTheNlmCategoryIsThePassageGroup() throws IOException {
    Document review = byId(read(SAMPLE), "pmid:11034741");

    assertThat(review.source().text()).contains("\n\nREVIEWER'S CONCLUSIONS: It is suggested");
    assertThat(review.passages())
        .extracting(Passage::group)
        .contains("BACKGROUND", "OBJECTIVE", "METHODS", "RESULTS", "CONCLUSIONS");
    assertThat(review.passages()).allSatisfy(p -> assertThat(p.text()).doesNotContain(": It is"));
  }

  @Test
  void aCitationWithoutAbstractIsItsTitle() throws IOException {
    Document guideline = byId(read(SAMPLE), "pmid:11428848");

    assertThat(guideline.passages())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.text()).isEqualTo(guideline.source().title());
              assertThat(p.group()).isEqualTo("TITLE");
            });
  }

  @Test
  void deleteCitationDeletesEachPmid() throws IOException {
    List<String> deleted =
        read(SAMPLE).stream()
            .filter(p -> p instanceof Parsed.Deleted)
            .map(p -> ((Parsed.Deleted) p).sourceId())
            .toList();

    assertThat(deleted).hasSize(7).startsWith("pmid:23203860").contains("pmid:23203896");
  }

  @Test
  void readsGzippedFilesAsDistributed() throws IOException {
    Path gz = tmp.resolve("pubmed25n0001.xml.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(Files.readAllBytes(NEJM));
    }

    assertThat(reader.accepts(gz, TextFiles.head(gz, 4096))).isTrue();
    assertThat(Readers.standard().readerFor(gz)).containsInstanceOf(PubmedReader.class);
    assertThat(documents(read(gz))).isEqualTo(documents(read(NEJM)));
  }

  @Test
  void aBrokenRecordIsSkippedByOrdinalAndTheRestOfTheFileIsRead() throws IOException {
    String xml = Files.readString(SAMPLE);
    // the second citation loses its PMID
    int second = xml.indexOf("<MedlineCitation ", xml.indexOf("<MedlineCitation ") + 1);
    int pmidEnd = xml.indexOf("</PMID>", second) + "</PMID>".length();
    int pmidStart = xml.lastIndexOf("<PMID", pmidEnd);
    Path file = tmp.resolve("broken.xml");
    Files.writeString(file, xml.substring(0, pmidStart) + xml.substring(pmidEnd));

    List<Parsed> parsed = read(file);

    assertThat(documents(parsed)).hasSize(3);
    assertThat(parsed)
        .filteredOn(p -> p instanceof Parsed.Skipped)
        .singleElement()
        .satisfies(
            p -> {
              var problem = ((Parsed.Skipped) p).problem();
              assertThat(problem.file()).isEqualTo(file.toString());
              assertThat(problem.message()).contains("record 2");
              assertThat(problem.line()).isPositive();
            });
  }

  @Test
  void aTruncatedFileKeepsTheRecordsBeforeTheBreakAndNamesFileAndLine() throws IOException {
    String xml = Files.readString(SAMPLE);
    int third = xml.indexOf("<MedlineCitation ", xml.indexOf("<MedlineCitation ") + 1);
    third = xml.indexOf("<MedlineCitation ", third + 1);
    Path file = tmp.resolve("truncated.xml");
    Files.writeString(file, xml.substring(0, third + 400));

    List<Parsed> parsed = read(file);

    assertThat(documents(parsed))
        .extracting(d -> d.source().id())
        .containsExactly("pmid:11034741", "pmid:11428848");
    Parsed last = parsed.getLast();
    assertThat(last).isInstanceOf(Parsed.Skipped.class);
    var problem = ((Parsed.Skipped) last).problem();
    assertThat(problem.file()).isEqualTo(file.toString());
    assertThat(problem.line()).isGreaterThan(xml.substring(0, third).split("\n").length);
  }

  @Test
  void aNewerVersionOfACitationWinsOverAnOlderOneInTheSameFile() throws IOException {
    String one = Files.readString(NEJM);
    int start = one.indexOf("<PubmedArticle>");
    int end = one.indexOf("</PubmedArticle>") + "</PubmedArticle>".length();
    String record = one.substring(start, end);
    String v2 =
        record
            .replace("<PMID Version=\"1\">29768149", "<PMID Version=\"2\">29768149")
            .replace("as Needed in Mild Asthma.", "as Needed in Mild Asthma (version 2).");
    Path file = tmp.resolve("versions.xml");
    Files.writeString(file, one.substring(0, start) + v2 + record + one.substring(end));

    List<Document> docs = documents(read(file));

    assertThat(docs)
        .singleElement()
        .satisfies(d -> assertThat(d.source().title()).contains("version 2"));
  }

  @Test
  void aFileWithMoreAmpersandsThanAnyJdkEntityLimitReadsToTheEnd() throws IOException {
    String one = Files.readString(NEJM);
    int start = one.indexOf("<PubmedArticle>");
    int end = one.indexOf("</PubmedArticle>") + "</PubmedArticle>".length();
    String record = one.substring(start, end);
    StringBuilder xml = new StringBuilder(one.substring(0, start));
    // 2,000 records of 60 MeSH-style "&amp;" each: 120,000 references, over the JDK's defaults
    String ampersands = "administration &amp; dosage ".repeat(60);
    for (int i = 1; i <= 2000; i++) {
      xml.append(
          record
              .replace("<PMID Version=\"1\">29768149", "<PMID Version=\"1\">" + i)
              .replace("<ArticleTitle>", "<ArticleTitle>" + ampersands));
    }
    xml.append(one.substring(end));
    Path file = Files.writeString(tmp.resolve("ampersands.xml"), xml);

    List<Parsed> parsed = read(file);

    assertThat(parsed).filteredOn(p -> p instanceof Parsed.Skipped).isEmpty();
    assertThat(documents(parsed)).hasSize(2000);
  }

  @Test
  void anotherRootIsAProblemNotASource() throws IOException {
    Path file = Files.writeString(tmp.resolve("other.xml"), "<?xml version=\"1.0\"?><foo/>");

    assertThat(reader.accepts(file, TextFiles.head(file, 4096))).isFalse();
    assertThat(read(file))
        .singleElement()
        .satisfies(p -> assertThat(p.toString()).contains("root element is <foo>"));
  }

  @Test
  void readsEveryCitationOfNlmsSampleFile() throws IOException {
    Path medsamp = SharedData.dir().resolve("medline/medsamp2014.xml");
    String xml = Files.readString(medsamp, StandardCharsets.UTF_8);
    int expected = count(xml, "<MedlineCitation ");

    List<Parsed> parsed = read(medsamp);

    assertThat(expected).isEqualTo(161);
    assertThat(parsed).filteredOn(p -> p instanceof Parsed.Skipped).isEmpty();
    List<Document> docs = documents(parsed);
    assertThat(docs).hasSize(expected);
    assertThat(docs.stream().map(d -> d.source().id()).distinct()).hasSize(expected);
    assertThat(docs).allSatisfy(d -> assertThat(d.source().year()).isNotNull());
  }

  private static int count(String text, String needle) {
    Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
