package org.galen.app.web.security;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.galen.store.Store;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without letting a stranger lock anyone out. Failed logins are counted per
 * account and address, and per account: past a few free ones, the next attempt must wait, and the
 * wait doubles with each further failure up to a cap; counts are forgotten a while after the last
 * failure, on a successful login, or when an admin or the machine's owner ({@code galen account
 * unlock}) unlocks the account. A waiting attempt gets 429 with {@code Retry-After} before its
 * password is even checked, with the same answer whether the account exists or not, and other
 * people behind the same address are not slowed down.
 */
@Component
public class LoginThrottle {
  private static final int MAX_KEYS = 100_000;

  /** Failures of one key: how many since the count was last forgotten, and the last one's time. */
  private record Failures(int count, Instant last) {}

  private final @Nullable Store store;
  private final int freePerAddress;
  private final int freePerAccount;
  private final Duration firstWait;
  private final Duration maxWait;
  private final Duration forgetAfter;
  private final Clock clock;
  private final Map<String, Failures> failures =
      new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
          return size() > MAX_KEYS;
        }
      };

  @Autowired
  LoginThrottle(
      Store store,
      @Value("${galen.login.free-failures-per-address:5}") int freePerAddress,
      @Value("${galen.login.free-failures-per-account:10}") int freePerAccount,
      @Value("${galen.login.first-wait-seconds:1}") int firstWaitSeconds,
      @Value("${galen.login.max-wait-seconds:900}") int maxWaitSeconds,
      @Value("${galen.login.forget-after-minutes:60}") int forgetAfterMinutes) {
    this(
        store,
        freePerAddress,
        freePerAccount,
        Duration.ofSeconds(firstWaitSeconds),
        Duration.ofSeconds(maxWaitSeconds),
        Duration.ofMinutes(forgetAfterMinutes),
        Clock.systemUTC());
  }

  LoginThrottle(
      @Nullable Store store,
      int freePerAddress,
      int freePerAccount,
      Duration firstWait,
      Duration maxWait,
      Duration forgetAfter,
      Clock clock) {
    this.store = store;
    this.freePerAddress = freePerAddress;
    this.freePerAccount = freePerAccount;
    this.firstWait = firstWait;
    this.maxWait = maxWait;
    this.forgetAfter = forgetAfter;
    this.clock = clock;
  }

  private static String account(String username) {
    String name = username.strip().toLowerCase(Locale.ROOT);
    return "u:" + (name.length() > 64 ? name.substring(0, 64) : name);
  }

  private static String pair(String username, String address) {
    return account(username) + "@" + address;
  }

  /** How long an attempt for {@code username} from {@code address} must wait; zero: go ahead. */
  public synchronized Duration waitFor(String username, String address) {
    Instant now = clock.instant();
    Duration a = wait(pair(username, address), freePerAddress, now);
    Duration b = wait(account(username), freePerAccount, now);
    return a.compareTo(b) >= 0 ? a : b;
  }

  private Duration wait(String key, int free, Instant now) {
    Failures f = failures.get(key);
    if (f == null) {
      return Duration.ZERO;
    }
    if (f.last().plus(forgetAfter).isBefore(now)) {
      failures.remove(key);
      return Duration.ZERO;
    }
    if (f.count() < free) {
      return Duration.ZERO;
    }
    // the first wait (1 s) after the last free failure, then twice as long each time, up to the cap
    int doublings = Math.min(f.count() - free, 20);
    Duration backoff = firstWait.multipliedBy(1L << doublings);
    if (backoff.compareTo(maxWait) > 0) {
      backoff = maxWait;
    }
    Duration left = Duration.between(now, f.last().plus(backoff));
    return left.isNegative() ? Duration.ZERO : left;
  }

  /** Counts a wrong password (or an unknown account) for the name and address. */
  public synchronized void failed(String username, String address) {
    Instant now = clock.instant();
    for (String key : new String[] {pair(username, address), account(username)}) {
      Failures f = failures.get(key);
      boolean stale = f != null && f.last().plus(forgetAfter).isBefore(now);
      failures.put(key, new Failures(f == null || stale ? 1 : f.count() + 1, now));
    }
  }

  /** A right password: the account's and this address's failures are forgotten. */
  public synchronized void succeeded(String username, String address) {
    failures.remove(pair(username, address));
    failures.remove(account(username));
  }

  /** Forgets every failure of {@code username}, from every address (an unlock). */
  public synchronized void forget(String username) {
    String prefix = account(username);
    failures.keySet().removeIf(k -> k.equals(prefix) || k.startsWith(prefix + "@"));
  }

  @EventListener
  void failed(AuthenticationFailureBadCredentialsEvent event) {
    String name = event.getAuthentication().getName();
    failed(name, address(event.getAuthentication().getDetails()));
    if (store != null) {
      store.accounts().loginFailed(name);
    }
  }

  @EventListener
  void succeeded(AuthenticationSuccessEvent event) {
    String name = event.getAuthentication().getName();
    succeeded(name, address(event.getAuthentication().getDetails()));
    if (store != null) {
      store.accounts().loginSucceeded(name, false);
    }
  }

  @EventListener
  void loggedIn(InteractiveAuthenticationSuccessEvent event) {
    if (store != null) {
      store.accounts().loginSucceeded(event.getAuthentication().getName(), true);
    }
  }

  private static String address(@Nullable Object details) {
    return details instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null
        ? d.getRemoteAddress()
        : "unknown";
  }

  /** Turns away login attempts (form posts, HTTP Basic) that must wait, before any check. */
  Filter filter() {
    return (req, res, chain) -> {
      HttpServletRequest request = (HttpServletRequest) req;
      HttpServletResponse response = (HttpServletResponse) res;
      boolean form =
          "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath());
      String name = form ? request.getParameter("username") : basicUser(request);
      if (name != null) {
        Duration wait = waitFor(name, String.valueOf(request.getRemoteAddr()));
        if (!wait.isZero()) {
          refuse(response, form, wait);
          return;
        }
      }
      chain.doFilter(req, res);
    };
  }

  static String message(long seconds) {
    return "too many failed logins; try again in "
        + seconds
        + (seconds == 1 ? " second" : " seconds");
  }

  private static void refuse(HttpServletResponse response, boolean form, Duration wait)
      throws IOException {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    if (!form) {
      JsonErrors.write(response, 429, message(seconds));
      return;
    }
    response.setStatus(429);
    response.setContentType("text/html;charset=UTF-8");
    response
        .getWriter()
        .write(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Too many failed"
                + " logins — Galen</title><link rel=\"stylesheet\" href=\"/galen.css\"></head><body>"
                + "<main><h1>Too many failed logins</h1><p class=\"error\" role=\"alert\">"
                + message(seconds)
                + ".</p><p><a href=\"/login\">Back to the log-in page</a></p></main></body></html>");
  }

  /** The user name of an HTTP Basic header, or null when there is none (or it is malformed). */
  private static @Nullable String basicUser(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0 ? null : decoded.substring(0, colon);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
