package org.galen.app.web.security;

import java.util.Optional;
import org.galen.store.Actor;
import org.galen.store.Store;
import org.galen.store.StoreException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The logged-in user as the store's {@link Actor}, for the service calls that check roles. */
@Component
public class CurrentUser {
  private final Store store;

  CurrentUser(Store store) {
    this.store = store;
  }

  public Optional<Actor> find() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
      return Optional.empty();
    }
    return store.accounts().find(auth.getName()).map(u -> u.actor());
  }

  public Actor require() {
    return find().orElseThrow(() -> new StoreException.Forbidden("log in first"));
  }

  public @Nullable String name() {
    return find().map(Actor::username).orElse(null);
  }
}
