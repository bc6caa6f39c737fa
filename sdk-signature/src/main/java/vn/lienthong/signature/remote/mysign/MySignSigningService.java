package vn.lienthong.signature.remote.mysign;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.RemoteServiceException;
import vn.lienthong.core.privacy.Masking;
import vn.lienthong.signature.SignatureAlgorithm;
import vn.lienthong.signature.SignatureErrorCode;
import vn.lienthong.signature.external.RemoteSigningService;
import vn.lienthong.signature.internal.keys.ExternalValues;
import vn.lienthong.signature.internal.remote.AlgorithmOids;
import vn.lienthong.signature.internal.remote.Json;
import vn.lienthong.signature.internal.remote.MySignProtocol;
import vn.lienthong.signature.internal.remote.Polling;
import vn.lienthong.signature.internal.remote.RemoteErrors;
import vn.lienthong.signature.internal.remote.RemoteHttp;

/**
 * <b>Preview.</b> A {@link RemoteSigningService} for Viettel MySign, built from request and
 * response shapes observed in public integration guides; not certified by the provider. It logs in
 * for the signer ({@code vtss/service/ras/v1/login}, a per-user token kept until shortly before it
 * expires and renewed once on 401), reads the credential ({@code certificates/info}), sends hashes
 * ({@code signHash} with {@code async=1}, which asks the signer to confirm in the MySign app) and
 * polls {@code requests/status} with growing pauses until the signer confirms or the confirmation
 * timeout passes. RSA PKCS#1 v1.5 with SHA-256, SHA-384 or SHA-512.
 *
 * <p>Instances are thread-safe; create one per signer and reuse it, and close it when done.
 *
 * <pre>{@code
 * try (MySignSigningService mySign = MySignSigningService.builder(
 *         URI.create("https://remotesigning.viettel.vn/"))
 *     .client(clientId, clientSecret).userId(userId).build()) {
 *   byte[] p7s = CadesSigner.create().sign(content, parameters, mySign.signingKey());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class MySignSigningService implements RemoteSigningService, AutoCloseable {

  /** The most hashes one transaction carries. */
  public static final int MAX_HASHES = 100;

  /** The cap on an answer's size, in bytes (1 MiB). */
  public static final int MAX_RESPONSE_BYTES = 1 << 20;

  private static final Duration TOKEN_MARGIN = Duration.ofSeconds(60);

  private final URI base;
  private final String clientId;
  private final char[] clientSecret;
  private final String profileId;
  private final String userId;
  private final String description;
  private final Duration confirmationTimeout;
  private final Duration pollInterval;
  private final Duration maxPollInterval;
  private final Clock clock = Clock.systemUTC();
  private final RemoteHttp http;
  private final MySignProtocol.Credential credential;
  private @Nullable String token;
  private Instant tokenUntil = Instant.MIN;

  private MySignSigningService(Builder b, String clientId, char[] secret, String userId) {
    this.base = b.base;
    this.clientId = clientId;
    this.clientSecret = secret;
    this.profileId = b.profileId;
    this.userId = userId;
    this.description = b.description;
    this.confirmationTimeout = b.confirmationTimeout;
    this.pollInterval = b.pollInterval;
    this.maxPollInterval = b.maxPollInterval;
    this.http = new RemoteHttp(b.timeout, MAX_RESPONSE_BYTES);
    try {
      this.credential = lookUp(b.credentialId);
    } catch (RuntimeException e) {
      http.close();
      throw e;
    }
  }

  /**
   * Starts a builder for the service at a base URL such as {@code
   * https://remotesigning.viettel.vn/}.
   *
   * @param baseUri the base URL
   * @return the builder
   * @throws vn.lienthong.core.ConfigurationException if it is not HTTPS or loopback HTTP ({@code
   *     LT-SIG-0517})
   */
  public static Builder builder(URI baseUri) {
    return new Builder(baseUri);
  }

  private Map<String, Object> loginFields() {
    return MySignProtocol.login(clientId, clientSecret, profileId, userId);
  }

  private synchronized String token(boolean renew) {
    Instant now = clock.instant();
    if (!renew && token != null && now.plus(TOKEN_MARGIN).isBefore(tokenUntil)) {
      return token;
    }
    RemoteHttp.Answer a =
        MySignProtocol.checked(
            http.postJson(base.resolve(MySignProtocol.PATH_LOGIN), loginFields(), null), null);
    Map.Entry<String, Long> t = MySignProtocol.token(a);
    token = t.getKey();
    tokenUntil = now.plusSeconds(t.getValue());
    return token;
  }

  /** Calls with the token; on 401 logs in again once. */
  private RemoteHttp.Answer call(String path, Map<String, Object> body, @Nullable String tx) {
    URI uri = base.resolve(path);
    try {
      return MySignProtocol.checked(http.postJson(uri, body, token(false)), tx);
    } catch (RemoteServiceException e) {
      if (e.errorCode() != SignatureErrorCode.REMOTE_UNAUTHORISED) {
        throw e;
      }
      return MySignProtocol.checked(http.postJson(uri, body, token(true)), tx);
    }
  }

  private MySignProtocol.Credential lookUp(@Nullable String credentialId) {
    RemoteHttp.Answer a =
        call(MySignProtocol.PATH_CERTIFICATES, MySignProtocol.certificates(loginFields()), null);
    List<?> items = Json.array(a.json(), RemoteHttp.ARRAY);
    if (items == null) {
      throw RemoteHttp.invalid(a.uri(), a.status(), "expected an array of credentials");
    }
    for (MySignProtocol.Credential c : MySignProtocol.credentials(a, items)) {
      if (credentialId == null || c.id().equals(credentialId)) {
        return c;
      }
    }
    throw RemoteErrors.credentialNotFound(
        credentialId == null ? "userId" : "credentialId",
        credentialId == null ? Masking.keepLast(userId, 3) : credentialId);
  }

  /**
   * Returns the id of the credential in use.
   *
   * @return the id
   */
  public String credentialId() {
    return credential.id();
  }

  /**
   * {@inheritDoc}
   *
   * @return the chain read when the service was built
   */
  @Override
  public List<X509Certificate> certificateChain() {
    return credential.chain();
  }

  /**
   * {@inheritDoc}
   *
   * @param hashes {@inheritDoc}
   * @param algorithm an RSA PKCS#1 v1.5 algorithm
   * @return {@inheritDoc}
   * @throws RemoteServiceException {@code LT-SIG-0518} for another algorithm, {@code LT-SIG-0513}
   *     if the signer refused, {@code LT-SIG-0516} if the signer did not confirm in time, or
   *     another remote signing code
   * @throws IllegalArgumentException if there are no hashes or more than {@link #MAX_HASHES}
   */
  @Override
  public List<byte[]> signHashes(List<byte[]> hashes, SignatureAlgorithm algorithm) {
    List<byte[]> copy = List.copyOf(hashes);
    if (copy.isEmpty() || copy.size() > MAX_HASHES) {
      throw new IllegalArgumentException("between 1 and " + MAX_HASHES + " hashes");
    }
    if (algorithm.keyType() != SignatureAlgorithm.KeyType.RSA || algorithm.pss()) {
      throw RemoteErrors.unsupported(
          credential.id(), algorithm, "RSA_SHA256, RSA_SHA384, RSA_SHA512");
    }
    RemoteHttp.Answer a =
        call(
            MySignProtocol.PATH_SIGN_HASH,
            MySignProtocol.signHash(
                clientId,
                clientSecret,
                credential.id(),
                description,
                copy,
                algorithm.digest().oid(),
                AlgorithmOids.RSA),
            null);
    String tx = MySignProtocol.transactionId(a);
    List<byte[]> values;
    if (tx == null) {
      values = MySignProtocol.values(a, copy.size());
    } else {
      values =
          Polling.until(
              tx,
              confirmationTimeout,
              pollInterval,
              maxPollInterval,
              () ->
                  MySignProtocol.poll(
                      callRaw(MySignProtocol.PATH_STATUS, MySignProtocol.status(tx)),
                      tx,
                      copy.size()));
    }
    X509Certificate cert = credential.chain().get(0);
    List<byte[]> out = new ArrayList<>(values.size());
    for (byte[] v : values) {
      out.add(ExternalValues.jcaForm(algorithm, cert, v));
    }
    return out;
  }

  private RemoteHttp.Answer callRaw(String path, Map<String, Object> body) {
    return http.postJson(base.resolve(path), body, token(false));
  }

  /** Shuts the HTTP threads down and overwrites the client secret. */
  @Override
  public void close() {
    http.close();
    synchronized (this) {
      token = null;
    }
    Arrays.fill(clientSecret, '\0');
  }

  /**
   * Describes the service by endpoint and masked user id.
   *
   * @return a text for logs
   */
  @Override
  public String toString() {
    return "MySignSigningService["
        + RemoteHttp.describe(base)
        + ", "
        + Masking.keepLast(userId, 3)
        + "]";
  }

  /**
   * Builds a {@link MySignSigningService}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final URI base;
    private @Nullable String clientId;
    private char @Nullable [] clientSecret;
    private String profileId = MySignProtocol.DEFAULT_PROFILE;
    private @Nullable String userId;
    private @Nullable String credentialId;
    private String description = "Ký số văn bản";
    private Duration timeout = Duration.ofSeconds(30);
    private Duration confirmationTimeout = Duration.ofMinutes(2);
    private Duration pollInterval = Duration.ofSeconds(2);
    private Duration maxPollInterval = Duration.ofSeconds(10);

    private Builder(URI base) {
      String s = Objects.requireNonNull(base, "baseUri").toString();
      this.base = RemoteHttp.checkEndpoint(s.endsWith("/") ? base : URI.create(s + "/"), "baseUri");
    }

    /**
     * Sets the client credentials Viettel issues to the integrating system.
     *
     * @param clientId the client id
     * @param clientSecret the client secret (copied)
     * @return this builder
     */
    public Builder client(String clientId, char[] clientSecret) {
      this.clientId = Objects.requireNonNull(clientId, "clientId");
      this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret").clone();
      return this;
    }

    /**
     * Sets the profile id (default {@code adss:ras:profile:001}, as the guides show).
     *
     * @param profileId the profile id
     * @return this builder
     */
    public Builder profileId(String profileId) {
      this.profileId = Objects.requireNonNull(profileId, "profileId");
      return this;
    }

    /**
     * Sets the signer's MySign user id.
     *
     * @param userId the user id
     * @return this builder
     */
    public Builder userId(String userId) {
      this.userId = Objects.requireNonNull(userId, "userId");
      return this;
    }

    /**
     * Chooses the credential by id (default: the first one listed).
     *
     * @param credentialId the credential id
     * @return this builder
     */
    public Builder credentialId(String credentialId) {
      this.credentialId = Objects.requireNonNull(credentialId, "credentialId");
      return this;
    }

    /**
     * Sets the text shown on the signer's phone (default "Ký số văn bản"; sent base64-encoded).
     *
     * @param description the text
     * @return this builder
     */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * Sets the timeout of each HTTP call (default 30 s).
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      this.timeout = positive(timeout);
      return this;
    }

    /**
     * Sets how long to wait for the signer's confirmation (default 2 min).
     *
     * @param confirmationTimeout a positive duration
     * @return this builder
     */
    public Builder confirmationTimeout(Duration confirmationTimeout) {
      this.confirmationTimeout = positive(confirmationTimeout);
      return this;
    }

    /**
     * Sets the first and the longest pause between status calls (default 2 s and 10 s).
     *
     * @param first the first pause
     * @param longest the longest pause
     * @return this builder
     */
    public Builder pollInterval(Duration first, Duration longest) {
      this.pollInterval = positive(first);
      this.maxPollInterval = positive(longest);
      return this;
    }

    /**
     * Logs in, reads the credential and builds the service.
     *
     * @return the service
     * @throws IllegalStateException if the client or user id is missing
     * @throws RemoteServiceException {@code LT-SIG-0511} if no credential matches, {@code
     *     LT-SIG-0510} if the login is refused, or if a call fails
     */
    public MySignSigningService build() {
      if (clientId == null || clientSecret == null || userId == null) {
        throw new IllegalStateException("client(...) and userId(...) are required");
      }
      return new MySignSigningService(this, clientId, clientSecret.clone(), userId);
    }

    private static Duration positive(Duration d) {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("duration must be positive");
      }
      return d;
    }
  }
}
