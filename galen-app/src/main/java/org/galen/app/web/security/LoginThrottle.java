package org.galen.app.web.security;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.galen.store.Store;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing two ways: an account locks after {@value
 * org.galen.store.account.Accounts#MAX_FAILED_LOGINS} wrong passwords in a row (in the store, so it
 * holds across restarts), and an address that failed too often recently is refused with 429 before
 * its next attempt is even checked.
 */
@Component
class LoginThrottle {
  private final Store store;
  private final int maxFailures;
  private final Duration window;
  private final Clock clock = Clock.systemUTC();
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

  LoginThrottle(
      Store store,
      @Value("${galen.login.max-failures-per-address:30}") int maxFailures,
      @Value("${galen.login.window-minutes:15}") int windowMinutes) {
    this.store = store;
    this.maxFailures = maxFailures;
    this.window = Duration.ofMinutes(windowMinutes);
  }

  @EventListener
  void failed(AbstractAuthenticationFailureEvent event) {
    if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails d) {
      Deque<Instant> q = failures.computeIfAbsent(d.getRemoteAddress(), k -> new ArrayDeque<>());
      synchronized (q) {
        q.addLast(clock.instant());
      }
    }
    if (event instanceof AuthenticationFailureBadCredentialsEvent) {
      store.accounts().loginFailed(event.getAuthentication().getName());
    }
  }

  @EventListener
  void succeeded(AuthenticationSuccessEvent event) {
    store.accounts().loginSucceeded(event.getAuthentication().getName(), false);
  }

  @EventListener
  void loggedIn(InteractiveAuthenticationSuccessEvent event) {
    store.accounts().loginSucceeded(event.getAuthentication().getName(), true);
  }

  boolean blocked(String address) {
    Deque<Instant> q = failures.get(address);
    if (q == null) {
      return false;
    }
    Instant since = clock.instant().minus(window);
    synchronized (q) {
      while (!q.isEmpty() && q.peekFirst().isBefore(since)) {
        q.removeFirst();
      }
      return q.size() >= maxFailures;
    }
  }

  /** Refuses login attempts (form posts, HTTP Basic) from an address that failed too often. */
  Filter filter() {
    return (req, res, chain) -> {
      HttpServletRequest request = (HttpServletRequest) req;
      boolean attempt =
          ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()))
              || request.getHeader("Authorization") != null;
      if (attempt && blocked(request.getRemoteAddr())) {
        JsonErrors.write(
            (HttpServletResponse) res,
            429,
            "too many failed logins from your address; try again in "
                + window.toMinutes()
                + " minutes");
        return;
      }
      chain.doFilter(req, res);
    };
  }
}
