package vn.lienthong.sandbox.internal.identity;

import java.security.SecureRandom;
import java.util.Base64;

/** Random identifiers (codes, tokens, request URIs, key ids). Thread-safe. */
final class Ids {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Ids() {}

  /** Returns {@code bytes} random bytes in unpadded base64url. */
  static String random(int bytes) {
    byte[] b = new byte[bytes];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
