package org.galen.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** A save killed midway on the embedded H2 file database, as {@code galen serve} uses it. */
class H2SaveCrashTest extends SaveCrashContract {
  @TempDir Path dir;

  @Override
  StoreConfig database() {
    return StoreConfig.h2File(dir);
  }
}
