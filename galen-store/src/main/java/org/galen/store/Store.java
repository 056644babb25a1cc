package org.galen.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.galen.store.account.Accounts;
import org.galen.store.article.Articles;
import org.galen.store.audit.AuditLog;
import org.galen.store.page.Pages;
import org.jspecify.annotations.Nullable;

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
    HikariDataSource ds = dataSource(config);
    try {
      flyway(ds, null).migrate();
    } catch (FlywayException e) {
      ds.close();
      throw new StoreException(
          "cannot migrate the editorial database " + config.url() + ": " + e.getMessage(), e);
    }
    return new Store(config, ds, clock);
  }

  private static HikariDataSource dataSource(StoreConfig config) {
    HikariConfig hc = new HikariConfig();
    hc.setJdbcUrl(config.url());
    hc.setUsername(config.user());
    hc.setPassword(config.password());
    hc.setMaximumPoolSize(config.poolSize());
    hc.setConnectionTimeout(10_000);
    hc.setPoolName("galen-store");
    // a server may take a moment to accept connections; an embedded file that another process
    // holds will not become free by waiting
    hc.setInitializationFailTimeout(config.isH2() ? 1 : 10_000);
    try {
      return new HikariDataSource(hc);
    } catch (RuntimeException e) {
      if (config.isH2() && inUse(e)) {
        throw new StoreException.InUse(
            "another Galen process (the server?) has the editorial database "
                + config.url()
                + " open",
            e);
      }
      throw new StoreException(
          "cannot open the editorial database " + config.url() + ": " + e.getMessage(), e);
    }
  }

  // H2's DATABASE_ALREADY_OPEN_1: the file is locked by another process
  private static boolean inUse(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException s && s.getErrorCode() == 90020) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /** Flyway on {@code ds}, migrating up to {@code target} (null: the newest version). */
  private static Flyway flyway(DataSource ds, @Nullable String target) {
    var config = Flyway.configure().dataSource(ds).locations("classpath:org/galen/store/migration");
    if (target != null) {
      config.target(target);
    }
    return config.load();
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

  /** The schema version this database is migrated to (Flyway's), e.g. {@code 1}. */
  public String schemaVersion() {
    return schemaVersion(dataSource);
  }

  private static String schemaVersion(DataSource ds) {
    MigrationInfo current = flyway(ds, null).info().current();
    if (current == null || current.getVersion() == null) {
      throw new StoreException("the editorial database has no schema yet");
    }
    return current.getVersion().getVersion();
  }

  /**
   * Writes every table to {@code dir} as data ({@link TableData}), from one consistent snapshot of
   * the database.
   */
  public List<TableData.Table> exportTables(Path dir) {
    return db.transaction(
        c -> {
          // one snapshot for every table, so rows that refer to each other are taken together
          c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
          try {
            return TableData.export(c, dir);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot write the tables to " + dir, e);
          }
        });
  }

  /**
   * Loads tables written by {@link #exportTables} at {@code schemaVersion} into the new, empty
   * database at {@code empty}: migrated to that version, filled with prepared statements in one
   * transaction, row counts checked, then migrated to the newest schema. Nothing of the backup is
   * executed.
   *
   * @param maxRowBytes the longest row (line) a table file may hold
   */
  public static void load(
      StoreConfig empty,
      String schemaVersion,
      List<TableData.Table> tables,
      Path dir,
      long maxRowBytes) {
    HikariDataSource ds = dataSource(empty);
    try {
      Flyway check = flyway(ds, null);
      if (check.info().applied().length > 0) {
        throw new StoreException(
            "the editorial database "
                + empty.url()
                + " is not empty; a backup loads into a new one");
      }
      boolean known =
          java.util.Arrays.stream(check.info().all())
              .anyMatch(
                  m -> m.getVersion() != null && m.getVersion().getVersion().equals(schemaVersion));
      if (!known) {
        throw new StoreException(
            "the backup's editorial database has schema version "
                + schemaVersion
                + ", which this Galen does not know (it was written by a newer Galen?)");
      }
      flyway(ds, schemaVersion).migrate();
      new Database(ds)
          .execute(
              c -> {
                try {
                  TableData.load(c, tables, dir, maxRowBytes);
                } catch (IOException e) {
                  throw new UncheckedIOException("cannot read the tables in " + dir, e);
                }
              });
      flyway(ds, null).migrate();
    } catch (FlywayException e) {
      throw new StoreException(
          "cannot migrate the editorial database " + empty.url() + ": " + e.getMessage(), e);
    } finally {
      ds.close();
    }
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
