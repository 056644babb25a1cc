package org.galen.ingest.guideline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.galen.ingest.ReaderContractTest;
import org.galen.ingest.SourceReader;

class GuidelineReaderContractTest extends ReaderContractTest {
  @Override
  protected SourceReader reader() {
    return new GuidelineReader();
  }

  @Override
  protected Path validFile(Path dir) throws IOException {
    return Files.copy(
        Path.of("src/test/resources/guideline/ngc-10442.md"),
        dir.resolve(fileName()),
        StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  protected String fileName() {
    return "ngc-10442.md";
  }
}
