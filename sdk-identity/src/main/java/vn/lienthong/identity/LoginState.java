package vn.lienthong.identity;

import java.io.Serializable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import vn.lienthong.identity.internal.Failures;
import vn.lienthong.identity.internal.Json;

/**
 * What a relying party keeps between {@link OidcLogin#start()} and {@link OidcLogin#finish(URI,
 * LoginState)}: the {@code state} and {@code nonce} values, the PKCE code verifier, a reference to
 * the DPoP key (its JWK thumbprint), the issuer and when the login started.
 *
 * <p>It holds a secret (the PKCE verifier): keep it server-side, in the HTTP session or an
 * encrypted, integrity-protected store, never in a plain cookie or a URL. It is {@link
 * Serializable} for session replication and has a compact text form ({@link #encoded()}, {@link
 * #decode(String)}). {@link #toString()} reveals nothing. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class LoginState implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The longest encoded form {@link #decode(String)} reads, in characters. */
  public static final int MAX_ENCODED_LENGTH = 4096;

  private final String state;
  private final String nonce;
  private final String codeVerifier;
  private final String dpopKeyThumbprint;
  private final String issuer;
  private final long startedAtEpochSecond;

  /**
   * Creates a login state; {@link OidcLogin} does this, applications restore one with {@link
   * #decode(String)} or Java serialisation.
   *
   * @param state the {@code state} value sent to the provider
   * @param nonce the {@code nonce} value sent to the provider
   * @param codeVerifier the PKCE code verifier
   * @param dpopKeyThumbprint the JWK thumbprint of the DPoP key, empty when DPoP is not used
   * @param issuer the provider's issuer identifier
   * @param startedAt when the login started
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  public LoginState(
      String state,
      String nonce,
      String codeVerifier,
      String dpopKeyThumbprint,
      String issuer,
      Instant startedAt) {
    this.state = Objects.requireNonNull(state, "state");
    this.nonce = Objects.requireNonNull(nonce, "nonce");
    this.codeVerifier = Objects.requireNonNull(codeVerifier, "codeVerifier");
    this.dpopKeyThumbprint = Objects.requireNonNull(dpopKeyThumbprint, "dpopKeyThumbprint");
    this.issuer = Objects.requireNonNull(issuer, "issuer");
    this.startedAtEpochSecond = Objects.requireNonNull(startedAt, "startedAt").getEpochSecond();
  }

  /**
   * Returns the {@code state} value sent to the provider.
   *
   * @return the state
   * @since 0.1.0
   */
  public String state() {
    return state;
  }

  /**
   * Returns the {@code nonce} value sent to the provider.
   *
   * @return the nonce
   * @since 0.1.0
   */
  public String nonce() {
    return nonce;
  }

  /**
   * Returns the PKCE code verifier (a secret).
   *
   * @return the verifier
   * @since 0.1.0
   */
  public String codeVerifier() {
    return codeVerifier;
  }

  /**
   * Returns the JWK thumbprint (RFC 7638) of the DPoP key this login uses.
   *
   * @return the thumbprint, empty when the profile does not use DPoP
   * @since 0.1.0
   */
  public String dpopKeyThumbprint() {
    return dpopKeyThumbprint;
  }

  /**
   * Returns the issuer identifier of the provider the login went to.
   *
   * @return the issuer
   * @since 0.1.0
   */
  public String issuer() {
    return issuer;
  }

  /**
   * Returns when the login started.
   *
   * @return the start instant, to the second
   * @since 0.1.0
   */
  public Instant startedAt() {
    return Instant.ofEpochSecond(startedAtEpochSecond);
  }

  /**
   * Returns a compact text form (base64url of a small JSON object) for stores that keep strings.
   *
   * @return the encoded state, at most {@link #MAX_ENCODED_LENGTH} characters for sane inputs
   * @since 0.1.0
   */
  public String encoded() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("s", state);
    m.put("n", nonce);
    m.put("v", codeVerifier);
    m.put("d", dpopKeyThumbprint);
    m.put("i", issuer);
    m.put("t", startedAtEpochSecond);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(Json.write(m).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads the form {@link #encoded()} wrote.
   *
   * @param encoded the encoded state
   * @return the login state
   * @throws vn.lienthong.core.InvalidInputException with {@link
   *     IdentityErrorCode#LOGIN_STATE_INVALID} if the text is too long or not an encoded state
   * @throws NullPointerException if {@code encoded} is null
   * @since 0.1.0
   */
  public static LoginState decode(String encoded) {
    Objects.requireNonNull(encoded, "encoded");
    if (encoded.length() > MAX_ENCODED_LENGTH) {
      throw Failures.input(
          IdentityErrorCode.LOGIN_STATE_INVALID, "state", "longer than " + MAX_ENCODED_LENGTH);
    }
    try {
      byte[] json = Base64.getUrlDecoder().decode(encoded);
      Map<String, Object> m = Json.parseObject(new String(json, StandardCharsets.UTF_8));
      Object t = m.get("t");
      if (!(t instanceof Number)) {
        throw new IllegalArgumentException("no start time");
      }
      return new LoginState(
          Json.string(m, "s"),
          Json.string(m, "n"),
          Json.string(m, "v"),
          Json.string(m, "d"),
          Json.string(m, "i"),
          Instant.ofEpochSecond(((Number) t).longValue()));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw Failures.input(IdentityErrorCode.LOGIN_STATE_INVALID, "state", "not an encoded state");
    }
  }

  /**
   * Returns a description without any of the secret values.
   *
   * @return a log-safe description
   */
  @Override
  public String toString() {
    return "LoginState[issuer=" + issuer + ", startedAt=" + startedAt() + "]";
  }
}
