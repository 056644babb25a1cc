package org.galen.store;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;

/** The editorial workflow on H2, the embedded default. */
class H2EditorialTest extends EditorialContract {
  @TempDir Path dir;

  @Override
  StoreConfig freshDatabase() {
    return StoreConfig.h2File(dir.resolve(UUID.randomUUID().toString()));
  }
}
