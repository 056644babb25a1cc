package org.galen.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Where the editorial database is: an H2 file under the data directory by default, or any JDBC URL
 * (PostgreSQL) given as {@code GALEN_DB_URL} with {@code GALEN_DB_USER} and {@code
 * GALEN_DB_PASSWORD}; {@code GALEN_DB_POOL_SIZE} connections per app instance (HikariCP, default
 * 8).
 */
public record StoreConfig(String url, String user, String password, int poolSize) {
  /** Connections per app instance unless {@code GALEN_DB_POOL_SIZE} says otherwise. */
  public static final int DEFAULT_POOL_SIZE = 8;

  public StoreConfig {
    if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
      throw new StoreException(
          "GALEN_DB_URL must be a jdbc:h2: or jdbc:postgresql: URL, was '" + url + "'");
    }
    if (poolSize < 1 || poolSize > 1000) {
      throw new StoreException("GALEN_DB_POOL_SIZE must be 1 to 1000, was " + poolSize);
    }
  }

  public StoreConfig(String url, String user, String password) {
    this(url, user, password, DEFAULT_POOL_SIZE);
  }

  /**
   * The default: {@code DIR/galen} as an H2 file database, open in one process at a time. H2's
   * {@code AUTO_SERVER} would share it by opening a TCP port on every interface, guarded only by a
   * key in a file; Galen's commands go through the running server instead, or ask to stop it. Each
   * commit is written to the file before it returns ({@code WRITE_DELAY=0}): by default H2 writes
   * commits up to half a second later, so a killed process lost saves it had acknowledged.
   */
  public static StoreConfig h2File(Path dir) {
    return new StoreConfig(
        "jdbc:h2:file:" + dir.toAbsolutePath().resolve("galen") + ";WRITE_DELAY=0", "galen", "");
  }

  /**
   * Reads {@code GALEN_DB_URL}, {@code GALEN_DB_USER}, {@code GALEN_DB_PASSWORD} through {@code
   * lookup}; without a URL, the H2 file database in {@code defaultDir}.
   */
  public static StoreConfig from(Function<String, @Nullable String> lookup, Path defaultDir) {
    String url = lookup.apply("GALEN_DB_URL");
    if (url == null || url.isBlank()) {
      return h2File(defaultDir);
    }
    String user = lookup.apply("GALEN_DB_USER");
    String password = lookup.apply("GALEN_DB_PASSWORD");
    return new StoreConfig(
        url,
        user == null ? "" : user,
        password == null ? "" : password,
        poolSize(lookup.apply("GALEN_DB_POOL_SIZE")));
  }

  private static int poolSize(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return DEFAULT_POOL_SIZE;
    }
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new StoreException("GALEN_DB_POOL_SIZE must be a whole number, was '" + text + "'");
    }
  }

  public static StoreConfig fromEnvironment(Map<String, String> env, Path defaultDir) {
    return from(env::get, defaultDir);
  }

  public boolean isH2() {
    return url.startsWith("jdbc:h2:");
  }

  @Override
  public String toString() {
    return "StoreConfig["
        + url
        + ", user "
        + user
        + ", pool "
        + poolSize
        + "]"; // never the password
  }
}
