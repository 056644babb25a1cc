package org.galen.store.account;

import java.util.Set;
import org.galen.store.Actor;
import org.galen.store.Role;
import org.jspecify.annotations.Nullable;

/**
 * An account. {@code credentials} and {@code specialty} form the reviewer profile shown on the
 * Medical Advisory Board page.
 */
public record User(
    long id,
    String username,
    String passwordHash,
    Set<Role> roles,
    String displayName,
    @Nullable String credentials,
    @Nullable String specialty,
    int failedLogins,
    boolean locked,
    boolean mustChangePassword) {

  public User {
    roles = Set.copyOf(roles);
  }

  public Actor actor() {
    return new Actor(id, username, roles);
  }

  @Override
  public String toString() {
    return "User[" + username + ", " + roles + "]"; // never the hash
  }
}
