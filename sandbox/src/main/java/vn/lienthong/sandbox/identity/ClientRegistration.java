package vn.lienthong.sandbox.identity;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.sandbox.SandboxErrorCode;

/**
 * A relying party registered with the sandbox identity provider: its id, exact redirect URIs, and
 * its credentials: a public JWKS for {@code private_key_jwt} and ID-token encryption (strict
 * issuers), a client secret (NPSP and VNeID issuers), and for VNeID the RSA public key the userinfo
 * envelope is encrypted to. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * ClientRegistration c = ClientRegistration.builder()
 *     .clientId("commune-app")
 *     .redirectUri(URI.create("http://127.0.0.1:8080/callback"))
 *     .jwks(new JWKSet(List.of(signingKey.toPublicJWK(), encryptionKey.toPublicJWK())))
 *     .clientSecret("s3cret-for-npsp")
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ClientRegistration {

  /** The longest client id accepted. */
  public static final int MAX_CLIENT_ID_LENGTH = 128;

  /** The most keys a client JWKS may hold. */
  public static final int MAX_KEYS = 16;

  /** The most redirect URIs a client may register. */
  public static final int MAX_REDIRECT_URIS = 16;

  /** The shortest client secret accepted, in characters. */
  public static final int MIN_SECRET_LENGTH = 16;

  private static final int MIN_RSA_BITS = 2048;

  private final String clientId;
  private final List<URI> redirectUris;
  private final @Nullable JWKSet jwks;
  private final @Nullable String clientSecret;
  private final @Nullable RSAKey envelopeKey;

  private ClientRegistration(Builder b) {
    if (b.clientId == null
        || b.clientId.isEmpty()
        || b.clientId.length() > MAX_CLIENT_ID_LENGTH
        || !b.clientId.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw invalid("client_id", "client-id.shape", b.clientId);
    }
    if (b.redirectUris.isEmpty() || b.redirectUris.size() > MAX_REDIRECT_URIS) {
      throw invalid("redirect_uris", "redirect-uris.count", String.valueOf(b.redirectUris.size()));
    }
    for (URI u : b.redirectUris) {
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!u.isAbsolute()
          || u.getFragment() != null
          || !(scheme.equals("http") || scheme.equals("https"))) {
        throw invalid("redirect_uris", "redirect-uri.absolute-http", u.toString());
      }
    }
    if (b.jwks == null && b.clientSecret == null) {
      throw invalid("jwks", "credentials.required", null);
    }
    if (b.jwks != null) {
      if (b.jwks.getKeys().isEmpty() || b.jwks.getKeys().size() > MAX_KEYS) {
        throw invalid("jwks", "jwks.count", String.valueOf(b.jwks.getKeys().size()));
      }
      for (JWK k : b.jwks.getKeys()) {
        checkPublic(k, "jwks");
      }
    }
    if (b.clientSecret != null && b.clientSecret.length() < MIN_SECRET_LENGTH) {
      throw invalid("client_secret", "client-secret.min-length", null);
    }
    if (b.envelopeKey != null) {
      checkPublic(b.envelopeKey, "envelope_key");
    }
    this.clientId = b.clientId;
    this.redirectUris = List.copyOf(b.redirectUris);
    this.jwks = b.jwks;
    this.clientSecret = b.clientSecret;
    this.envelopeKey = b.envelopeKey;
  }

  private static void checkPublic(JWK k, String field) {
    if (k.isPrivate()) {
      throw invalid(field, "jwk.public-only", k.getKeyID());
    }
    if (k instanceof RSAKey r && r.size() < MIN_RSA_BITS) {
      throw invalid(field, "jwk.rsa-min-2048", k.getKeyID());
    }
  }

  private static InvalidInputException invalid(String field, String rule, @Nullable String value) {
    return new InvalidInputException(
        SandboxErrorCode.CLIENT_REGISTRATION_INVALID,
        ErrorDetails.field(field).rule(rule).rejectedValue(value));
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the client id.
   *
   * @return the id
   * @since 0.1.0
   */
  public String clientId() {
    return clientId;
  }

  /**
   * Returns the redirect URIs, compared exactly.
   *
   * @return the URIs
   * @since 0.1.0
   */
  public List<URI> redirectUris() {
    return redirectUris;
  }

  /**
   * Returns the client's public JWKS (signing keys for client assertions, an encryption key for ID
   * tokens).
   *
   * @return the JWKS, if registered
   * @since 0.1.0
   */
  public Optional<JWKSet> jwks() {
    return Optional.ofNullable(jwks);
  }

  /**
   * Returns the client secret for the NPSP and VNeID profiles.
   *
   * @return the secret, if registered
   * @since 0.1.0
   */
  public Optional<String> clientSecret() {
    return Optional.ofNullable(clientSecret);
  }

  /**
   * Returns the RSA public key the VNeID userinfo envelope is encrypted to.
   *
   * @return the key, if registered
   * @since 0.1.0
   */
  public Optional<RSAKey> envelopeKey() {
    return Optional.ofNullable(envelopeKey);
  }

  @Override
  public String toString() {
    return "ClientRegistration[" + clientId + ", " + redirectUris + "]";
  }

  /**
   * Builds a {@link ClientRegistration}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable String clientId;
    private final List<URI> redirectUris = new ArrayList<>();
    private @Nullable JWKSet jwks;
    private @Nullable String clientSecret;
    private @Nullable RSAKey envelopeKey;

    private Builder() {}

    /**
     * Sets the client id.
     *
     * @param clientId printable ASCII, at most {@link #MAX_CLIENT_ID_LENGTH} characters
     * @return this builder
     */
    public Builder clientId(String clientId) {
      this.clientId = Objects.requireNonNull(clientId, "clientId");
      return this;
    }

    /**
     * Adds a redirect URI.
     *
     * @param redirectUri an absolute http(s) URI without fragment
     * @return this builder
     */
    public Builder redirectUri(URI redirectUri) {
      redirectUris.add(Objects.requireNonNull(redirectUri, "redirectUri"));
      return this;
    }

    /**
     * Sets the public JWKS.
     *
     * @param jwks public keys only
     * @return this builder
     */
    public Builder jwks(JWKSet jwks) {
      this.jwks = Objects.requireNonNull(jwks, "jwks");
      return this;
    }

    /**
     * Sets the client secret.
     *
     * @param clientSecret at least {@link #MIN_SECRET_LENGTH} characters
     * @return this builder
     */
    public Builder clientSecret(String clientSecret) {
      this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
      return this;
    }

    /**
     * Sets the RSA public key for the VNeID userinfo envelope.
     *
     * @param envelopeKey an RSA public key of at least 2048 bits
     * @return this builder
     */
    public Builder envelopeKey(RSAKey envelopeKey) {
      this.envelopeKey = Objects.requireNonNull(envelopeKey, "envelopeKey");
      return this;
    }

    /**
     * Builds the registration.
     *
     * @return the registration
     * @throws InvalidInputException if a part is missing or invalid ({@link
     *     SandboxErrorCode#CLIENT_REGISTRATION_INVALID})
     */
    public ClientRegistration build() {
      return new ClientRegistration(this);
    }
  }
}
