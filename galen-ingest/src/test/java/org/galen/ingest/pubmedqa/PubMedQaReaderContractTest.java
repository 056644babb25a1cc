package org.galen.ingest.pubmedqa;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.galen.ingest.ReaderContractTest;
import org.galen.ingest.RecordFiles;
import org.galen.ingest.SourceReader;

class PubMedQaReaderContractTest extends ReaderContractTest {
  @Override
  protected SourceReader reader() {
    return new PubMedQaReader();
  }

  @Override
  protected Path validFile(Path dir) throws IOException {
    return Files.copy(
        Path.of("src/test/resources/pubmedqa/pubmedqa-3.json"),
        dir.resolve(fileName()),
        StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  protected String fileName() {
    return "pubmedqa-3.json";
  }

  @Override
  protected RecordFiles.Generated hugeFile(Path dir) throws IOException {
    return RecordFiles.pubmedQaHuge(dir, 5_000);
  }

  @Override
  protected RecordFiles.Duplicated duplicateIdsFile(Path dir) throws IOException {
    return RecordFiles.pubmedQaDuplicate(dir);
  }
}
