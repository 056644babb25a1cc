package org.galen.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.Closeable;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.galen.store.account.Accounts;
import org.galen.store.article.Articles;
import org.galen.store.audit.AuditLog;
import org.galen.store.page.Pages;

/**
 * The editorial database, opened and migrated to the newest schema. Holds one connection pool and
 * the feature services built on it.
 */
public final class Store implements Closeable {
  private final StoreConfig config;
  private final HikariDataSource dataSource;
  private final Database db;
  private final AuditLog audit;
  private final Accounts accounts;
  private final Articles articles;
  private final Pages pages;

  private Store(StoreConfig config, HikariDataSource dataSource, Clock clock) {
    this.config = config;
    this.dataSource = dataSource;
    this.db = new Database(dataSource);
    this.audit = new AuditLog(db, clock);
    this.accounts = new Accounts(db, audit, clock);
    this.articles = new Articles(db, audit, clock);
    this.pages = new Pages(db, audit, clock);
  }

  public static Store open(StoreConfig config) {
    return open(config, Clock.systemUTC());
  }

  public static Store open(StoreConfig config, Clock clock) {
    HikariConfig hc = new HikariConfig();
    hc.setJdbcUrl(config.url());
    hc.setUsername(config.user());
    hc.setPassword(config.password());
    hc.setMaximumPoolSize(config.poolSize());
    hc.setConnectionTimeout(10_000);
    hc.setPoolName("galen-store");
    hc.setInitializationFailTimeout(10_000);
    HikariDataSource ds;
    try {
      ds = new HikariDataSource(hc);
    } catch (RuntimeException e) {
      throw new StoreException(
          "cannot open the editorial database " + config.url() + ": " + e.getMessage(), e);
    }
    try {
      Flyway.configure()
          .dataSource(ds)
          .locations("classpath:org/galen/store/migration")
          .load()
          .migrate();
    } catch (FlywayException e) {
      ds.close();
      throw new StoreException(
          "cannot migrate the editorial database " + config.url() + ": " + e.getMessage(), e);
    }
    return new Store(config, ds, clock);
  }

  public StoreConfig config() {
    return config;
  }

  public Accounts accounts() {
    return accounts;
  }

  public Articles articles() {
    return articles;
  }

  public Pages pages() {
    return pages;
  }

  public AuditLog audit() {
    return audit;
  }

  /**
   * Writes a consistent SQL script of the whole H2 database to {@code file}. PostgreSQL databases
   * are backed up with their own tools (pg_dump), which this refuses with that advice.
   */
  public void dump(Path file) {
    requireH2("back up");
    db.execute(
        c -> {
          try (Statement st = c.createStatement()) {
            st.execute("SCRIPT TO '" + sqlPath(file) + "'");
          }
        });
  }

  /** Replaces the whole H2 database with a script written by {@link #dump}. */
  public void restore(Path file) {
    requireH2("restore");
    db.execute(
        c -> {
          try (Statement st = c.createStatement()) {
            st.execute("DROP ALL OBJECTS");
            st.execute("RUNSCRIPT FROM '" + sqlPath(file) + "'");
          }
        });
  }

  private void requireH2(String what) {
    if (!config.isH2()) {
      throw new StoreException(
          "galen can "
              + what
              + " only its embedded H2 database; for "
              + config.url()
              + " use pg_dump / pg_restore");
    }
  }

  private static String sqlPath(Path file) {
    return file.toAbsolutePath().toString().replace("'", "''");
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
