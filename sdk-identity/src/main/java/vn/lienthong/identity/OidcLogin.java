package vn.lienthong.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.oauth2.sdk.dpop.DefaultDPoPProofFactory;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.privacy.SafeLogger;
import vn.lienthong.identity.internal.Callback;
import vn.lienthong.identity.internal.ClaimMapping;
import vn.lienthong.identity.internal.ClientAuth;
import vn.lienthong.identity.internal.Endpoints;
import vn.lienthong.identity.internal.Failures;
import vn.lienthong.identity.internal.Http;
import vn.lienthong.identity.internal.IdTokenVerifier;
import vn.lienthong.identity.internal.Json;
import vn.lienthong.identity.internal.JwksCache;
import vn.lienthong.identity.internal.ProviderCalls;
import vn.lienthong.identity.internal.ProviderMetadata;
import vn.lienthong.identity.internal.Randoms;
import vn.lienthong.identity.internal.UsedStates;
import vn.lienthong.identity.internal.VneidEnvelope;

/**
 * An OpenID Connect relying party for national identity login: {@link #start()} gives the URI to
 * send the browser to and the state to keep; {@link #finish(URI, LoginState)} checks the callback,
 * redeems the code, verifies the tokens and returns the {@link CitizenIdentity}.
 *
 * <p>Failures are exceptions, not outcome values: a login that does not complete cannot give an
 * identity, and each cause has its own {@link IdentityErrorCode}. A rejected callback, token or
 * claim is an {@link vn.lienthong.core.InvalidInputException}; a provider that cannot be reached or
 * answers nonsense is a {@link vn.lienthong.core.RemoteServiceException} ({@code retryable()} when
 * trying again may help); a bad setting is a {@link vn.lienthong.core.ConfigurationException}.
 *
 * <p>The default profile is {@link IdentityProfile#STRICT}; building a relying party with a weaker
 * profile logs a downgrade warning. Instances are thread-safe; create one and reuse it (it caches
 * the provider's metadata and keys). The provider is first contacted on the first {@link #start()}.
 *
 * <pre>{@code
 * OidcLogin login = OidcLogin.builder()
 *     .issuer(URI.create("https://id.example.gov.vn/idp"))
 *     .clientId("commune-portal")
 *     .clientKey(keyPair, "rp-key-1")
 *     .redirectUri(URI.create("https://xa.example.vn/login/callback"))
 *     .build();
 * LoginRequest req = login.start();          // redirect to req.authorizationUri(), keep req.state()
 * CitizenIdentity who = login.finish(callbackUri, req.state());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class OidcLogin implements AutoCloseable {

  private static final SafeLogger LOG = SafeLogger.of(OidcLogin.class);

  /** The longest a login may last between start and finish, unless configured shorter. */
  public static final Duration MAX_LOGIN_LIFETIME = Duration.ofMinutes(30);

  /** The largest clock skew that may be configured. */
  public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

  private final Builder config;
  private final String issuer;
  private final Http http;
  private final Clock clock;
  private final @Nullable DefaultDPoPProofFactory dpop;
  private final String dpopThumbprint;
  private final UsedStates usedStates;
  private volatile @Nullable Engine engine;

  /** What depends on the provider's metadata, resolved on first use. */
  private static final class Engine {
    final ProviderMetadata meta;
    final ProviderCalls calls;
    final @Nullable IdTokenVerifier verifier;

    Engine(ProviderMetadata meta, ProviderCalls calls, @Nullable IdTokenVerifier verifier) {
      this.meta = meta;
      this.calls = calls;
      this.verifier = verifier;
    }
  }

  private OidcLogin(Builder b) {
    this.config = b.copy();
    this.issuer = ProviderMetadata.stripSlash(Objects.requireNonNull(b.issuer).toString());
    this.clock = b.clock;
    this.http = new Http(b.timeout);
    this.usedStates = new UsedStates(clock, b.loginLifetime);
    if (b.profile == IdentityProfile.STRICT) {
      try {
        ECKey key =
            b.dpopKey != null
                ? new ECKey.Builder(Curve.P_256, (ECPublicKey) b.dpopKey.getPublic())
                    .privateKey((ECPrivateKey) b.dpopKey.getPrivate())
                    .build()
                : new ECKeyGenerator(Curve.P_256).generate();
        this.dpop = new DefaultDPoPProofFactory(key, JWSAlgorithm.ES256);
        this.dpopThumbprint = key.computeThumbprint().toString();
      } catch (JOSEException | ClassCastException e) {
        throw Failures.config("dpopKey", "needs an EC P-256 key pair");
      }
    } else {
      this.dpop = null;
      this.dpopThumbprint = "";
      LOG.warn(
          "identity profile {} for issuer {} is a DOWNGRADE from STRICT (no PAR, no DPoP, client"
              + " secret); use it only where the provider offers nothing stronger",
          b.profile,
          issuer);
    }
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
   * Returns the profile this relying party speaks.
   *
   * @return the profile
   * @since 0.1.0
   */
  public IdentityProfile profile() {
    return config.profile;
  }

  /**
   * Returns the issuer identifier of the provider.
   *
   * @return the issuer
   * @since 0.1.0
   */
  public String issuer() {
    return issuer;
  }

  /**
   * Starts a login.
   *
   * @return the authorization URI and the state to keep
   * @throws vn.lienthong.core.RemoteServiceException if discovery or the pushed authorization
   *     request fails
   * @throws vn.lienthong.core.ConfigurationException if the provider lacks what the profile needs
   * @since 0.1.0
   */
  public LoginRequest start() {
    return start(Map.of());
  }

  /**
   * Starts a login with extra authorization request parameters ({@code login_hint}, or a sandbox
   * persona for automated tests); they cannot replace the parameters the relying party sets.
   *
   * @param extraParameters extra parameters, name to value
   * @return the authorization URI and the state to keep
   * @throws vn.lienthong.core.RemoteServiceException if discovery or the pushed authorization
   *     request fails
   * @throws vn.lienthong.core.ConfigurationException if the provider lacks what the profile needs
   * @throws NullPointerException if {@code extraParameters} is null
   * @since 0.1.0
   */
  public LoginRequest start(Map<String, String> extraParameters) {
    Engine e = engine();
    String state = Randoms.token();
    String nonce = Randoms.token();
    CodeVerifier verifier = new CodeVerifier();
    Map<String, String> p = new LinkedHashMap<>(extraParameters);
    p.put("response_type", "code");
    p.put("client_id", config.clientId);
    p.put("redirect_uri", config.redirectUri.toString());
    p.put("scope", String.join(" ", config.scopes));
    p.put("state", state);
    p.put("nonce", nonce);
    p.put("code_challenge", CodeChallenge.compute(CodeChallengeMethod.S256, verifier).getValue());
    p.put("code_challenge_method", "S256");
    if (config.acrValues != null) {
      p.put("acr_values", config.acrValues);
    }
    URI authorize;
    if (config.profile == IdentityProfile.STRICT) {
      URI par = e.meta.parEndpoint();
      if (par == null) {
        throw Failures.config("issuer", "the provider offers no pushed authorization requests");
      }
      p.put("dpop_jkt", dpopThumbprint);
      String requestUri = e.calls.push(par, p);
      Map<String, String> q = new LinkedHashMap<>();
      q.put("client_id", config.clientId);
      q.put("request_uri", requestUri);
      authorize = withQuery(e.meta.authorizationEndpoint(), q);
    } else {
      authorize = withQuery(e.meta.authorizationEndpoint(), p);
    }
    LoginState kept =
        new LoginState(state, nonce, verifier.getValue(), dpopThumbprint, issuer, clock.instant());
    return new LoginRequest(authorize, kept);
  }

  /**
   * Finishes a login from the callback URI the browser requested.
   *
   * @param callback the full callback URI, with its query
   * @param kept the state kept since {@link #start()}
   * @return the identity
   * @throws vn.lienthong.core.InvalidInputException with an {@link IdentityErrorCode} if the
   *     callback, a token or a claim is rejected
   * @throws vn.lienthong.core.RemoteServiceException if the provider fails
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  public CitizenIdentity finish(URI callback, LoginState kept) {
    return ClaimMapping.citizen(complete(Callback.parse(callback), kept));
  }

  /**
   * Finishes a login from callback parameters a web framework decoded.
   *
   * @param callbackParameters the callback's query parameters
   * @param kept the state kept since {@link #start()}
   * @return the identity
   * @throws vn.lienthong.core.InvalidInputException with an {@link IdentityErrorCode} if the
   *     callback, a token or a claim is rejected
   * @throws vn.lienthong.core.RemoteServiceException if the provider fails
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  public CitizenIdentity finish(Map<String, List<String>> callbackParameters, LoginState kept) {
    return ClaimMapping.citizen(finishVerified(callbackParameters, kept));
  }

  /**
   * Finishes a login and returns the verified claims without mapping them to a citizen (officer
   * logins and custom claims use this).
   *
   * @param callbackParameters the callback's query parameters
   * @param kept the state kept since {@link #start()}
   * @return the verified login
   * @throws vn.lienthong.core.InvalidInputException with an {@link IdentityErrorCode} if the
   *     callback or a token is rejected
   * @throws vn.lienthong.core.RemoteServiceException if the provider fails
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  public VerifiedLogin finishVerified(
      Map<String, List<String>> callbackParameters, LoginState kept) {
    return complete(Callback.check(callbackParameters), kept);
  }

  /**
   * Finishes a login from the callback URI and returns the verified claims without mapping them.
   *
   * @param callback the full callback URI, with its query
   * @param kept the state kept since {@link #start()}
   * @return the verified login
   * @throws vn.lienthong.core.InvalidInputException with an {@link IdentityErrorCode} if the
   *     callback or a token is rejected
   * @throws vn.lienthong.core.RemoteServiceException if the provider fails
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  public VerifiedLogin finishVerified(URI callback, LoginState kept) {
    return complete(Callback.parse(callback), kept);
  }

  private VerifiedLogin complete(Map<String, String> cb, LoginState kept) {
    Objects.requireNonNull(kept, "kept");
    Engine e = engine();
    if (!issuer.equals(kept.issuer()) || !dpopThumbprint.equals(kept.dpopKeyThumbprint())) {
      throw Failures.input(
          IdentityErrorCode.LOGIN_STATE_INVALID, "state", "kept for another provider or DPoP key");
    }
    String state = cb.get("state");
    if (state == null
        || !MessageDigest.isEqual(
            state.getBytes(StandardCharsets.UTF_8),
            kept.state().getBytes(StandardCharsets.UTF_8))) {
      throw Failures.input(IdentityErrorCode.STATE_MISMATCH, ErrorDetails.field("state"));
    }
    if (kept.startedAt().plus(config.loginLifetime).isBefore(clock.instant())) {
      throw Failures.input(
          IdentityErrorCode.LOGIN_STATE_EXPIRED,
          ErrorDetails.field("state")
              .with("value", kept.startedAt())
              .with("limit", config.loginLifetime));
    }
    String iss = cb.get("iss");
    if (iss == null
        && (e.meta.issParameterSupported() || config.profile == IdentityProfile.STRICT)) {
      throw Failures.input(
          IdentityErrorCode.AUTHORIZATION_ISSUER_MISSING,
          ErrorDetails.field("iss").with("expected", issuer));
    }
    if (iss != null && !iss.equals(issuer)) {
      throw Failures.input(
          IdentityErrorCode.AUTHORIZATION_ISSUER_MISMATCH,
          ErrorDetails.field("iss").with("value", iss).with("expected", issuer));
    }
    if (!usedStates.markUsed(kept.state())) {
      throw Failures.input(
          IdentityErrorCode.CODE_REPLAYED, "code", "this callback was already processed");
    }
    if (cb.containsKey("error")) {
      throw Failures.input(
          IdentityErrorCode.AUTHORIZATION_DENIED,
          ErrorDetails.field("error")
              .with("value", cb.get("error"))
              .with("reason", cb.getOrDefault("error_description", "-")));
    }
    String code = cb.get("code");
    if (code == null || code.isEmpty()) {
      throw Failures.input(IdentityErrorCode.CALLBACK_MALFORMED, "code", "missing");
    }
    ProviderCalls.Tokens tokens =
        e.calls.redeem(e.meta.tokenEndpoint(), code, config.redirectUri, kept.codeVerifier());
    if (config.profile == IdentityProfile.STRICT && !ProviderCalls.isDpop(tokens)) {
      throw Failures.input(
          IdentityErrorCode.TOKEN_NOT_SENDER_CONSTRAINED,
          ErrorDetails.field("token_type").with("value", tokens.tokenType()));
    }
    Map<String, Object> claims = new HashMap<>();
    String subject = null;
    String idToken = tokens.idToken();
    if (idToken == null && config.profile == IdentityProfile.STRICT) {
      throw Failures.input(
          IdentityErrorCode.ID_TOKEN_MALFORMED,
          ErrorDetails.field(issuer).with("limit", 0).with("reason", "no id_token"));
    }
    if (idToken != null && e.verifier != null) {
      JWTClaimsSet c = e.verifier.verify(idToken, kept.nonce());
      claims.putAll(c.getClaims());
      subject = c.getSubject();
    }
    URI userInfo = e.meta.userInfoEndpoint();
    if (userInfo != null) {
      String body = e.calls.userInfo(userInfo, tokens);
      if (config.profile == IdentityProfile.VNEID_DIRECT) {
        body =
            VneidEnvelope.open(
                body, Objects.requireNonNull(config.envelopeKey).getPrivate(), "userinfo");
      }
      Map<String, Object> ui;
      try {
        ui = Json.parseObject(body);
      } catch (IllegalArgumentException ex) {
        throw Failures.remote(
            IdentityErrorCode.PROVIDER_RESPONSE_MALFORMED,
            ErrorDetails.field("userinfo").with("status", 200).with("reason", "not a JSON object"),
            200,
            null,
            null);
      }
      Object uiSub = ui.get("sub");
      if (subject != null && uiSub != null && !subject.equals(uiSub)) {
        throw Failures.input(
            IdentityErrorCode.USERINFO_SUBJECT_MISMATCH, ErrorDetails.field("sub"));
      }
      if (subject == null) {
        subject = uiSub instanceof String ? (String) uiSub : Json.optString(ui, "SoDinhDanh");
      }
      claims.putAll(ui);
    }
    if (subject == null) {
      throw ClaimMapping.invalid("sub", "required", "(none)");
    }
    checkAssurance(claims);
    claims.values().removeIf(Objects::isNull);
    return new VerifiedLogin(issuer, subject, config.profile, claims);
  }

  private void checkAssurance(Map<String, Object> claims) {
    AssuranceLevel min = config.minimumAssurance;
    if (min == null) {
      return;
    }
    Object acr = claims.containsKey("LoA") ? claims.get("LoA") : claims.get("acr");
    String value = acr instanceof String ? (String) acr : "(none)";
    if (!AssuranceLevel.fromAcr(value).map(l -> l.atLeast(min)).orElse(false)) {
      throw Failures.input(
          IdentityErrorCode.ASSURANCE_TOO_LOW,
          ErrorDetails.field("acr").with("value", value).with("expected", min.acr()));
    }
  }

  private Engine engine() {
    Engine e = engine;
    if (e == null) {
      synchronized (this) {
        e = engine;
        if (e == null) {
          e = resolve();
          engine = e;
        }
      }
    }
    return e;
  }

  private Engine resolve() {
    ProviderMetadata meta;
    if (config.authorizationEndpoint != null && config.tokenEndpoint != null) {
      meta =
          new ProviderMetadata(
              issuer,
              config.authorizationEndpoint,
              config.parEndpoint,
              config.tokenEndpoint,
              config.userInfoEndpoint,
              config.jwksUri,
              config.profile == IdentityProfile.STRICT);
    } else {
      meta = ProviderMetadata.discover(http, issuer);
      if (config.userInfoEndpoint != null || config.jwksUri != null) {
        meta =
            new ProviderMetadata(
                issuer,
                meta.authorizationEndpoint(),
                meta.parEndpoint(),
                meta.tokenEndpoint(),
                config.userInfoEndpoint != null ? config.userInfoEndpoint : meta.userInfoEndpoint(),
                config.jwksUri != null ? config.jwksUri : meta.jwksUri(),
                meta.issParameterSupported());
      }
    }
    URI jwksUri = meta.jwksUri();
    JwksCache jwks =
        jwksUri == null ? null : new JwksCache(http, jwksUri, clock, config.jwksRefreshInterval);
    boolean canVerify =
        jwks != null || config.idTokenAlgorithms.stream().anyMatch(a -> a.startsWith("HS"));
    if (config.profile == IdentityProfile.STRICT && jwks == null) {
      throw Failures.config("issuer", "the provider publishes no jwks_uri");
    }
    IdTokenVerifier verifier =
        canVerify
            ? new IdTokenVerifier(
                issuer,
                config.clientId,
                algorithms(config.idTokenAlgorithms),
                jwks,
                config.clientSecret,
                config.idTokenDecryptionKey,
                clock,
                config.clockSkew)
            : null;
    ClientAuth auth =
        new ClientAuth(
            config.clientId,
            issuer,
            config.clientKey,
            config.clientKeyId,
            config.clientSecret,
            clock);
    return new Engine(meta, new ProviderCalls(http, auth, dpop), verifier);
  }

  private static Set<JWSAlgorithm> algorithms(Set<String> names) {
    java.util.HashSet<JWSAlgorithm> out = new java.util.HashSet<>();
    for (String n : names) {
      out.add(JWSAlgorithm.parse(n));
    }
    return out;
  }

  private static URI withQuery(URI endpoint, Map<String, String> params) {
    String base = endpoint.toString();
    String sep = endpoint.getRawQuery() == null ? "?" : "&";
    return URI.create(base + sep + ProviderCalls.form(params));
  }

  /** Releases the HTTP client. */
  @Override
  public void close() {
    http.close();
  }

  /**
   * Returns the issuer and profile.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return "OidcLogin[" + issuer + ", " + config.profile + "]";
  }

  /**
   * Builds an {@link OidcLogin}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private IdentityProfile profile = IdentityProfile.STRICT;
    private @Nullable URI issuer;
    private @Nullable String clientIdOrNull;
    private String clientId = "";
    private @Nullable URI redirectUriOrNull;
    private URI redirectUri = URI.create("about:blank");
    private @Nullable KeyPair clientKey;
    private @Nullable String clientKeyId;
    private @Nullable String clientSecret;
    private @Nullable KeyPair idTokenDecryptionKey;
    private @Nullable KeyPair envelopeKey;
    private @Nullable KeyPair dpopKey;
    private @Nullable URI authorizationEndpoint;
    private @Nullable URI parEndpoint;
    private @Nullable URI tokenEndpoint;
    private @Nullable URI userInfoEndpoint;
    private @Nullable URI jwksUri;
    private List<String> scopes = List.of("openid");
    private @Nullable String acrValues;
    private boolean acrValuesSet;
    private @Nullable AssuranceLevel minimumAssurance;
    private Set<String> idTokenAlgorithms = Set.of();
    private Duration clockSkew = Duration.ofSeconds(60);
    private Duration loginLifetime = Duration.ofMinutes(10);
    private Duration timeout = Duration.ofSeconds(5);
    private Duration jwksRefreshInterval = Duration.ofSeconds(10);
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    private Builder copy() {
      Builder b = new Builder();
      b.profile = profile;
      b.issuer = issuer;
      b.clientId = clientId;
      b.redirectUri = redirectUri;
      b.clientKey = clientKey;
      b.clientKeyId = clientKeyId;
      b.clientSecret = clientSecret;
      b.idTokenDecryptionKey = idTokenDecryptionKey;
      b.envelopeKey = envelopeKey;
      b.dpopKey = dpopKey;
      b.authorizationEndpoint = authorizationEndpoint;
      b.parEndpoint = parEndpoint;
      b.tokenEndpoint = tokenEndpoint;
      b.userInfoEndpoint = userInfoEndpoint;
      b.jwksUri = jwksUri;
      b.scopes = scopes;
      b.acrValues = acrValues;
      b.minimumAssurance = minimumAssurance;
      b.idTokenAlgorithms = idTokenAlgorithms;
      b.clockSkew = clockSkew;
      b.loginLifetime = loginLifetime;
      b.timeout = timeout;
      b.jwksRefreshInterval = jwksRefreshInterval;
      b.clock = clock;
      return b;
    }

    /**
     * Sets the profile (default {@link IdentityProfile#STRICT}); a weaker one is logged as a
     * downgrade.
     *
     * @param profile the profile
     * @return this builder
     * @since 0.1.0
     */
    public Builder profile(IdentityProfile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /**
     * Sets the provider's issuer identifier (required); discovery is fetched below it unless the
     * authorization and token endpoints are set explicitly.
     *
     * @param issuer the issuer, HTTPS (plain HTTP only on loopback)
     * @return this builder
     * @since 0.1.0
     */
    public Builder issuer(URI issuer) {
      this.issuer = Objects.requireNonNull(issuer, "issuer");
      return this;
    }

    /**
     * Sets the client id registered at the provider (required).
     *
     * @param clientId the client id
     * @return this builder
     * @since 0.1.0
     */
    public Builder clientId(String clientId) {
      this.clientIdOrNull = Objects.requireNonNull(clientId, "clientId");
      return this;
    }

    /**
     * Sets the redirect URI registered at the provider (required).
     *
     * @param redirectUri the callback address
     * @return this builder
     * @since 0.1.0
     */
    public Builder redirectUri(URI redirectUri) {
      this.redirectUriOrNull = Objects.requireNonNull(redirectUri, "redirectUri");
      return this;
    }

    /**
     * Sets the key for {@code private_key_jwt} client authentication (required for STRICT): EC
     * P-256 (signs ES256) or RSA of 2048 bits or more (signs PS256).
     *
     * @param keyPair the key pair whose public key is registered at the provider
     * @param keyId the key id registered with it
     * @return this builder
     * @since 0.1.0
     */
    public Builder clientKey(KeyPair keyPair, String keyId) {
      this.clientKey = Objects.requireNonNull(keyPair, "keyPair");
      this.clientKeyId = Objects.requireNonNull(keyId, "keyId");
      return this;
    }

    /**
     * Sets the client secret (required for the national profiles, refused for STRICT).
     *
     * @param clientSecret the secret
     * @return this builder
     * @since 0.1.0
     */
    public Builder clientSecret(String clientSecret) {
      this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
      return this;
    }

    /**
     * Sets the key encrypted ID tokens are addressed to; when set, unencrypted ID tokens are
     * refused. RSA (RSA-OAEP-256) or EC P-256 (ECDH-ES+A256KW), content A256GCM.
     *
     * @param keyPair the key pair whose public key is registered at the provider
     * @return this builder
     * @since 0.1.0
     */
    public Builder idTokenDecryptionKey(KeyPair keyPair) {
      this.idTokenDecryptionKey = Objects.requireNonNull(keyPair, "keyPair");
      return this;
    }

    /**
     * Sets the RSA key the VNeID userinfo envelope is encrypted to (required for VNEID_DIRECT).
     *
     * @param keyPair the RSA key pair registered at VNeID
     * @return this builder
     * @since 0.1.0
     */
    public Builder envelopeKey(KeyPair keyPair) {
      this.envelopeKey = Objects.requireNonNull(keyPair, "keyPair");
      return this;
    }

    /**
     * Sets the EC P-256 key DPoP proofs are signed with; by default each relying party generates
     * one. Set it when several nodes must share the reference kept in {@link LoginState}.
     *
     * @param keyPair an EC P-256 key pair
     * @return this builder
     * @since 0.1.0
     */
    public Builder dpopKey(KeyPair keyPair) {
      this.dpopKey = Objects.requireNonNull(keyPair, "keyPair");
      return this;
    }

    /**
     * Sets the endpoints explicitly instead of discovering them (the portal publishes no discovery
     * document).
     *
     * @param authorization the authorization endpoint
     * @param token the token endpoint
     * @param userInfo the userinfo endpoint, or null
     * @return this builder
     * @since 0.1.0
     */
    public Builder endpoints(URI authorization, URI token, @Nullable URI userInfo) {
      this.authorizationEndpoint = Objects.requireNonNull(authorization, "authorization");
      this.tokenEndpoint = Objects.requireNonNull(token, "token");
      this.userInfoEndpoint = userInfo;
      return this;
    }

    /**
     * Sets the pushed authorization request endpoint when endpoints are explicit.
     *
     * @param par the PAR endpoint
     * @return this builder
     * @since 0.1.0
     */
    public Builder parEndpoint(URI par) {
      this.parEndpoint = Objects.requireNonNull(par, "par");
      return this;
    }

    /**
     * Sets the provider's JWKS address explicitly.
     *
     * @param jwksUri the JWKS address
     * @return this builder
     * @since 0.1.0
     */
    public Builder jwksUri(URI jwksUri) {
      this.jwksUri = Objects.requireNonNull(jwksUri, "jwksUri");
      return this;
    }

    /**
     * Sets the scopes (default {@code openid}; {@code openid} is always included).
     *
     * @param scopes the scopes
     * @return this builder
     * @since 0.1.0
     */
    public Builder scopes(String... scopes) {
      java.util.LinkedHashSet<String> s = new java.util.LinkedHashSet<>();
      s.add("openid");
      s.addAll(List.of(scopes));
      this.scopes = List.copyOf(s);
      return this;
    }

    /**
     * Sets the {@code acr_values} requested (default none; {@code LoA1} for NPSP_SSO).
     *
     * @param acrValues the value, space-separated levels
     * @return this builder
     * @since 0.1.0
     */
    public Builder acrValues(String acrValues) {
      this.acrValues = Objects.requireNonNull(acrValues, "acrValues");
      this.acrValuesSet = true;
      return this;
    }

    /**
     * Sets the lowest assurance level accepted (default: any).
     *
     * @param minimum the level
     * @return this builder
     * @since 0.1.0
     */
    public Builder minimumAssurance(AssuranceLevel minimum) {
      this.minimumAssurance = Objects.requireNonNull(minimum, "minimum");
      return this;
    }

    /**
     * Sets the accepted ID token signature algorithms (default ES256 and PS256 for STRICT; RS256,
     * ES256, PS256 for the national profiles). {@code none} is never accepted; HMAC only with a
     * client secret and never for STRICT.
     *
     * @param algorithms algorithm names such as {@code ES256}
     * @return this builder
     * @since 0.1.0
     */
    public Builder idTokenAlgorithms(String... algorithms) {
      this.idTokenAlgorithms = Set.of(algorithms);
      return this;
    }

    /**
     * Sets the allowed clock skew for token times (default 60 s, at most {@link #MAX_CLOCK_SKEW}).
     *
     * @param skew the skew
     * @return this builder
     * @since 0.1.0
     */
    public Builder clockSkew(Duration skew) {
      this.clockSkew = Objects.requireNonNull(skew, "skew");
      return this;
    }

    /**
     * Sets how long a login may take between start and finish (default 10 minutes, at most {@link
     * #MAX_LOGIN_LIFETIME}).
     *
     * @param lifetime the lifetime
     * @return this builder
     * @since 0.1.0
     */
    public Builder loginLifetime(Duration lifetime) {
      this.loginLifetime = Objects.requireNonNull(lifetime, "lifetime");
      return this;
    }

    /**
     * Sets the deadline of each call to the provider: connect, headers and body (default 5 s).
     *
     * @param timeout the deadline
     * @return this builder
     * @since 0.1.0
     */
    public Builder timeout(Duration timeout) {
      this.timeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * Sets the least time between two key set fetches caused by an unknown {@code kid} (default 10
     * s).
     *
     * @param interval the interval
     * @return this builder
     * @since 0.1.0
     */
    public Builder jwksRefreshInterval(Duration interval) {
      this.jwksRefreshInterval = Objects.requireNonNull(interval, "interval");
      return this;
    }

    /**
     * Sets the clock (tests).
     *
     * @param clock the clock
     * @return this builder
     * @since 0.1.0
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the relying party; it contacts the provider only on first use.
     *
     * @return the relying party
     * @throws IllegalStateException if issuer, client id or redirect URI is missing
     * @throws vn.lienthong.core.ConfigurationException if the settings do not fit the profile or
     *     are unsafe
     * @since 0.1.0
     */
    public OidcLogin build() {
      if (issuer == null) {
        throw new IllegalStateException("issuer required");
      }
      if (clientIdOrNull == null) {
        throw new IllegalStateException("clientId required");
      }
      if (redirectUriOrNull == null) {
        throw new IllegalStateException("redirectUri required");
      }
      clientId = clientIdOrNull;
      redirectUri = redirectUriOrNull;
      check("issuer", issuer);
      for (URI u :
          new URI[] {
            authorizationEndpoint, parEndpoint, tokenEndpoint, userInfoEndpoint, jwksUri
          }) {
        if (u != null) {
          check("endpoint", u);
        }
      }
      if (clockSkew.isNegative() || clockSkew.compareTo(MAX_CLOCK_SKEW) > 0) {
        throw Failures.config("clockSkew", "between 0 and " + MAX_CLOCK_SKEW);
      }
      if (loginLifetime.isNegative()
          || loginLifetime.isZero()
          || loginLifetime.compareTo(MAX_LOGIN_LIFETIME) > 0) {
        throw Failures.config("loginLifetime", "between 0 and " + MAX_LOGIN_LIFETIME);
      }
      if (timeout.isNegative() || timeout.isZero()) {
        throw Failures.config("timeout", "must be positive");
      }
      if (idTokenAlgorithms.contains("none")) {
        throw Failures.config("idTokenAlgorithms", "alg none is never accepted");
      }
      if (profile == IdentityProfile.STRICT) {
        strictChecks();
      } else {
        if (clientSecret == null) {
          throw Failures.config("clientSecret", profile + " authenticates with a client secret");
        }
        if (profile == IdentityProfile.VNEID_DIRECT
            && (envelopeKey == null || !(envelopeKey.getPrivate() instanceof RSAPrivateKey))) {
          throw Failures.config("envelopeKey", "VNEID_DIRECT needs the registered RSA key pair");
        }
        if (idTokenAlgorithms.isEmpty()) {
          idTokenAlgorithms = Set.of("RS256", "ES256", "PS256");
        }
        if (profile == IdentityProfile.NPSP_SSO && !acrValuesSet) {
          acrValues = "LoA1";
        }
      }
      if (clientKey != null) {
        checkKey("clientKey", clientKey);
      }
      if (idTokenDecryptionKey != null) {
        checkKey("idTokenDecryptionKey", idTokenDecryptionKey);
      }
      return new OidcLogin(this);
    }

    private void strictChecks() {
      if (clientKey == null) {
        throw Failures.config("clientKey", "STRICT authenticates with private_key_jwt");
      }
      if (clientSecret != null) {
        throw Failures.config("clientSecret", "STRICT never uses a client secret");
      }
      if (idTokenAlgorithms.isEmpty()) {
        idTokenAlgorithms = Set.of("ES256", "PS256");
      }
      for (String a : idTokenAlgorithms) {
        if (!Set.of("ES256", "ES384", "ES512", "PS256", "PS384", "PS512").contains(a)) {
          throw Failures.config("idTokenAlgorithms", a + " is not allowed by FAPI 2.0");
        }
      }
    }

    private static void check(String name, URI u) {
      try {
        Endpoints.requireSecure(u, name);
      } catch (IllegalArgumentException e) {
        throw Failures.config(name, e.getMessage());
      }
    }

    private static void checkKey(String name, KeyPair k) {
      if (k.getPublic() instanceof RSAPublicKey) {
        if (((RSAPublicKey) k.getPublic()).getModulus().bitLength() < 2048) {
          throw Failures.config(name, "RSA keys need 2048 bits or more");
        }
      } else if (!(k.getPublic() instanceof ECPublicKey)) {
        throw Failures.config(name, "RSA or EC keys only");
      }
    }
  }
}
