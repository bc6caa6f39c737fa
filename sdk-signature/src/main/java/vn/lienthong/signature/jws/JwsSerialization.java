package vn.lienthong.signature.jws;

/**
 * The JWS serialisations of RFC 7515 section 7.
 *
 * <p>Enum constants are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum JwsSerialization {
  /** {@code header.payload.signature}: one signature, URL-safe, the usual token form. */
  COMPACT,
  /** The flattened JSON object: {@code {"payload", "protected", "signature"}}. */
  JSON_FLATTENED,
  /** The general JSON object: {@code {"payload", "signatures": [...]}}, room for co-signers. */
  JSON_GENERAL
}
