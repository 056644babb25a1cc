package org.galen.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading the database settings from the environment, including the pool size. */
class StoreConfigTest {
  private static final Path DIR = Path.of("/tmp/galen-db");

  @Test
  void withoutAUrlTheH2FileUnderTheDataDirectoryWithTheDefaultPool() {
    StoreConfig c = StoreConfig.fromEnvironment(Map.of(), DIR);

    assertThat(c.isH2()).isTrue();
    assertThat(c.poolSize()).isEqualTo(StoreConfig.DEFAULT_POOL_SIZE);
  }

  @Test
  void thePoolSizeComesFromTheEnvironmentAndNeverThePasswordFromToString() {
    StoreConfig c =
        StoreConfig.fromEnvironment(
            Map.of(
                "GALEN_DB_URL", "jdbc:postgresql://db:5432/galen",
                "GALEN_DB_USER", "galen",
                "GALEN_DB_PASSWORD", "s3cret",
                "GALEN_DB_POOL_SIZE", "20"),
            DIR);

    assertThat(c.poolSize()).isEqualTo(20);
    assertThat(c.toString()).contains("pool 20").doesNotContain("s3cret");
  }

  @Test
  void aBadPoolSizeIsNamed() {
    assertThatThrownBy(
            () ->
                StoreConfig.fromEnvironment(
                    Map.of("GALEN_DB_URL", "jdbc:postgresql://db/galen", "GALEN_DB_POOL_SIZE", "x"),
                    DIR))
        .hasMessage("GALEN_DB_POOL_SIZE must be a whole number, was 'x'");
    assertThatThrownBy(
            () ->
                StoreConfig.fromEnvironment(
                    Map.of("GALEN_DB_URL", "jdbc:postgresql://db/galen", "GALEN_DB_POOL_SIZE", "0"),
                    DIR))
        .hasMessage("GALEN_DB_POOL_SIZE must be 1 to 1000, was 0");
  }
}
