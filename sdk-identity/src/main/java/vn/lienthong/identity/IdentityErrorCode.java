package vn.lienthong.identity;

import vn.lienthong.core.ErrorCode;

/**
 * The error codes of sdk-identity: {@code LT-IDN-00xx} ID token checks, {@code 01xx} the
 * authorization callback and kept login state, {@code 02xx} talking to the provider, {@code 03xx}
 * identity claims, {@code 09xx} configuration.
 *
 * <p>Every negative case of the OpenID Foundation relying-party tests has its own code, so a
 * vendor's log says which check failed. Texts live in {@code
 * vn/lienthong/identity/messages_vi.properties} and {@code messages_en.properties}. Enum constants
 * are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum IdentityErrorCode implements ErrorCode {

  // ---- 00xx: ID token ----

  /** The ID token is not a compact JWS or JWE, or is larger than the size cap. */
  ID_TOKEN_MALFORMED("LT-IDN-0001", false, 401),
  /** The ID token is unsigned ({@code alg: none}). */
  ID_TOKEN_UNSIGNED("LT-IDN-0002", false, 401),
  /**
   * The ID token's signature algorithm is not one the relying party expects (HS256 where an
   * asymmetric one is due...).
   */
  ID_TOKEN_ALGORITHM_NOT_ALLOWED("LT-IDN-0003", false, 401),
  /** The ID token's signature does not verify with the provider's key. */
  ID_TOKEN_SIGNATURE_INVALID("LT-IDN-0004", false, 401),
  /**
   * The ID token names a key ({@code kid}) the provider does not publish, even after refreshing its
   * key set.
   */
  ID_TOKEN_KEY_UNKNOWN("LT-IDN-0005", false, 401),
  /**
   * The ID token names no key ({@code kid}) while the provider publishes several candidate keys.
   */
  ID_TOKEN_KEY_AMBIGUOUS("LT-IDN-0006", false, 401),
  /** The ID token's {@code iss} is not the configured issuer. */
  ID_TOKEN_ISSUER_MISMATCH("LT-IDN-0007", false, 401),
  /** The ID token's {@code aud} does not contain this client. */
  ID_TOKEN_AUDIENCE_MISMATCH("LT-IDN-0008", false, 401),
  /** The ID token has several audiences and no {@code azp} naming this client. */
  ID_TOKEN_UNTRUSTED_AUDIENCE("LT-IDN-0009", false, 401),
  /** The ID token has no {@code sub}. */
  ID_TOKEN_SUBJECT_MISSING("LT-IDN-0010", false, 401),
  /** The ID token has no {@code iat}. */
  ID_TOKEN_ISSUED_AT_MISSING("LT-IDN-0011", false, 401),
  /** The ID token has no {@code exp}. */
  ID_TOKEN_EXPIRY_MISSING("LT-IDN-0012", false, 401),
  /** The ID token expired (beyond the allowed clock skew). */
  ID_TOKEN_EXPIRED("LT-IDN-0013", false, 401),
  /** The ID token's {@code iat} lies in the future beyond the allowed clock skew. */
  ID_TOKEN_ISSUED_IN_FUTURE("LT-IDN-0014", false, 401),
  /** The ID token carries no {@code nonce} although the login sent one. */
  ID_TOKEN_NONCE_MISSING("LT-IDN-0015", false, 401),
  /** The ID token's {@code nonce} differs from the one this login sent. */
  ID_TOKEN_NONCE_MISMATCH("LT-IDN-0016", false, 401),
  /** The ID token is not encrypted although the client registered an encryption key. */
  ID_TOKEN_ENCRYPTION_REQUIRED("LT-IDN-0017", false, 401),
  /**
   * The encrypted ID token cannot be decrypted with the client's key, or uses a disallowed
   * algorithm.
   */
  ID_TOKEN_DECRYPTION_FAILED("LT-IDN-0018", false, 401),
  /** The login's assurance level ({@code acr}) is below the configured minimum or unknown. */
  ASSURANCE_TOO_LOW("LT-IDN-0019", false, 403),

  // ---- 01xx: authorization callback and login state ----

  /** The callback's {@code state} is missing or differs from the login's. */
  STATE_MISMATCH("LT-IDN-0101", false, 401),
  /** The callback lacks the RFC 9207 {@code iss} parameter the provider promised. */
  AUTHORIZATION_ISSUER_MISSING("LT-IDN-0102", false, 401),
  /** The callback's RFC 9207 {@code iss} parameter names another issuer (mix-up attack). */
  AUTHORIZATION_ISSUER_MISMATCH("LT-IDN-0103", false, 401),
  /** The provider answered the login with an error (the citizen cancelled, access denied...). */
  AUTHORIZATION_DENIED("LT-IDN-0104", false, 401),
  /**
   * The callback's parameters are malformed: repeated, oversized, with control characters, or
   * without a code.
   */
  CALLBACK_MALFORMED("LT-IDN-0105"),
  /**
   * The callback was already used, or the provider reports the authorization code as already
   * redeemed.
   */
  CODE_REPLAYED("LT-IDN-0106", false, 401),
  /** The kept login state is older than its lifetime. */
  LOGIN_STATE_EXPIRED("LT-IDN-0107", false, 401),
  /** The kept login state cannot be read or belongs to another configuration. */
  LOGIN_STATE_INVALID("LT-IDN-0108"),

  // ---- 02xx: provider interaction ----

  /** The provider's discovery document names another issuer than the one configured. */
  DISCOVERY_ISSUER_MISMATCH("LT-IDN-0201", false, 502),
  /** The provider could not be reached or did not answer within the timeout. */
  PROVIDER_UNAVAILABLE("LT-IDN-0202", true, 503),
  /** A provider response is not the JSON or status the protocol requires. */
  PROVIDER_RESPONSE_MALFORMED("LT-IDN-0203", false, 502),
  /** A provider response or header is larger than its cap. */
  PROVIDER_RESPONSE_TOO_LARGE("LT-IDN-0204", false, 502),
  /** The token endpoint rejected the code exchange or client authentication. */
  TOKEN_REQUEST_REJECTED("LT-IDN-0205", false, 401),
  /** The provider rejected a DPoP proof (replayed, stale or badly bound). */
  DPOP_PROOF_REJECTED("LT-IDN-0206", false, 401),
  /** The provider's key set holds more keys than the cap. */
  JWKS_TOO_LARGE("LT-IDN-0207", false, 502),
  /** The userinfo response is about another subject than the ID token. */
  USERINFO_SUBJECT_MISMATCH("LT-IDN-0208", false, 401),
  /** The provider rejected the pushed authorization request (PAR). */
  PUSHED_REQUEST_REJECTED("LT-IDN-0209", false, 502),
  /**
   * The provider issued a bearer access token where the STRICT profile requires a DPoP-bound one.
   */
  TOKEN_NOT_SENDER_CONSTRAINED("LT-IDN-0210", false, 401),
  /** The VNeID userinfo envelope cannot be decrypted or parsed. */
  USERINFO_ENVELOPE_INVALID("LT-IDN-0211", false, 502),

  // ---- 03xx: identity claims ----

  /**
   * An identity claim is missing or not of the expected shape (a personal id that fails its
   * checks...).
   */
  CLAIM_INVALID("LT-IDN-0301", false, 502),

  // ---- 09xx: configuration ----

  /** The relying party's configuration is incomplete or unsafe. */
  CONFIGURATION_INVALID("LT-IDN-0901", false, 500);

  private final String code;
  private final boolean retryable;
  private final int httpStatus;

  IdentityErrorCode(String code) {
    this(code, false, 400);
  }

  IdentityErrorCode(String code, boolean retryable, int httpStatus) {
    this.code = code;
    this.retryable = retryable;
    this.httpStatus = httpStatus;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String bundleBaseName() {
    return "vn.lienthong.identity.messages";
  }

  @Override
  public boolean retryable() {
    return retryable;
  }

  @Override
  public int httpStatus() {
    return httpStatus;
  }
}
