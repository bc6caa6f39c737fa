package vn.lienthong.sandbox.identity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A deliberate defect the sandbox puts in its answer on request ({@code hostile=<mode>} in the PAR
 * request or the authorize query, or the {@code X-Sandbox-Hostile} header), so relying parties can
 * prove they reject it. The modes mirror the OpenID Foundation relying-party tests. Enum constants
 * are immutable and thread-safe.
 *
 * <pre>{@code
 * HostileMode.parse("alg-none"); // Optional[ALG_NONE]
 * }</pre>
 *
 * @since 0.1.0
 */
public enum HostileMode {
  /** The ID token's signature bytes are altered. */
  BAD_SIGNATURE,
  /** The ID token's {@code iss} is another issuer. */
  WRONG_ISS,
  /** The ID token's {@code aud} is another client. */
  WRONG_AUD,
  /** The ID token's {@code aud} adds an untrusted audience and has no {@code azp}. */
  EXTRA_AUD_NO_AZP,
  /** The ID token expired ten minutes ago. */
  EXPIRED,
  /** The ID token has no {@code nonce}. */
  MISSING_NONCE,
  /** The ID token's {@code nonce} is not the one the client sent. */
  WRONG_NONCE,
  /** The ID token is unsigned ({@code alg: none}). */
  ALG_NONE,
  /** The ID token is signed with HS256 keyed with the DER bytes of the provider's public key. */
  HS256_PUBLIC_KEY,
  /** The ID token is signed by a key whose {@code kid} the JWKS does not publish. */
  UNKNOWN_KID,
  /** The ID token has no {@code sub}. */
  MISSING_SUB,
  /** The ID token has no {@code iat}. */
  MISSING_IAT,
  /** The ID token has no {@code exp}. */
  MISSING_EXP,
  /** The authorization response has no {@code iss} parameter (RFC 9207). */
  AUTHZ_ISS_MISSING,
  /** The authorization response's {@code iss} parameter names another issuer. */
  AUTHZ_ISS_WRONG;

  /**
   * Returns the parameter value, such as {@code alg-none}.
   *
   * @return the lower-case, dash-separated name
   * @since 0.1.0
   */
  public String parameterValue() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Parses a parameter value.
   *
   * @param value the value, such as {@code wrong-iss}
   * @return the mode, if the value names one
   * @since 0.1.0
   */
  public static Optional<HostileMode> parse(String value) {
    return Arrays.stream(values()).filter(m -> m.parameterValue().equals(value)).findFirst();
  }
}
