package org.galen.app.web.editorial;

import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The editorial web app on H2, the embedded default. */
class H2EditorialWebTest extends EditorialWebContract {
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws Exception {
    Path dir = Files.createTempDirectory("galen-web-h2");
    registry.add("GALEN_DB_URL", () -> "jdbc:h2:file:" + dir.resolve("galen"));
  }
}
