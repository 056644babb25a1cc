package org.galen.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/** Runs units of JDBC work in transactions; the services' one way to the database. */
public final class Database {
  private final DataSource dataSource;

  public Database(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** One unit of work on a connection. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /** One unit of work with no result. */
  @FunctionalInterface
  public interface VoidWork {
    void run(Connection c) throws SQLException;
  }

  /** Runs {@code work} in one transaction. */
  public void execute(VoidWork work) {
    transaction(
        c -> {
          work.run(c);
          return Boolean.TRUE;
        });
  }

  /** Runs {@code work} in one transaction: committed when it returns, rolled back if it throws. */
  public <T> T transaction(Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      if (isConcurrentUpdate(e)) {
        throw new StoreException.Conflict(
            "someone else changed the same record at the same moment; nothing was saved. Reload"
                + " and try again.",
            e);
      }
      throw new StoreException.Failure("database error: " + e.getMessage(), e);
    }
  }

  // PostgreSQL reports serialization failures and deadlocks as class 40; H2 as error 90131
  private static boolean isConcurrentUpdate(SQLException e) {
    String state = e.getSQLState();
    return (state != null && state.startsWith("40")) || e.getErrorCode() == 90131;
  }

  public static PreparedStatement prepare(Connection c, String sql, @Nullable Object... args)
      throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      if (a instanceof Instant t) {
        ps.setObject(i + 1, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
      } else {
        ps.setObject(i + 1, a);
      }
    }
    return ps;
  }

  public static int update(Connection c, String sql, @Nullable Object... args) throws SQLException {
    try (PreparedStatement ps = prepare(c, sql, args)) {
      return ps.executeUpdate();
    }
  }

  /** Inserts a row and returns its generated {@code id}. */
  public static long insert(Connection c, String sql, @Nullable Object... args)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
      for (int i = 0; i < args.length; i++) {
        Object a = args[i];
        ps.setObject(
            i + 1, a instanceof Instant t ? OffsetDateTime.ofInstant(t, ZoneOffset.UTC) : a);
      }
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        if (!keys.next()) {
          throw new SQLException("no generated id for: " + sql);
        }
        return keys.getLong(1);
      }
    }
  }

  public static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    if (t == null) {
      throw new SQLException("column " + column + " is null");
    }
    return t.toInstant();
  }
}
