package org.galen.store.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.galen.store.Actor;
import org.galen.store.Database;
import org.galen.store.Role;
import org.galen.store.StoreException;
import org.galen.store.audit.AuditLog;
import org.jspecify.annotations.Nullable;

/** Accounts: creation by admins, the first admin's bootstrap, failed logins and recovery. */
public final class Accounts {
  private static final String COLUMNS =
      "id, username, password_hash, roles, display_name, credentials, specialty, failed_logins,"
          + " locked, must_change_password";

  private final Database db;
  private final AuditLog audit;
  private final Clock clock;

  public Accounts(Database db, AuditLog audit, Clock clock) {
    this.db = db;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Creates the first admin when no person has an account yet; returns false (and changes nothing)
   * otherwise. The password must be changed at first login.
   */
  public boolean bootstrapAdmin(String username, String passwordHash) {
    return db.transaction(
        c -> {
          try (PreparedStatement ps =
                  Database.prepare(c, "select count(*) from users where roles <> 'system'");
              ResultSet rs = ps.executeQuery()) {
            rs.next();
            if (rs.getLong(1) > 0) {
              return false;
            }
          }
          NewUser u =
              new NewUser(username, passwordHash, Set.of(Role.ADMIN), "Administrator", null, null);
          insert(c, u, true);
          audit.append(c, "galen", "account.bootstrap", "user:" + username, "first admin");
          return true;
        });
  }

  public User create(Actor actor, NewUser u) {
    actor.require(Role.ADMIN, "create accounts");
    return db.transaction(
        c -> {
          if (find(c, u.username()).isPresent()) {
            throw new StoreException.Conflict("there is already a user named " + u.username());
          }
          insert(c, u, false);
          audit.append(
              c,
              actor.username(),
              "account.create",
              "user:" + u.username(),
              "roles " + wire(u.roles()));
          return find(c, u.username()).orElseThrow();
        });
  }

  private void insert(Connection c, NewUser u, boolean mustChange) throws SQLException {
    Database.insert(
        c,
        "insert into users (username, password_hash, roles, display_name, credentials, specialty,"
            + " must_change_password, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
        u.username(),
        u.passwordHash(),
        wire(u.roles()),
        u.displayName(),
        u.credentials(),
        u.specialty(),
        mustChange,
        clock.instant());
  }

  public Optional<User> find(String username) {
    return db.transaction(c -> find(c, username));
  }

  /** The system user that proposes re-generated versions when evidence changes. */
  public User system() {
    return find("galen").orElseThrow(() -> new StoreException("the system user is missing"));
  }

  /**
   * Counts a wrong password, for admins to see. It never locks the account: a lock that strangers
   * can set by guessing is a way to keep the owner out; the web layer slows guessing down instead,
   * for a while.
   */
  public void loginFailed(String username) {
    db.execute(
        c ->
            Database.update(
                c,
                "update users set failed_logins = failed_logins + 1 where username = ? and roles"
                    + " <> 'system'",
                username));
  }

  /**
   * Resets the count of wrong passwords; {@code record} writes a login to the audit log (form
   * logins, not every API call).
   */
  public void loginSucceeded(String username, boolean record) {
    db.execute(
        c -> {
          Database.update(
              c,
              "update users set failed_logins = 0 where username = ? and failed_logins > 0",
              username);
          if (record) {
            audit.append(c, username, "account.login", "user:" + username, null);
          }
        });
  }

  /** Forgets the account's failed logins (and lifts a lock an older Galen set after ten). */
  public void unlock(Actor actor, String username) {
    actor.require(Role.ADMIN, "unlock accounts");
    db.execute(
        c -> {
          if (Database.update(
                  c,
                  "update users set locked = false, failed_logins = 0 where username = ? and"
                      + " roles <> 'system'",
                  username)
              == 0) {
            throw new StoreException.NotFound("no user named " + username);
          }
          audit.append(c, actor.username(), "account.unlock", "user:" + username, null);
        });
  }

  /**
   * Gives {@code username} a new password (already hashed) that must be changed at the next login,
   * and forgets its failed logins: an admin's (or the machine owner's) recovery of an account.
   */
  public void resetPassword(Actor actor, String username, String newHash) {
    actor.require(Role.ADMIN, "reset passwords");
    db.execute(
        c -> {
          if (Database.update(
                  c,
                  "update users set password_hash = ?, must_change_password = true, locked = false,"
                      + " failed_logins = 0 where username = ? and roles <> 'system'",
                  newHash,
                  username)
              == 0) {
            throw new StoreException.NotFound("no user named " + username);
          }
          audit.append(
              c, actor.username(), "account.reset-password", "user:" + username, "one-time");
        });
  }

  /** Sets the acting user's own password (already hashed). */
  public void changePassword(Actor actor, String newHash) {
    db.execute(
        c -> {
          Database.update(
              c,
              "update users set password_hash = ?, must_change_password = false where id = ?",
              newHash,
              actor.userId());
          audit.append(c, actor.username(), "account.password", "user:" + actor.username(), null);
        });
  }

  /** Everyone with an account, for admins. */
  public List<User> list(Actor actor) {
    actor.require(Role.ADMIN, "list accounts");
    return db.transaction(
        c ->
            query(
                c, "select " + COLUMNS + " from users where roles <> 'system' order by username"));
  }

  /** The Medical Advisory Board: every reviewer, by name. Public. */
  public List<User> reviewers() {
    return db
        .transaction(c -> query(c, "select " + COLUMNS + " from users where roles <> 'system'"))
        .stream()
        .filter(u -> u.roles().contains(Role.REVIEWER))
        .sorted((a, b) -> a.displayName().compareToIgnoreCase(b.displayName()))
        .toList();
  }

  private static Optional<User> find(Connection c, String username) throws SQLException {
    List<User> users = query(c, "select " + COLUMNS + " from users where username = ?", username);
    return users.stream().findFirst();
  }

  /** Users by id, within a transaction (for names on articles and reviews). */
  public static @Nullable User byId(Connection c, long id) throws SQLException {
    List<User> users = query(c, "select " + COLUMNS + " from users where id = ?", id);
    return users.isEmpty() ? null : users.getFirst();
  }

  private static List<User> query(Connection c, String sql, Object... args) throws SQLException {
    List<User> out = new ArrayList<>();
    try (PreparedStatement ps = Database.prepare(c, sql, args);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(
            new User(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("password_hash"),
                roles(rs.getString("roles")),
                rs.getString("display_name"),
                rs.getString("credentials"),
                rs.getString("specialty"),
                rs.getInt("failed_logins"),
                rs.getBoolean("locked"),
                rs.getBoolean("must_change_password")));
      }
    }
    return out;
  }

  private static Set<Role> roles(String wire) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    Arrays.stream(wire.split(",")).filter(s -> !s.isBlank()).map(Role::parse).forEach(roles::add);
    return roles;
  }

  private static String wire(Set<Role> roles) {
    return roles.stream().sorted().map(Role::wire).collect(Collectors.joining(","));
  }
}
