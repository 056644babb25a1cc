package org.galen.store.account;

import java.util.Set;
import java.util.regex.Pattern;
import org.galen.store.Role;
import org.galen.store.StoreException;
import org.jspecify.annotations.Nullable;

/** What an admin gives to create an account; the password arrives already hashed. */
public record NewUser(
    String username,
    String passwordHash,
    Set<Role> roles,
    String displayName,
    @Nullable String credentials,
    @Nullable String specialty) {
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

  public NewUser {
    if (!USERNAME.matcher(username).matches()) {
      throw new StoreException(
          "username '"
              + username
              + "' must be 2-64 characters of a-z, 0-9, '.', '_' or '-', starting with a letter or"
              + " digit");
    }
    if (roles.isEmpty()) {
      throw new StoreException("user " + username + " needs at least one role");
    }
    if (roles.contains(Role.SYSTEM)) {
      throw new StoreException("the system role is Galen's own; it cannot be given to " + username);
    }
    if (displayName.isBlank()) {
      throw new StoreException("user " + username + " needs a display name");
    }
    roles = Set.copyOf(roles);
  }
}
