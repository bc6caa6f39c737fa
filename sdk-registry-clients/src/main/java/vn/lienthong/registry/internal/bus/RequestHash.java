package vn.lienthong.registry.internal.bus;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** The envelope's request hash: SHA-256 of the body bytes, base64url without padding. */
public final class RequestHash {

  /** The hash of an empty body. */
  public static final String EMPTY = of(new byte[0]);

  private RequestHash() {}

  /**
   * Hashes a body.
   *
   * @param body the exact bytes sent
   * @return 43 characters of base64url
   */
  public static String of(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }
}
