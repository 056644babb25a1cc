package org.galen.ingest.guideline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.galen.core.Passage;
import org.galen.core.SectionKind;
import org.galen.ingest.Document;
import org.galen.ingest.MalformedInputException;
import org.galen.ingest.Parsed;
import org.galen.ingest.Readers;
import org.galen.ingest.SharedData;
import org.galen.ingest.SourceReader;
import org.galen.ingest.TextFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuidelineReaderTest {
  private static final Path NGC = Path.of("src/test/resources/guideline/ngc-10442.md");
  private final GuidelineParser parser = new GuidelineParser();

  @TempDir Path tmp;

  private Document read(Path file) throws IOException {
    return parser.parse(file.toString(), file.getFileName().toString(), TextFiles.readUtf8(file));
  }

  @Test
  void takesTitleIssuingBodyYearAndConditionsFromTheDocument() throws IOException {
    Document doc = read(NGC);

    assertThat(doc.source().id()).isEqualTo("ngc:10442");
    assertThat(doc.source().title())
        .isEqualTo("Work-related acute cauda equina syndrome (CES) diagnosis and treatment.");
    assertThat(doc.source().publisher())
        .isEqualTo("Washington State Department of Labor and Industries");
    // "1991 Jan (revised 2014 Apr 26)": the revision is the version summarised
    assertThat(doc.source().year()).isEqualTo(2014);
    assertThat(doc.source().topics()).containsExactly("Acute cauda equina syndrome");
  }

  @Test
  void headingsBecomeGroupsAndTableRowsBecomePassages() throws IOException {
    Document doc = read(NGC);

    assertThat(doc.passages())
        .anySatisfy(
            p -> {
              assertThat(p.group())
                  .isEqualTo(
                      "Review Criteria for the Diagnosis and Treatment of Acute Cauda Equina"
                          + " Syndrome (CES)");
              assertThat(p.text()).startsWith("Lumbar decompression | Cauda equina syndrome");
            });
    assertThat(doc.passages())
        .anySatisfy(
            p -> {
              assertThat(p.group()).isEqualTo("Target Population");
              assertThat(p.text()).isEqualTo("The injured worker with cauda equina syndrome");
            });
  }

  @Test
  void leavesOutBoilerplateAndMarkup() throws IOException {
    String text = read(NGC).source().text();

    assertThat(text)
        .doesNotContain("does not develop, produce, approve, or endorse")
        .doesNotContain("<td")
        .doesNotContain("**")
        .doesNotContain("](http");
  }

  @Test
  void keepsRecommendationsWithTheirGradesAndTheRatingScheme() {
    String md =
        """
        ---
        title: "Management of pregnancy."
        id: 1
        ---
        # Recommendations

        ## Major Recommendations

        ###  Care Throughout Pregnancy\s

          1. The Work Group recommends folic acid (at least 400 micrograms daily) to be taken \
        starting one month before conception. ( **Strong For; Not Reviewed, Amended** )\s

        ## Rating Scheme for the Strength of the Recommendations

        <div class="content_para"><p><strong>Strong For</strong>: benefits clearly outweigh harms</p></div>

        ## Diagnosis and Evaluation

        * Ask about [urinary retention](http://example.org "Web site").
        """;

    Document doc = parser.parse("pregnancy.md", "pregnancy.md", md);

    assertThat(doc.source().id()).isEqualTo("guideline:1");
    assertThat(doc.passages())
        .extracting(Passage::group, Passage::kind, Passage::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Care Throughout Pregnancy",
                SectionKind.OTHER,
                "The Work Group recommends folic acid (at least 400 micrograms daily) to be taken"
                    + " starting one month before conception. (Strong For; Not Reviewed,"
                    + " Amended)"),
            org.assertj.core.groups.Tuple.tuple(
                "Rating Scheme for the Strength of the Recommendations",
                SectionKind.OTHER,
                "Strong For: benefits clearly outweigh harms"),
            org.assertj.core.groups.Tuple.tuple(
                "Diagnosis and Evaluation", SectionKind.DIAGNOSIS, "Ask about urinary retention."));
  }

  @Test
  void aSectionKindOnlyWhereTheHeadingNamesIt() {
    assertThat(GuidelineParser.kindOf("Diagnosis and Evaluation")).isEqualTo(SectionKind.DIAGNOSIS);
    assertThat(GuidelineParser.kindOf("B. Prevention of Recurrence"))
        .isEqualTo(SectionKind.PREVENTION);
    assertThat(GuidelineParser.kindOf("Treatment")).isEqualTo(SectionKind.OTHER);
    assertThat(GuidelineParser.kindOf("Potential Harms")).isEqualTo(SectionKind.OTHER);
  }

  @Test
  void leavesPracticeSummariesToTheSummaryReaderAndIgnoresPlainMarkdown() throws IOException {
    Readers readers = Readers.standard();
    Path summary = Path.of("../library/summaries/gout.md");
    Path readme = Files.writeString(tmp.resolve("README.md"), "# Notes\n\nNot a guideline.\n");

    assertThat(readers.readerFor(summary)).map(SourceReader::name).contains("summary");
    assertThat(new GuidelineReader().accepts(summary, TextFiles.head(summary, 4096))).isFalse();
    assertThat(readers.readerFor(NGC)).map(SourceReader::name).contains("guideline");
    assertThat(readers.readerFor(readme)).isEmpty();
  }

  @Test
  void aSummaryWithAMistypedKindIsRejectedNotTakenForAGuideline() throws IOException {
    Path typo =
        Files.writeString(
            tmp.resolve("gout.md"),
            Files.readString(Path.of("../library/summaries/gout.md"))
                .replace("kind: practice_summary", "kind: practice_sumary"));

    assertThatThrownBy(() -> Readers.standard().read(typo, d -> {}))
        .isInstanceOf(MalformedInputException.class)
        .hasMessageContaining("gout.md:2: front matter declares kind 'practice_sumary'");
  }

  @Test
  void readsEveryNgcSummaryOfTheSharedData() throws IOException {
    Path dir = SharedData.dir().resolve("guidelines-ngc");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(f -> f.toString().endsWith(".md")).sorted().toList();
    }
    List<Parsed> parsed = new ArrayList<>();
    for (Path f : files) {
      Readers.standard().read(f, parsed::add);
    }

    assertThat(files).hasSize(53);
    assertThat(parsed).hasSize(53).allSatisfy(p -> assertThat(p).isInstanceOf(Parsed.Ok.class));
    Set<String> ids = new HashSet<>();
    for (Parsed p : parsed) {
      Document d = ((Parsed.Ok) p).document();
      ids.add(d.source().id());
      assertThat(d.source().publisher()).as(d.source().id()).isNotBlank();
      assertThat(d.source().year()).as(d.source().id()).isNotNull();
      assertThat(d.passages())
          .as(d.source().id())
          .anySatisfy(x -> assertThat(x.group()).isNotNull());
    }
    assertThat(ids).hasSize(53);
  }
}
