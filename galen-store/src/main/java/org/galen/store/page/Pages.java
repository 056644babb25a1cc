package org.galen.store.page;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Optional;
import org.galen.store.Actor;
import org.galen.store.Database;
import org.galen.store.Role;
import org.galen.store.StoreException;
import org.galen.store.audit.AuditLog;

/** The editorial policy and disclaimer pages: public to read, admins edit them. */
public final class Pages {
  public static final String EDITORIAL_POLICY = "editorial-policy";
  public static final String DISCLAIMER = "disclaimer";

  private final Database db;
  private final AuditLog audit;
  private final Clock clock;

  public Pages(Database db, AuditLog audit, Clock clock) {
    this.db = db;
    this.audit = audit;
    this.clock = clock;
  }

  public Optional<Page> find(String slug) {
    return db.transaction(
        c -> {
          try (PreparedStatement ps =
                  Database.prepare(
                      c,
                      "select slug, title, body, lock_version, updated_by, updated_at from pages"
                          + " where slug = ?",
                      slug);
              ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
              return Optional.empty();
            }
            return Optional.of(
                new Page(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getInt(4),
                    rs.getString(5),
                    Database.instant(rs, "updated_at")));
          }
        });
  }

  /** Saves a page edited from {@code basedOnLock}; a concurrent save makes this one a conflict. */
  public Page save(Actor actor, String slug, String title, String body, int basedOnLock) {
    actor.require(Role.ADMIN, "edit the " + slug + " page");
    if (title.isBlank() || body.isBlank()) {
      throw new StoreException("the " + slug + " page needs a title and a text");
    }
    db.execute(
        c -> {
          int n =
              Database.update(
                  c,
                  "update pages set title = ?, body = ?, lock_version = lock_version + 1,"
                      + " updated_by = ?, updated_at = ? where slug = ? and lock_version = ?",
                  title,
                  body,
                  actor.username(),
                  clock.instant(),
                  slug,
                  basedOnLock);
          if (n == 0) {
            throw new StoreException.Conflict(
                "the "
                    + slug
                    + " page was changed by someone else while you edited it; nothing was saved."
                    + " Reload it and apply your edit again.");
          }
          audit.append(c, actor.username(), "page.edit", "page:" + slug, title);
        });
    return find(slug).orElseThrow();
  }
}
