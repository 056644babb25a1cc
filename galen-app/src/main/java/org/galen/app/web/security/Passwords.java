package org.galen.app.web.security;

import java.security.SecureRandom;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How Galen hashes passwords, and the one-time passwords it hands out. */
public final class Passwords {
  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private Passwords() {}

  /** Argon2id, salt 16 bytes, hash 32 bytes, 1 lane, 16 MiB, 2 iterations (OWASP's minimum). */
  public static PasswordEncoder encoder() {
    return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
  }

  /** 20 random characters without look-alikes (no 0/O, 1/l/I): about 115 bits. */
  public static String oneTime() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }
}
