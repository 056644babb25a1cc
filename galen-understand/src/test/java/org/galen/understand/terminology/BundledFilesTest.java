package org.galen.understand.terminology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.galen.ingest.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled terminology files are the publishers' files, byte for byte (compressed only). */
class BundledFilesTest {
  @ParameterizedTest
  @CsvSource({
    "doid-2018-07-05.json.gz, disease-ontology/doid-2018-07-05.json.gz, false",
    "HumanDO.tsv.gz, disease-ontology/HumanDO.tsv, true",
    "symp_import.owl.gz, disease-ontology/symp_import.owl, true",
    "layperson-synonyms.tsv.gz, hpo-lay/layperson-synonyms.tsv, true",
    "Products.txt.gz, drugs-at-fda/Products.txt, true"
  })
  void isTheSharedFile(String bundled, String original, boolean gzipped) throws IOException {
    Path source = SharedData.dir().resolve("terminology").resolve(original);
    assumeTrue(Files.exists(source), source + " is missing");
    try (InputStream in = Terminology.class.getResourceAsStream(bundled)) {
      assertThat(in).isNotNull();
      byte[] bytes = gzipped ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
      assertThat(bytes).isEqualTo(Files.readAllBytes(source));
    }
  }

  /** Regenerate with tools/summary-abbreviations.py when a summary's topics change. */
  @Test
  void everySummaryAbbreviationIsStillATopicOfItsSummary() throws IOException {
    Path summaries = Path.of("../library/summaries");
    assumeTrue(Files.isDirectory(summaries), summaries + " is missing");
    StringBuilder topics = new StringBuilder();
    try (var files = Files.list(summaries)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
        Files.readAllLines(f).stream()
            .filter(l -> l.startsWith("topics:"))
            .forEach(l -> topics.append(l).append('\n'));
      }
    }
    try (InputStream in = Terminology.class.getResourceAsStream("summary-abbreviations.tsv")) {
      assertThat(in).isNotNull();
      new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.startsWith("#") && !l.isBlank())
          .map(l -> l.split("\t")[0])
          .forEach(
              abbreviation ->
                  assertThat(topics.toString())
                      .as("tools/summary-abbreviations.py gives " + abbreviation)
                      .containsPattern("[\\[ ]" + abbreviation + "[,\\]]"));
    }
  }
}
