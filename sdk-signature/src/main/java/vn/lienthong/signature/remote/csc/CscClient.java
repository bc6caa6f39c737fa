package vn.lienthong.signature.remote.csc;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.RemoteServiceException;
import vn.lienthong.signature.DigestAlgorithm;
import vn.lienthong.signature.SignatureAlgorithm;
import vn.lienthong.signature.SignatureErrorCode;
import vn.lienthong.signature.internal.remote.AlgorithmOids;
import vn.lienthong.signature.internal.remote.Json;
import vn.lienthong.signature.internal.remote.RemoteHttp;

/**
 * A client of a Cloud Signature Consortium API v2 service: JSON over HTTPS (plain HTTP on loopback
 * only), a timeout on every call, a cap on answer sizes, no PIN, SAD, token or secret in any
 * exception.
 *
 * <p>The service access token is either given by the caller or obtained with the OAuth 2.0 client
 * credentials grant and kept until shortly before it expires. Instances are thread-safe; create one
 * per service and reuse it, and close it when done.
 *
 * <pre>{@code
 * try (CscClient csc = CscClient.builder(URI.create("https://csc.example.vn/csc/v2/"))
 *     .accessToken(token).build()) {
 *   CscCredential credential = csc.credential(csc.credentialIds().get(0));
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CscClient implements AutoCloseable {

  /** The default cap on an answer's size, in bytes (1 MiB). */
  public static final int DEFAULT_MAX_RESPONSE_BYTES = 1 << 20;

  /** The largest answer cap a builder accepts, in bytes (16 MiB). */
  public static final int MAX_RESPONSE_BYTES = 16 << 20;

  /** The most hashes one call signs. */
  public static final int MAX_HASHES = 1000;

  /** The default timeout of one call. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  private static final Duration TOKEN_MARGIN = Duration.ofSeconds(30);

  private final URI base;
  private final URI tokenEndpoint;
  private final URI authorizeEndpoint;
  private final @Nullable String fixedToken;
  private final @Nullable String clientId;
  private final char @Nullable [] clientSecret;
  private final RemoteHttp http;
  private final Clock clock;
  private @Nullable String cachedToken;
  private Instant cachedUntil = Instant.MIN;

  private CscClient(Builder b) {
    this.base = b.base;
    this.tokenEndpoint = b.tokenEndpoint != null ? b.tokenEndpoint : b.base.resolve("oauth2/token");
    this.authorizeEndpoint =
        b.authorizeEndpoint != null ? b.authorizeEndpoint : b.base.resolve("oauth2/authorize");
    RemoteHttp.checkEndpoint(tokenEndpoint, "tokenEndpoint");
    RemoteHttp.checkEndpoint(authorizeEndpoint, "authorizeEndpoint");
    this.fixedToken = b.accessToken;
    this.clientId = b.clientId;
    this.clientSecret = b.clientSecret;
    this.clock = b.clock;
    this.http = new RemoteHttp(b.timeout, b.maxResponseBytes);
  }

  /**
   * Starts a builder for the service at a base URL such as {@code https://host/csc/v2/}.
   *
   * @param baseUri the base URL; method names are resolved against it
   * @return the builder
   * @throws vn.lienthong.core.ConfigurationException if the URL is not HTTPS or loopback HTTP
   *     ({@code LT-SIG-0517})
   * @throws NullPointerException if the URL is null
   */
  public static Builder builder(URI baseUri) {
    return new Builder(baseUri);
  }

  /**
   * Calls {@code info}.
   *
   * @return what the service says about itself
   * @throws RemoteServiceException if the call fails
   */
  public CscInfo info() {
    RemoteHttp.Answer a = call("info", Map.of("lang", "vi"), null);
    return new CscInfo(
        a.string("specs"),
        Objects.requireNonNullElse(Json.optString(a.json(), "name"), ""),
        optStrings(a, "authType"),
        optStrings(a, "methods"));
  }

  /**
   * Calls {@code credentials/list}.
   *
   * @return the ids of the credentials the token's user holds
   * @throws RemoteServiceException if the call fails
   */
  public List<String> credentialIds() {
    RemoteHttp.Answer a = call("credentials/list", Map.of("maxResults", 100), token());
    return Json.strings(a.uri(), a.status(), a.json(), "credentialIDs");
  }

  /**
   * Calls {@code credentials/info} with the certificate chain and authorisation details.
   *
   * @param credentialId the credential id
   * @return the credential
   * @throws RemoteServiceException {@code LT-SIG-0511} if the service does not know it, or if the
   *     call fails
   */
  public CscCredential credential(String credentialId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("credentialID", credentialId);
    body.put("certificates", "chain");
    body.put("certInfo", false);
    body.put("authInfo", true);
    RemoteHttp.Answer a = call("credentials/info", body, token());
    Map<String, Object> key = Json.object(a.json(), "key");
    Map<String, Object> cert = Json.object(a.json(), "cert");
    if (key == null || cert == null) {
      throw RemoteHttp.invalid(a.uri(), a.status(), "member key or cert missing");
    }
    String len = Json.optString(key, "len");
    String multisign = Json.optString(a.json(), "multisign");
    return new CscCredential(
        credentialId,
        Json.chain(a.uri(), a.status(), Json.strings(a.uri(), a.status(), cert, "certificates")),
        Json.strings(a.uri(), a.status(), key, "algo"),
        len == null ? 0 : parseInt(a, len),
        Objects.requireNonNullElse(Json.optString(a.json(), "authMode"), "implicit"),
        Objects.requireNonNullElse(Json.optString(a.json(), "SCAL"), "1"),
        multisign == null ? 1 : Math.max(1, parseInt(a, multisign)));
  }

  /**
   * Calls {@code credentials/authorize} for these hashes with the signer's PIN and/or OTP (none for
   * an implicit credential).
   *
   * @param credentialId the credential id
   * @param hashes the hashes the SAD will cover
   * @param digest their hash algorithm
   * @param secrets the PIN/OTP (not cleared here)
   * @return the SAD and its expiry
   * @throws RemoteServiceException {@code LT-SIG-0513} if the PIN/OTP is refused, or if the call
   *     fails
   */
  public CscAuthorization authorize(
      String credentialId, List<byte[]> hashes, DigestAlgorithm digest, CscSecrets secrets) {
    checkHashes(hashes, digest);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("credentialID", credentialId);
    body.put("numSignatures", hashes.size());
    body.put("hashes", base64(hashes));
    body.put("hashAlgorithmOID", digest.oid());
    List<Map<String, String>> authData = new ArrayList<>();
    if (secrets.pin() != null) {
      authData.add(Map.of("id", "PIN", "value", new String(secrets.pin())));
    }
    if (secrets.otp() != null) {
      authData.add(Map.of("id", "OTP", "value", new String(secrets.otp())));
    }
    if (!authData.isEmpty()) {
      body.put("authData", authData);
    }
    RemoteHttp.Answer a = call("credentials/authorize", body, token());
    String expiresIn = Json.optString(a.json(), "expiresIn");
    long seconds = expiresIn == null ? 3600 : parseInt(a, expiresIn);
    return new CscAuthorization(a.string("SAD"), clock.instant().plusSeconds(seconds), false);
  }

  /**
   * Builds the {@code oauth2/authorize} URL of the {@code credential} scope for these hashes: send
   * the signer's browser there; the service redirects back with a code for {@link
   * #exchangeCredentialCode(String, URI)}.
   *
   * @param credentialId the credential id
   * @param hashes the hashes the authorisation will cover
   * @param digest their hash algorithm
   * @param redirectUri where the service sends the browser back
   * @param state an unguessable value the application checks on return
   * @return the URL
   * @throws IllegalStateException if the client has no client id
   */
  public URI credentialAuthorizationUrl(
      String credentialId,
      List<byte[]> hashes,
      DigestAlgorithm digest,
      URI redirectUri,
      String state) {
    checkHashes(hashes, digest);
    if (clientId == null) {
      throw new IllegalStateException("clientCredentials(...) not configured");
    }
    StringJoiner hashList = new StringJoiner(",");
    for (byte[] h : hashes) {
      hashList.add(Base64.getUrlEncoder().withoutPadding().encodeToString(h));
    }
    Map<String, String> q = new LinkedHashMap<>();
    q.put("response_type", "code");
    q.put("client_id", clientId);
    q.put("redirect_uri", redirectUri.toString());
    q.put("scope", "credential");
    q.put("credentialID", credentialId);
    q.put("numSignatures", Integer.toString(hashes.size()));
    q.put("hashes", hashList.toString());
    q.put("hashAlgorithmOID", digest.oid());
    q.put("state", state);
    String sep = authorizeEndpoint.getRawQuery() == null ? "?" : "&";
    return URI.create(authorizeEndpoint + sep + form(q));
  }

  /**
   * Exchanges the code of the {@code credential} scope flow for a credential token.
   *
   * @param code the code from the redirect
   * @param redirectUri the redirect URI given to {@link #credentialAuthorizationUrl}
   * @return the authorisation, a credential token
   * @throws IllegalStateException if the client has no client credentials
   * @throws RemoteServiceException if the exchange fails
   */
  public CscAuthorization exchangeCredentialCode(String code, URI redirectUri) {
    if (clientId == null || clientSecret == null) {
      throw new IllegalStateException("clientCredentials(...) not configured");
    }
    Map<String, String> q = new LinkedHashMap<>();
    q.put("grant_type", "authorization_code");
    q.put("code", code);
    q.put("client_id", clientId);
    q.put("client_secret", new String(clientSecret));
    q.put("redirect_uri", redirectUri.toString());
    RemoteHttp.Answer a = tokenCall(q);
    return new CscAuthorization(
        a.string("access_token"), clock.instant().plusSeconds(expiresIn(a)), true);
  }

  /**
   * Calls {@code signatures/signHash}.
   *
   * @param credentialId the credential id
   * @param authorization the SAD or credential token covering these hashes
   * @param hashes the hashes, each made with {@code algorithm.digest()}
   * @param algorithm the signature algorithm
   * @return one value per hash, in order, as the service returned it (ECDSA may be raw {@code r ||
   *     s})
   * @throws RemoteServiceException {@code LT-SIG-0512} if the SAD expired or was refused, {@code
   *     LT-SIG-0515} if the number of values is wrong, or if the call fails
   */
  public List<byte[]> signHash(
      String credentialId,
      CscAuthorization authorization,
      List<byte[]> hashes,
      SignatureAlgorithm algorithm) {
    checkHashes(hashes, algorithm.digest());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("credentialID", credentialId);
    if (!authorization.credentialToken()) {
      body.put("SAD", authorization.value());
    }
    body.put("hashes", base64(hashes));
    body.put("hashAlgorithmOID", algorithm.digest().oid());
    body.put("signAlgo", AlgorithmOids.signature(algorithm));
    if (algorithm.pss()) {
      body.put("signAlgoParams", AlgorithmOids.pssParameters(algorithm));
    }
    String bearer = authorization.credentialToken() ? authorization.value() : token();
    RemoteHttp.Answer a;
    try {
      a = call("signatures/signHash", body, bearer);
    } catch (RemoteServiceException e) {
      if (authorization.credentialToken()
          && e.errorCode() == SignatureErrorCode.REMOTE_UNAUTHORISED) {
        throw remote(
            SignatureErrorCode.REMOTE_AUTHORISATION_EXPIRED,
            e.statusCode(),
            credentialId,
            "credential token refused",
            e.remoteCode().orElse(null));
      }
      throw e;
    }
    List<String> values = Json.strings(a.uri(), a.status(), a.json(), "signatures");
    if (values.size() != hashes.size()) {
      throw RemoteHttp.invalid(a.uri(), a.status(), "expected " + hashes.size() + " signatures");
    }
    List<byte[]> out = new ArrayList<>(values.size());
    for (String v : values) {
      out.add(Json.base64(a.uri(), a.status(), v, "signature"));
    }
    return out;
  }

  /** Shuts the client's HTTP threads down and forgets the cached token. */
  @Override
  public void close() {
    synchronized (this) {
      cachedToken = null;
    }
    http.close();
  }

  /**
   * Describes the client by its base URL.
   *
   * @return a text for logs
   */
  @Override
  public String toString() {
    return "CscClient[" + RemoteHttp.describe(base) + "]";
  }

  private synchronized @Nullable String token() {
    if (fixedToken != null) {
      return fixedToken;
    }
    if (clientId == null || clientSecret == null) {
      return null;
    }
    Instant now = clock.instant();
    if (cachedToken != null && now.plus(TOKEN_MARGIN).isBefore(cachedUntil)) {
      return cachedToken;
    }
    Map<String, String> q = new LinkedHashMap<>();
    q.put("grant_type", "client_credentials");
    q.put("client_id", clientId);
    q.put("client_secret", new String(clientSecret));
    RemoteHttp.Answer a = tokenCall(q);
    cachedToken = a.string("access_token");
    cachedUntil = now.plusSeconds(expiresIn(a));
    return cachedToken;
  }

  private RemoteHttp.Answer tokenCall(Map<String, String> form) {
    RemoteHttp.Answer a =
        http.post(
            tokenEndpoint,
            "application/x-www-form-urlencoded",
            form(form).getBytes(StandardCharsets.UTF_8),
            null);
    if (a.status() != 200) {
      throw failure(a, "");
    }
    return a;
  }

  private static long expiresIn(RemoteHttp.Answer a) {
    String e = Json.optString(a.json(), "expires_in");
    return e == null ? 3600 : parseInt(a, e);
  }

  private RemoteHttp.Answer call(String method, Map<String, ?> body, @Nullable String bearer) {
    Object id = body.get("credentialID");
    RemoteHttp.Answer a = http.postJson(base.resolve(method), body, bearer);
    if (a.status() != 200) {
      throw failure(a, id == null ? "" : id.toString());
    }
    return a;
  }

  /** Maps a CSC error answer ({@code error}, {@code error_description}) to a typed exception. */
  private static RemoteServiceException failure(RemoteHttp.Answer a, String credentialId) {
    String error = Objects.requireNonNullElse(Json.optString(a.json(), "error"), "");
    String description =
        Objects.requireNonNullElse(Json.optString(a.json(), "error_description"), "")
            .toLowerCase(Locale.ROOT);
    String remoteCode = error.isEmpty() ? null : error;
    if (a.status() == 401 || error.equals("invalid_client") || error.equals("invalid_token")) {
      return new RemoteServiceException(
          SignatureErrorCode.REMOTE_UNAUTHORISED,
          ErrorDetails.none()
              .with("endpoint", RemoteHttp.describe(a.uri()))
              .with("status", Integer.toString(a.status())),
          a.status(),
          null,
          remoteCode,
          null);
    }
    if (description.contains("sad")) {
      return remote(
          SignatureErrorCode.REMOTE_AUTHORISATION_EXPIRED,
          a.status(),
          credentialId,
          "SAD",
          remoteCode);
    }
    if (description.contains("credentialid") || a.status() == 404) {
      return remote(
          SignatureErrorCode.REMOTE_CREDENTIAL_NOT_FOUND,
          a.status(),
          credentialId,
          "credentialID",
          remoteCode);
    }
    if (error.equals("access_denied")
        || description.contains("pin")
        || description.contains("otp")
        || description.contains("disabled")
        || description.contains("refused")) {
      return new RemoteServiceException(
          SignatureErrorCode.REMOTE_SIGNER_REFUSED,
          ErrorDetails.none()
              .with("endpoint", RemoteHttp.describe(a.uri()))
              .with("reason", error.isEmpty() ? "HTTP " + a.status() : error),
          a.status(),
          null,
          remoteCode,
          null);
    }
    return RemoteHttp.invalid(
        a.uri(), a.status(), "HTTP " + a.status() + (error.isEmpty() ? "" : " " + error));
  }

  private static RemoteServiceException remote(
      ErrorCode code, int status, String credentialId, String reason, @Nullable String remoteCode) {
    return new RemoteServiceException(
        code,
        ErrorDetails.field("credentialID")
            .rule("signature.remote.csc")
            .rejectedValue(credentialId)
            .with("reason", reason),
        status,
        null,
        remoteCode,
        null);
  }

  private static int parseInt(RemoteHttp.Answer a, String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw RemoteHttp.invalid(a.uri(), a.status(), "not a number: " + text.length() + " chars");
    }
  }

  private static List<String> optStrings(RemoteHttp.Answer a, String name) {
    return Json.array(a.json(), name) == null
        ? List.of()
        : Json.strings(a.uri(), a.status(), a.json(), name);
  }

  private static List<String> base64(List<byte[]> hashes) {
    List<String> out = new ArrayList<>(hashes.size());
    for (byte[] h : hashes) {
      out.add(Base64.getEncoder().encodeToString(h));
    }
    return out;
  }

  private static void checkHashes(List<byte[]> hashes, DigestAlgorithm digest) {
    if (hashes.isEmpty() || hashes.size() > MAX_HASHES) {
      throw new IllegalArgumentException("between 1 and " + MAX_HASHES + " hashes");
    }
    for (byte[] h : hashes) {
      if (h.length != digest.length()) {
        throw new IllegalArgumentException("hash length does not fit " + digest);
      }
    }
  }

  private static String form(Map<String, String> fields) {
    StringJoiner j = new StringJoiner("&");
    fields.forEach(
        (k, v) ->
            j.add(
                URLEncoder.encode(k, StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return j.toString();
  }

  /**
   * Builds a {@link CscClient}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final URI base;
    private @Nullable URI tokenEndpoint;
    private @Nullable URI authorizeEndpoint;
    private @Nullable String accessToken;
    private @Nullable String clientId;
    private char @Nullable [] clientSecret;
    private Duration timeout = DEFAULT_TIMEOUT;
    private int maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private Clock clock = Clock.systemUTC();

    private Builder(URI base) {
      String s = Objects.requireNonNull(base, "baseUri").toString();
      this.base = RemoteHttp.checkEndpoint(s.endsWith("/") ? base : URI.create(s + "/"), "baseUri");
    }

    /**
     * Uses an access token the caller obtained (for instance by the OAuth 2.0 {@code service}
     * scope).
     *
     * @param accessToken the token
     * @return this builder
     */
    public Builder accessToken(String accessToken) {
      this.accessToken = Objects.requireNonNull(accessToken, "accessToken");
      return this;
    }

    /**
     * Obtains access tokens with the OAuth 2.0 client credentials grant (and uses these credentials
     * for the {@code credential} scope code exchange).
     *
     * @param clientId the client id
     * @param clientSecret the client secret (copied)
     * @return this builder
     */
    public Builder clientCredentials(String clientId, char[] clientSecret) {
      this.clientId = Objects.requireNonNull(clientId, "clientId");
      this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret").clone();
      return this;
    }

    /**
     * Sets the OAuth 2.0 token endpoint (default {@code oauth2/token} under the base URL).
     *
     * @param tokenEndpoint the endpoint
     * @return this builder
     */
    public Builder tokenEndpoint(URI tokenEndpoint) {
      this.tokenEndpoint = Objects.requireNonNull(tokenEndpoint, "tokenEndpoint");
      return this;
    }

    /**
     * Sets the OAuth 2.0 authorisation endpoint (default {@code oauth2/authorize} under the base
     * URL).
     *
     * @param authorizeEndpoint the endpoint
     * @return this builder
     */
    public Builder authorizeEndpoint(URI authorizeEndpoint) {
      this.authorizeEndpoint = Objects.requireNonNull(authorizeEndpoint, "authorizeEndpoint");
      return this;
    }

    /**
     * Sets the timeout of each call (default {@link #DEFAULT_TIMEOUT}).
     *
     * @param timeout a positive duration
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder timeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive");
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Sets the cap on an answer's size (default {@link #DEFAULT_MAX_RESPONSE_BYTES}).
     *
     * @param maxResponseBytes between 1 KiB and {@link #MAX_RESPONSE_BYTES}
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxResponseBytes(int maxResponseBytes) {
      if (maxResponseBytes < 1024 || maxResponseBytes > MAX_RESPONSE_BYTES) {
        throw new IllegalArgumentException("maxResponseBytes out of range");
      }
      this.maxResponseBytes = maxResponseBytes;
      return this;
    }

    /**
     * Sets the clock used for token and SAD expiry (tests).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws vn.lienthong.core.ConfigurationException if an endpoint is insecure ({@code
     *     LT-SIG-0517})
     */
    public CscClient build() {
      return new CscClient(this);
    }
  }
}
