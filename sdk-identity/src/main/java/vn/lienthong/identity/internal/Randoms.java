package vn.lienthong.identity.internal;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable tokens for state, nonce and jti values. Thread-safe. */
public final class Randoms {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Randoms() {}

  /**
   * Returns 256 random bits, base64url without padding.
   *
   * @return a 43-character token
   */
  public static String token() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
