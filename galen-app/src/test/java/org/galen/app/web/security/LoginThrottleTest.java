package org.galen.app.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Failed logins slow guessing down and never lock anyone out for good: the wait grows with each
 * failure past the free ones, is capped, is forgotten after a while, and is kept per account and
 * address so that other people behind the same address can still log in.
 */
class LoginThrottleTest {
  /** A clock the test moves forward. */
  static final class TestClock extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }

    void pass(Duration d) {
      now = now.plus(d);
    }
  }

  private final TestClock clock = new TestClock();
  private final LoginThrottle throttle =
      new LoginThrottle(
          null, 5, 10, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofHours(1), clock);

  private void fail(String user, String address, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(user, address);
    }
  }

  @Test
  void theWaitDoublesWithEachFailurePastTheFreeOnesUpToTheCap() {
    fail("lou", "10.0.0.1", 4);
    assertThat(throttle.waitFor("lou", "10.0.0.1")).isZero();
    fail("lou", "10.0.0.1", 1);
    assertThat(throttle.waitFor("lou", "10.0.0.1")).isEqualTo(Duration.ofSeconds(1));
    fail("lou", "10.0.0.1", 1);
    assertThat(throttle.waitFor("lou", "10.0.0.1")).isEqualTo(Duration.ofSeconds(2));
    fail("lou", "10.0.0.1", 1);
    assertThat(throttle.waitFor("lou", "10.0.0.1")).isEqualTo(Duration.ofSeconds(4));
    fail("lou", "10.0.0.1", 20);
    assertThat(throttle.waitFor("lou", "10.0.0.1")).isEqualTo(Duration.ofMinutes(15));

    clock.pass(Duration.ofMinutes(15));
    assertThat(throttle.waitFor("lou", "10.0.0.1")).as("the wait ends").isZero();
  }

  @Test
  void failuresAreForgottenAnHourAfterTheLast() {
    fail("lou", "10.0.0.1", 8);
    clock.pass(Duration.ofMinutes(61));
    throttle.failed("lou", "10.0.0.1");
    assertThat(throttle.waitFor("lou", "10.0.0.1")).as("counting starts again").isZero();
  }

  @Test
  void othersBehindTheSameAddressAreNotSlowedDown() {
    fail("lou", "10.0.0.1", 9);
    assertThat(throttle.waitFor("lou", "10.0.0.1")).isPositive();
    assertThat(throttle.waitFor("erin", "10.0.0.1")).isZero();
    assertThat(throttle.waitFor("lou", "10.0.0.2"))
        .as("the owner elsewhere, until the account's own limit")
        .isZero();
  }

  @Test
  void guessesFromManyAddressesSlowTheAccountDownEverywhere() {
    for (int i = 0; i < 12; i++) {
      throttle.failed("admin", "10.0.0." + i);
    }
    assertThat(throttle.waitFor("admin", "192.168.1.1")).isEqualTo(Duration.ofSeconds(4));
  }

  @Test
  void unknownAccountsAreSlowedDownExactlyLikeKnownOnes() {
    fail("lou", "10.0.0.1", 7);
    fail("nobody-at-all", "10.0.0.1", 7);
    assertThat(throttle.waitFor("nobody-at-all", "10.0.0.1"))
        .isEqualTo(throttle.waitFor("lou", "10.0.0.1"));
  }

  @Test
  void anUnlockOrARightPasswordForgetsTheFailures() {
    fail("lou", "10.0.0.1", 12);
    throttle.forget("LOU");
    assertThat(throttle.waitFor("lou", "10.0.0.1")).isZero();
    fail("lou", "10.0.0.1", 12);
    throttle.succeeded("lou", "10.0.0.1");
    assertThat(throttle.waitFor("lou", "10.0.0.1")).isZero();
  }
}
