package org.galen.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the project's shared real data ({@code ../shared/data} beside the repository), which tests
 * read but never write.
 */
public final class SharedData {
  private SharedData() {}

  /** The shared data folder; the calling test is skipped when the checkout has none beside it. */
  public static Path dir() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.exists(dir.resolve("mvnw"))) {
        Path shared = dir.resolveSibling("shared").resolve("data");
        Assumptions.assumeTrue(Files.isDirectory(shared), "no ../shared/data beside " + dir);
        return shared;
      }
      dir = dir.getParent();
    }
    Assumptions.abort("no repository root above " + Path.of("").toAbsolutePath());
    throw new IllegalStateException("unreachable");
  }
}
