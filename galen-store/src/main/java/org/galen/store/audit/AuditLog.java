package org.galen.store.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.galen.store.Actor;
import org.galen.store.Database;
import org.galen.store.Role;
import org.jspecify.annotations.Nullable;

/**
 * The append-only audit log. Services write to it inside their own transaction, so an action and
 * its record commit together; nothing updates or deletes a row.
 */
public final class AuditLog {
  private final Database db;
  private final Clock clock;

  public AuditLog(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Appends an event within the caller's transaction. */
  public void append(
      Connection c, String actor, String action, String target, @Nullable String detail)
      throws SQLException {
    Database.insert(
        c,
        "insert into audit_events (at, actor, action, target, detail) values (?, ?, ?, ?, ?)",
        clock.instant(),
        actor,
        action,
        target,
        detail);
  }

  /** The newest events first; admins only. */
  public List<AuditEvent> recent(Actor actor, int limit) {
    actor.require(Role.ADMIN, "read the audit log");
    return db.transaction(c -> query(c, "", limit));
  }

  /** Events about one target (e.g. {@code article:SLUG}), oldest first; admins only. */
  public List<AuditEvent> about(Actor actor, String target) {
    actor.require(Role.ADMIN, "read the audit log");
    List<AuditEvent> events =
        db.transaction(
            c -> query(c, " where target = ? or target like ?", 10_000, target, target + "/%"));
    return events.reversed();
  }

  private static List<AuditEvent> query(Connection c, String where, int limit, Object... args)
      throws SQLException {
    List<AuditEvent> out = new ArrayList<>();
    String sql =
        "select id, at, actor, action, target, detail from audit_events"
            + where
            + " order by id desc";
    try (PreparedStatement ps = Database.prepare(c, sql, args)) {
      ps.setMaxRows(limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new AuditEvent(
                  rs.getLong("id"),
                  Database.instant(rs, "at"),
                  rs.getString("actor"),
                  rs.getString("action"),
                  rs.getString("target"),
                  rs.getString("detail")));
        }
      }
    }
    return out;
  }
}
