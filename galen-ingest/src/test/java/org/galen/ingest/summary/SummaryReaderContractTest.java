package org.galen.ingest.summary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.galen.ingest.ReaderContractTest;
import org.galen.ingest.SourceReader;

class SummaryReaderContractTest extends ReaderContractTest {
  @Override
  protected SourceReader reader() {
    return new SummaryReader();
  }

  @Override
  protected Path validFile(Path dir) throws IOException {
    return Files.copy(
        Path.of("../library/summaries/gout.md"),
        dir.resolve("gout.md"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  protected String fileName() {
    return "gout.md";
  }
}
