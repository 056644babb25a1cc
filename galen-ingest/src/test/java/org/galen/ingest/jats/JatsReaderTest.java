package org.galen.ingest.jats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.galen.core.Passage;
import org.galen.ingest.Document;
import org.galen.ingest.Parsed;
import org.galen.ingest.Readers;
import org.galen.ingest.SharedData;
import org.junit.jupiter.api.Test;

class JatsReaderTest {
  private static final Path ARTICLE = Path.of("src/test/resources/jats/1472-6831-8-11.nxml");

  private final JatsReader reader = new JatsReader();

  private Document read(Path file) throws IOException {
    List<Parsed> out = new ArrayList<>();
    reader.read(file, out::add);
    assertThat(out).singleElement().isInstanceOf(Parsed.Ok.class);
    return ((Parsed.Ok) out.getFirst()).document();
  }

  @Test
  void readsFrontMatterWithThePmcIdAsSourceIdAndThePmidKept() throws IOException {
    var s = read(ARTICLE).source();

    assertThat(s.id()).isEqualTo("pmcid:PMC2329613");
    assertThat(s.pmid()).isEqualTo("18405359");
    assertThat(s.doi()).isEqualTo("10.1186/1472-6831-8-11");
    assertThat(s.title())
        .isEqualTo(
            "The Dutch version of the Oral Health Impact Profile (OHIP-NL): Translation,"
                + " reliability and construct validity");
    assertThat(s.publisher()).isEqualTo("BMC Oral Health");
    assertThat(s.year()).isEqualTo(2008);
    assertThat(s.url()).isEqualTo("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC2329613/");
    assertThat(s.authors()).isNotEmpty();
  }

  @Test
  void bodySectionsBecomePassagesGroupedByTheirSectionTitle() throws IOException {
    Document doc = read(ARTICLE);

    assertThat(doc.passages())
        .extracting(Passage::group)
        .contains("BACKGROUND", "CONCLUSION", "Background", "Methods", "Results", "Discussion");
    // sub-section headings are in the text but are not passages of their own
    assertThat(doc.source().text()).contains("\n\nTest-retest reliability\n\n");
    assertThat(doc.passages()).noneMatch(p -> p.text().equals("Test-retest reliability"));
  }

  @Test
  void tablesAreTextWithOneLinePerRow() throws IOException {
    Document doc = read(ARTICLE);

    assertThat(doc.passages())
        .filteredOn(p -> p.text().startsWith("Table"))
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.text()).contains("\n").contains(" | "));
  }

  @Test
  void referencesAreNotPassages() throws IOException {
    Document doc = read(ARTICLE);

    // the first reference's title
    assertThat(doc.source().text()).doesNotContain("Measuring oral health: a conceptual framework");
    assertThat(doc.passages()).noneMatch(p -> "Authors' contributions".equals(p.group()));
  }

  @Test
  void readsEveryArticleOfTheSharedPmcSet() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(SharedData.dir().resolve("pmc"))) {
      files = list.filter(f -> f.toString().endsWith(".nxml")).sorted().toList();
    }
    Readers readers = Readers.standard();

    assertThat(files).hasSize(6);
    for (Path f : files) {
      assertThat(readers.readerFor(f)).containsInstanceOf(JatsReader.class);
      Document doc = read(f);
      assertThat(doc.source().id()).startsWith("pmcid:PMC");
      assertThat(doc.passages()).hasSizeGreaterThan(10);
    }
  }
}
