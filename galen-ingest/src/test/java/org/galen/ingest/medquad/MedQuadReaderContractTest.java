package org.galen.ingest.medquad;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.galen.ingest.RecordFiles;
import org.galen.ingest.SourceReader;
import org.galen.ingest.xml.XmlReaderContractTest;

class MedQuadReaderContractTest extends XmlReaderContractTest {
  @Override
  protected SourceReader reader() {
    return new MedQuadReader();
  }

  @Override
  protected Path validFile(Path dir) throws IOException {
    return Files.copy(
        Path.of("src/test/resources/medquad/1_CancerGov_QA/0000013_2.xml"),
        dir.resolve("0000013_2.xml"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  protected String fileName() {
    return "0000001.xml";
  }

  @Override
  protected String entityTarget() {
    return "<Answer>";
  }

  @Override
  protected RecordFiles.Generated hugeFile(Path dir) throws IOException {
    return RecordFiles.medquadHuge(dir, 5_000);
  }

  @Override
  protected RecordFiles.Duplicated duplicateIdsFile(Path dir) throws IOException {
    return RecordFiles.medquadDuplicate(dir);
  }
}
