package org.galen.ingest.medquad;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.galen.core.Passage;
import org.galen.core.ReferenceKind;
import org.galen.ingest.Document;
import org.galen.ingest.Parsed;
import org.galen.ingest.Readers;
import org.galen.ingest.SharedData;
import org.junit.jupiter.api.Test;

class MedQuadReaderTest {
  private static final Path FIXTURES = Path.of("src/test/resources/medquad");

  private final MedQuadReader reader = new MedQuadReader();

  private List<Document> read(Path file) throws IOException {
    List<Parsed> out = new ArrayList<>();
    reader.read(file, out::add);
    assertThat(out).allSatisfy(p -> assertThat(p).isInstanceOf(Parsed.Ok.class));
    return out.stream().map(p -> ((Parsed.Ok) p).document()).toList();
  }

  @Test
  void eachAnsweredQuestionIsAConsumerSourceTitledByItsFocus() throws IOException {
    List<Document> docs = read(FIXTURES.resolve("1_CancerGov_QA/0000013_2.xml"));

    assertThat(docs)
        .extracting(d -> d.source().id())
        .containsExactly(
            "medquad:CancerGov_0000013_2_Sec1",
            "medquad:CancerGov_0000013_2_Sec2",
            "medquad:CancerGov_0000013_2_Sec3",
            "medquad:CancerGov_0000013_2_Sec4");
    var treatment = docs.get(3);
    assertThat(treatment.source().kind()).isEqualTo(ReferenceKind.CONSUMER);
    assertThat(treatment.source().title()).isEqualTo("Chronic Myeloproliferative Neoplasms");
    assertThat(treatment.source().publisher()).isEqualTo("National Cancer Institute (cancer.gov)");
    assertThat(treatment.source().url()).startsWith("https://www.cancer.gov/");
    assertThat(treatment.source().text())
        .startsWith("What are the treatments for Chronic Myeloproliferative Neoplasms ?\n\n");
    assertThat(treatment.source().topics()).contains("question type: treatment");
    assertThat(treatment.passages()).extracting(Passage::group).containsOnly("treatment");
  }

  @Test
  void answersSplitIntoParagraphSizedPassages() throws IOException {
    List<Document> docs = read(FIXTURES.resolve("1_CancerGov_QA/0000013_2.xml"));

    for (Document d : docs) {
      assertThat(d.passages()).isNotEmpty();
      for (Passage p : d.passages()) {
        // a passage over the target is one long sentence, never several
        if (p.text().length() > MedQuadReader.TARGET_CHARS) {
          assertThat(p.text()).doesNotContain("\n");
        }
        assertThat(p.text()).doesNotContain("  ").doesNotStartWith(" ");
      }
    }
    assertThat(docs.get(3).passages()).hasSizeGreaterThan(3);
  }

  @Test
  void documentsMedQuadGivesTheSameIdKeepDistinctIdsFromTheirFileNames() throws IOException {
    List<Document> main = read(FIXTURES.resolve("1_CancerGov_QA/0000013_2.xml"));
    List<Document> split = read(FIXTURES.resolve("1_CancerGov_QA/0000013_2_1.xml"));

    assertThat(main.getFirst().source().id()).isEqualTo("medquad:CancerGov_0000013_2_Sec1");
    assertThat(split.getFirst().source().id()).isEqualTo("medquad:CancerGov_0000013_2_1_Sec1");
    assertThat(split.getFirst().source().title()).isEqualTo("Polycythemia Vera");
  }

  @Test
  void keepsSynonymsAndCuisAsTopicsAndOffersThemForQueryExpansion() throws IOException {
    Path bipolar = FIXTURES.resolve("4_MPlus_Health_Topics_QA/0000093.xml");
    Document doc = read(bipolar).getFirst();

    assertThat(doc.source().topics())
        .contains("Manic-depressive illness", "UMLS CUI C0005586", "question type: information");
    MedQuadSynonyms synonyms = new MedQuadSynonyms().add(FIXTURES);
    assertThat(synonyms.vocabulary())
        .containsEntry("manic-depressive illness", List.of("Bipolar Disorder"));
    assertThat(synonyms.groups())
        .contains(
            new MedQuadSynonyms.Group(
                "Bipolar Disorder", List.of("Manic-depressive illness"), List.of("C0005586")));
  }

  @Test
  void readsTheOlderLowerCaseAndDiseaseFileLayouts() throws IOException {
    List<Document> ninds = read(FIXTURES.resolve("6_NINDS_QA/0000007.xml"));
    List<Document> cdc = read(FIXTURES.resolve("9_CDC_QA/0000397.xml"));

    assertThat(ninds.getFirst().source().id()).isEqualTo("medquad:NINDS_0000007_Sec1");
    assertThat(ninds.getFirst().source().title()).isEqualTo("Holmes-Adie");
    assertThat(cdc.getFirst().source().id()).isEqualTo("medquad:CDC_0000397_Sec1");
    assertThat(cdc.getFirst().source().title()).isEqualTo("Parasites - Taeniasis");
  }

  @Test
  void readsEveryAnsweredQuestionOfMedQuad() throws IOException {
    Path medquad = SharedData.dir().resolve("medquad");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(medquad)) {
      files = walk.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
    }
    // counted independently: non-empty <Answer> elements, in either letter case
    Pattern answer = Pattern.compile("(?is)<answer>(.*?)</answer>");
    int expected = 0;
    for (Path f : files) {
      Matcher m = answer.matcher(Files.readString(f, StandardCharsets.UTF_8));
      while (m.find()) {
        if (!m.group(1).isBlank()) {
          expected++;
        }
      }
    }
    Readers readers = Readers.standard();
    Set<String> ids = new HashSet<>();
    List<Parsed> problems = new ArrayList<>();
    for (Path f : files) {
      assertThat(readers.readerFor(f)).as(f.toString()).containsInstanceOf(MedQuadReader.class);
      reader.read(
          f,
          p -> {
            if (p instanceof Parsed.Ok ok) {
              assertThat(ids.add(ok.document().source().id())).as(ok.toString()).isTrue();
            } else {
              problems.add(p);
            }
          });
    }

    assertThat(problems).isEmpty();
    assertThat(ids).hasSize(expected);
    assertThat(expected).isEqualTo(16_423); // 16,407 <Answer> + 16 <answer> in four NINDS files
  }
}
