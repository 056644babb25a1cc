package org.galen.ingest.pubmedqa;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.galen.core.Passage;
import org.galen.core.ReferenceKind;
import org.galen.ingest.Document;
import org.galen.ingest.MalformedInputException;
import org.galen.ingest.Parsed;
import org.galen.ingest.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PubMedQaReaderTest {
  private static final Path FIXTURE = Path.of("src/test/resources/pubmedqa/pubmedqa-3.json");

  @TempDir Path tmp;

  private static List<Parsed> read(Path file) throws IOException {
    List<Parsed> out = new ArrayList<>();
    new PubMedQaReader().read(file, out::add);
    return out;
  }

  private static List<Document> documents(List<Parsed> parsed) {
    return parsed.stream()
        .filter(Parsed.Ok.class::isInstance)
        .map(p -> ((Parsed.Ok) p).document())
        .toList();
  }

  @Test
  void eachAbstractIsAResearchSourceWithPmidYearAndMeshTopics() throws IOException {
    Document doc = documents(read(FIXTURE)).get(1);

    assertThat(doc.source().id()).isEqualTo("pmid:16418930");
    assertThat(doc.source().pmid()).isEqualTo("16418930");
    assertThat(doc.source().url()).isEqualTo("https://pubmed.ncbi.nlm.nih.gov/16418930/");
    assertThat(doc.source().year()).isEqualTo(2006);
    assertThat(doc.source().kind()).isEqualTo(ReferenceKind.OTHER);
    assertThat(doc.source().topics()).contains("Amblyopia", "Strabismus", "Visual Acuity");
    assertThat(doc.source().title())
        .isEqualTo("Landolt C and snellen e acuity: differences in strabismus amblyopia?");
  }

  @Test
  void sectionLabelsBecomeGroupsAndTheLongAnswerIsTheConclusions() throws IOException {
    Document doc = documents(read(FIXTURE)).get(1);

    assertThat(doc.passages())
        .extracting(Passage::group)
        .containsExactly("BACKGROUND", "PATIENTS AND METHODS", "RESULTS", "CONCLUSIONS");
    assertThat(doc.passages().getLast().text())
        .startsWith("Using the charts described, there was only a slight overestimation");
  }

  @Test
  void aBrokenRecordIsSkippedWithItsLineAndTheOthersStillLand() throws IOException {
    Path file =
        Files.writeString(
            tmp.resolve("qa.json"),
            """
            {
                "123": {"QUESTION": "q?", "LABELS": ["RESULTS"], "MESHES": []},
                "456": {"QUESTION": "Does it work?", "CONTEXTS": ["It did."], "LABELS": ["RESULTS"],
                        "MESHES": ["Humans"], "YEAR": null, "LONG_ANSWER": "It works."}
            }
            """);

    List<Parsed> parsed = read(file);

    assertThat(parsed.getFirst())
        .isInstanceOfSatisfying(
            Parsed.Skipped.class,
            s ->
                assertThat(s.problem().toString())
                    .isEqualTo(file + ":2: record 123 has no CONTEXTS"));
    assertThat(documents(parsed))
        .singleElement()
        .satisfies(d -> assertThat(d.source().year()).isNull());
  }

  @Test
  void aTruncatedFileKeepsTheRecordsBeforeTheBreakAndNamesTheLine() throws IOException {
    String json = Files.readString(FIXTURE);
    Path cut = Files.writeString(tmp.resolve("cut.json"), json.substring(0, json.length() - 400));
    List<Parsed> parsed = new ArrayList<>();

    try {
      new PubMedQaReader().read(cut, parsed::add);
    } catch (MalformedInputException e) {
      assertThat(e.problems().getFirst().file()).isEqualTo(cut.toString());
      assertThat(e.problems().getFirst().line()).isPositive();
    }

    assertThat(documents(parsed)).hasSize(2);
  }

  @Test
  void readsAllThousandRecordsOfTheSharedFile() throws IOException {
    Path file = SharedData.dir().resolve("pubmedqa/ori_pqal.json");
    List<String> expected = new ArrayList<>();
    new ObjectMapper().readTree(file.toFile()).fieldNames().forEachRemaining(expected::add);

    List<Parsed> parsed = read(file);

    assertThat(expected).hasSize(1000);
    assertThat(parsed).allSatisfy(p -> assertThat(p).isInstanceOf(Parsed.Ok.class));
    List<Document> docs = documents(parsed);
    assertThat(docs)
        .extracting(d -> d.source().id())
        .containsExactlyElementsOf(expected.stream().map(k -> "pmid:" + k).toList());
    JsonNode first = new ObjectMapper().readTree(file.toFile()).get(expected.getFirst());
    assertThat(docs.getFirst().passages()).hasSize(first.get("CONTEXTS").size() + 1);
  }
}
