package org.galen.app.web.security;

import java.util.ArrayList;
import java.util.List;
import org.galen.store.Role;
import org.galen.store.Store;
import org.galen.store.account.User;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Accounts from the editorial store, with their roles as {@code ROLE_*} authorities. */
@Service
class StoreUserDetailsService implements UserDetailsService {
  /** Held until a must-change password (the bootstrap admin's) has been changed. */
  static final String MUST_CHANGE_PASSWORD = "FLAG_MUST_CHANGE_PASSWORD";

  private final Store store;

  StoreUserDetailsService(Store store) {
    this.store = store;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    User u =
        store
            .accounts()
            .find(username)
            .filter(x -> !x.roles().contains(Role.SYSTEM))
            .orElseThrow(() -> new UsernameNotFoundException("no user " + username));
    List<GrantedAuthority> authorities = new ArrayList<>();
    u.roles().forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r.name())));
    if (u.mustChangePassword()) {
      authorities.add(new SimpleGrantedAuthority(MUST_CHANGE_PASSWORD));
    }
    return org.springframework.security.core.userdetails.User.withUsername(u.username())
        .password(u.passwordHash())
        .authorities(authorities)
        .accountLocked(u.locked())
        .build();
  }
}
