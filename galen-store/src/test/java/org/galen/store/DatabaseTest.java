package org.galen.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failing database is the server's fault: a {@code Failure}, told apart from refusals. */
class DatabaseTest {
  @TempDir Path dir;

  @Test
  void aDriverErrorIsAFailureCarryingTheDriverTextForTheLogAndRollsBack() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:file:" + dir.resolve("db"));
    Database db = new Database(h2);
    db.transaction(c -> c.createStatement().execute("CREATE TABLE t (x INT)"));

    assertThatThrownBy(
            () ->
                db.transaction(
                    c -> {
                      c.createStatement().execute("INSERT INTO t VALUES (1)");
                      return c.createStatement().executeQuery("SELECT nope FROM nowhere");
                    }))
        .isInstanceOf(StoreException.Failure.class)
        .hasMessageStartingWith("database error: ")
        .hasCauseInstanceOf(SQLException.class);
    int rows =
        db.transaction(
            c -> {
              var r = c.createStatement().executeQuery("SELECT COUNT(*) FROM t");
              r.next();
              return r.getInt(1);
            });
    assertThat(rows).as("the insert before the failure was rolled back").isZero();
  }
}
