package org.galen.app.web.editorial;

import org.galen.store.PostgresServer;
import org.galen.store.StoreConfig;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same editorial web app on a real PostgreSQL server. */
class PostgresEditorialWebTest extends EditorialWebContract {
  private static @Nullable StoreConfig db;

  @BeforeAll
  static void startPostgres() {
    db = PostgresServer.freshDatabase(); // skips the class when PostgreSQL cannot run here
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("GALEN_DB_URL", () -> java.util.Objects.requireNonNull(db).url());
    registry.add("GALEN_DB_USER", () -> java.util.Objects.requireNonNull(db).user());
  }
}
