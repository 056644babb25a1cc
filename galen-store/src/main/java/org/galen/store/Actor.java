package org.galen.store;

import java.util.Set;

/** Who is acting: every mutating service call names one, and the service checks its roles. */
public record Actor(long userId, String username, Set<Role> roles) {
  public Actor {
    roles = Set.copyOf(roles);
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
