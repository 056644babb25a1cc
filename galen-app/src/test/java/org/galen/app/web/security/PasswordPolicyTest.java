package org.galen.app.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** New passwords: long enough, not the user's name, not a pattern, not a common one dressed up. */
class PasswordPolicyTest {
  @Test
  void commonPasswordsAreRefusedHoweverTheyAreDressedUp() {
    for (String p :
        List.of(
            "password1234",
            "Password123!",
            "P@ssw0rd2026!",
            "123456Qwerty",
            "letmein!letmein",
            "galengalengalen",
            "Welcome2026!!",
            "iloveyou12345",
            "correcthorsebatterystaple")) {
      assertThat(PasswordPolicy.problem("erin", p)).as(p).isPresent();
    }
  }

  @Test
  void patternsAndTheUserNameAreRefused() {
    for (String p :
        List.of("123456789012", "aaaaaaaaaaaa", "abababababab", "qwertyuiop12", "ponmlkjihgfe")) {
      assertThat(PasswordPolicy.problem("erin", p)).as(p).isPresent();
    }
    assertThat(PasswordPolicy.problem("rhea.reviewer", "my name is rhea.reviewer"))
        .contains("Do not use your user name in your password.");
    assertThat(PasswordPolicy.problem("erin", "short1!")).contains("Use at least 12 characters.");
  }

  @Test
  void passphrasesAndRandomPasswordsPass() {
    for (String p :
        List.of(
            "amber lantern quietly folds",
            "correct horse battery",
            Passwords.oneTime(),
            "Tq7!vR2#mZ9p")) {
      assertThat(PasswordPolicy.problem("erin", p)).as(p).isEmpty();
    }
  }
}
