package vn.lienthong.sandbox.internal.identity;

import java.time.Duration;

/** Lifetimes, windows and sizes of the sandbox OpenID provider. */
final class FlowLimits {

  /** How long a pushed authorization request (and its request_uri) stays usable. */
  static final Duration PAR_LIFETIME = Duration.ofSeconds(60);

  /** How long an authorization code stays redeemable. */
  static final Duration CODE_LIFETIME = Duration.ofSeconds(60);

  /** Access token lifetime. */
  static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(5);

  /** ID token lifetime. */
  static final Duration ID_TOKEN_LIFETIME = Duration.ofMinutes(10);

  /** The longest a client assertion may live ({@code exp} at most this far ahead). */
  static final Duration CLIENT_ASSERTION_MAX_LIFETIME = Duration.ofMinutes(2);

  /** How far a DPoP proof's {@code iat} may be from now, either way. */
  static final Duration DPOP_IAT_WINDOW = Duration.ofSeconds(60);

  /** Clock skew tolerated on {@code exp} checks. */
  static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

  /** The longest JWT (client assertion, DPoP proof) parsed, in characters. */
  static final int MAX_JWT_CHARS = 8 * 1024;

  /** The longest {@code jti}, {@code state} or {@code nonce} accepted. */
  static final int MAX_VALUE_CHARS = 512;

  /** The most pending requests, codes or tokens held per issuer before new ones are refused. */
  static final int MAX_PENDING = 50_000;

  private FlowLimits() {}
}
