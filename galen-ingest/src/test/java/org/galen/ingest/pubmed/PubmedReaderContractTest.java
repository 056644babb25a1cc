package org.galen.ingest.pubmed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.galen.ingest.RecordFiles;
import org.galen.ingest.SourceReader;
import org.galen.ingest.xml.XmlReaderContractTest;

class PubmedReaderContractTest extends XmlReaderContractTest {
  @Override
  protected SourceReader reader() {
    return new PubmedReader();
  }

  @Override
  protected Path validFile(Path dir) throws IOException {
    return Files.copy(
        Path.of("src/test/resources/pubmed/medsamp2014-excerpt.xml"),
        dir.resolve("medsamp2014-excerpt.xml"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  protected String fileName() {
    return "citations.xml";
  }

  @Override
  protected String entityTarget() {
    return "<ArticleTitle>";
  }

  @Override
  protected RecordFiles.Generated hugeFile(Path dir) throws IOException {
    return RecordFiles.pubmedHuge(dir, 5_000);
  }

  @Override
  protected RecordFiles.Duplicated duplicateIdsFile(Path dir) throws IOException {
    return RecordFiles.pubmedDuplicate(dir);
  }
}
