package org.galen.ingest.jats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.galen.ingest.SourceReader;
import org.galen.ingest.xml.XmlReaderContractTest;

class JatsReaderContractTest extends XmlReaderContractTest {
  @Override
  protected SourceReader reader() {
    return new JatsReader();
  }

  @Override
  protected Path validFile(Path dir) throws IOException {
    return Files.copy(
        Path.of("src/test/resources/jats/1472-6831-8-11.nxml"),
        dir.resolve("1472-6831-8-11.nxml"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  protected String fileName() {
    return "article.nxml";
  }

  @Override
  protected String entityTarget() {
    return "<article-title>";
  }
}
