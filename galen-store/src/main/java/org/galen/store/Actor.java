package org.galen.store;

import java.util.Set;

/** Who is acting: every mutating service call names one, and the service checks its roles. */
public record Actor(long userId, String username, Set<Role> roles) {
  public Actor {
    roles = Set.copyOf(roles);
  }

  /**
   * The owner of the machine Galen runs on, at its command line ({@code galen account ...}): may do
   * what an admin may, and is recorded as {@code host} in the audit log.
   */
  public static Actor host() {
    return new Actor(0, "host", Set.of(Role.ADMIN));
  }

  public boolean has(Role role) {
    return roles.contains(role) || roles.contains(Role.ADMIN);
  }

  /**
   * Throws {@link StoreException.Forbidden} unless the actor holds {@code role} (or is an admin).
   */
  public void require(Role role, String action) {
    if (!has(role) && !(role == Role.EDITOR && roles.contains(Role.SYSTEM))) {
      throw new StoreException.Forbidden(
          username + " may not " + action + ": that needs the " + role.wire() + " role");
    }
  }
}
