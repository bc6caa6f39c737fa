package vn.lienthong.registry.internal.bus;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** The envelope's request hash: SHA-256 of the body bytes, base64url without padding. */
public final class RequestHash {

  /** A digest never used, only cloned: cheaper than a provider lookup on every call. */
  private static final MessageDigest PROTOTYPE = prototype();

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  /** The hash of an empty body. */
  public static final String EMPTY = of(new byte[0]);

  private RequestHash() {}

  private static MessageDigest prototype() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }

  private static MessageDigest digest() {
    try {
      return (MessageDigest) PROTOTYPE.clone();
    } catch (CloneNotSupportedException e) {
      return prototype();
    }
  }

  /**
   * Hashes a body.
   *
   * @param body the exact bytes sent
   * @return 43 characters of base64url
   */
  public static String of(byte[] body) {
    return ENCODER.encodeToString(digest().digest(body));
  }
}
