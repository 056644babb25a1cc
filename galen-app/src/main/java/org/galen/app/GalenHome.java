package org.galen.app;

import java.nio.file.Path;
import java.util.Map;
import org.galen.store.StoreConfig;

/**
 * Where Galen keeps its data: the {@code galen.home} system property, else {@code $GALEN_HOME},
 * else {@code ./data}.
 */
public record GalenHome(Path root) {
  public static GalenHome fromEnvironment(Map<String, String> env) {
    String home = System.getProperty("galen.home", env.get("GALEN_HOME"));
    return new GalenHome(Path.of(home == null || home.isBlank() ? "data" : home).toAbsolutePath());
  }

  public Path index() {
    return root.resolve("index");
  }

  /**
   * The source journal: every source ingested, kept apart from the index so {@code galen reindex}
   * can rebuild a damaged index from it.
   */
  public Path sources() {
    return root.resolve("sources");
  }

  /** The editorial database: {@code GALEN_DB_URL} etc. from {@code env}, else H2 in {@link #db}. */
  public StoreConfig store(Map<String, String> env) {
    return StoreConfig.fromEnvironment(env, db());
  }

  /** The default editorial database folder (H2), unless {@code GALEN_DB_URL} names another. */
  public Path db() {
    return root.resolve("db");
  }
}
