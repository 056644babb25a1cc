package org.galen.app.web.security;

import org.galen.store.Store;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * There are no default credentials: on the first start (no accounts yet) Galen creates the account
 * {@code admin} with a random one-time password, prints it once, and asks for a new one at login.
 */
@Component
class AdminBootstrap implements ApplicationRunner {
  private final Store store;
  private final PasswordEncoder encoder;

  AdminBootstrap(Store store, PasswordEncoder encoder) {
    this.store = store;
    this.encoder = encoder;
  }

  @Override
  public void run(ApplicationArguments args) {
    String password = Passwords.oneTime();
    if (store
        .accounts()
        .bootstrapAdmin("admin", java.util.Objects.requireNonNull(encoder.encode(password)))) {
      System.out.println(
          """

          ================================================================
           Galen created the first account. Log in at /login as
             user:     admin
             password: %s
           This password is shown once and must be changed at first login.
          ================================================================
          """
              .formatted(password));
      System.out.flush();
    }
  }
}
