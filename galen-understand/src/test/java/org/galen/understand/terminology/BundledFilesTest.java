package org.galen.understand.terminology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.galen.ingest.SharedData;
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
}
