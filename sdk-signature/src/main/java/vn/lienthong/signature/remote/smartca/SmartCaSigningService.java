package vn.lienthong.signature.remote.smartca;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.privacy.Masking;
import vn.lienthong.signature.SignatureAlgorithm;
import vn.lienthong.signature.external.RemoteSigningService;
import vn.lienthong.signature.internal.keys.ExternalValues;
import vn.lienthong.signature.internal.remote.Polling;
import vn.lienthong.signature.internal.remote.RemoteErrors;
import vn.lienthong.signature.internal.remote.RemoteHttp;
import vn.lienthong.signature.internal.remote.SmartCaProtocol;

/**
 * <b>Preview.</b> A {@link RemoteSigningService} for VNPT SmartCA, built from request and response
 * shapes observed in public integration guides; not certified by the provider. It looks the
 * signer's certificate up ({@code credentials/get_certificate}), sends hashes ({@code
 * signatures/sign}, which asks the signer to confirm in the SmartCA app) and polls the transaction
 * ({@code signatures/sign/{id}/status}) with growing pauses until the signer confirms or the
 * confirmation timeout passes. RSA PKCS#1 v1.5 with SHA-256 only.
 *
 * <p>Instances are thread-safe; create one per signer and reuse it, and close it when done.
 *
 * <pre>{@code
 * try (SmartCaSigningService smartCa = SmartCaSigningService.builder(
 *         URI.create("https://gwsca.vnpt.vn/sca/sp769/v1/"))
 *     .servicePartner(spId, spPassword).userId(cccd).build()) {
 *   byte[] p7s = CadesSigner.create().sign(content, parameters, smartCa.signingKey());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SmartCaSigningService implements RemoteSigningService, AutoCloseable {

  /** The most hashes one transaction carries. */
  public static final int MAX_HASHES = 100;

  /** The default cap on an answer's size, in bytes (1 MiB). */
  public static final int MAX_RESPONSE_BYTES = 1 << 20;

  private final URI base;
  private final String spId;
  private final char[] spPassword;
  private final String userId;
  private final String description;
  private final Duration confirmationTimeout;
  private final Duration pollInterval;
  private final Duration maxPollInterval;
  private final RemoteHttp http;
  private final SmartCaProtocol.Certificate certificate;

  private SmartCaSigningService(Builder b, String spId, char[] spPassword, String userId) {
    this.base = b.base;
    this.spId = spId;
    this.spPassword = spPassword;
    this.userId = userId;
    this.description = b.description;
    this.confirmationTimeout = b.confirmationTimeout;
    this.pollInterval = b.pollInterval;
    this.maxPollInterval = b.maxPollInterval;
    this.http = new RemoteHttp(b.timeout, MAX_RESPONSE_BYTES);
    try {
      this.certificate = lookUp(b.serialNumber);
    } catch (RuntimeException e) {
      http.close();
      throw e;
    }
  }

  /**
   * Starts a builder for the service at a base URL such as {@code
   * https://gwsca.vnpt.vn/sca/sp769/v1/}.
   *
   * @param baseUri the base URL
   * @return the builder
   * @throws vn.lienthong.core.ConfigurationException if it is not HTTPS or loopback HTTP ({@code
   *     LT-SIG-0517})
   */
  public static Builder builder(URI baseUri) {
    return new Builder(baseUri);
  }

  private SmartCaProtocol.Certificate lookUp(@Nullable String serialNumber) {
    URI uri = base.resolve(SmartCaProtocol.PATH_CERTIFICATE);
    RemoteHttp.Answer a =
        http.postJson(
            uri,
            SmartCaProtocol.certificateRequest(
                SmartCaProtocol.partner(spId, spPassword, userId),
                serialNumber,
                UUID.randomUUID().toString()),
            null);
    List<SmartCaProtocol.Certificate> certs =
        SmartCaProtocol.certificates(a, SmartCaProtocol.data(a, null));
    for (SmartCaProtocol.Certificate c : certs) {
      if (serialNumber == null || c.serialNumber().equalsIgnoreCase(serialNumber)) {
        return c;
      }
    }
    throw RemoteErrors.credentialNotFound(
        serialNumber == null ? "userId" : "serialNumber",
        serialNumber == null ? Masking.keepLast(userId, 3) : serialNumber);
  }

  /**
   * Returns the serial number of the certificate in use, as SmartCA gives it.
   *
   * @return the serial
   */
  public String serialNumber() {
    return certificate.serialNumber();
  }

  /**
   * {@inheritDoc}
   *
   * @return the chain read when the service was built
   */
  @Override
  public List<X509Certificate> certificateChain() {
    return certificate.chain();
  }

  /**
   * {@inheritDoc}
   *
   * @param hashes {@inheritDoc}
   * @param algorithm {@link SignatureAlgorithm#RSA_SHA256}
   * @return {@inheritDoc}
   * @throws vn.lienthong.core.RemoteServiceException {@code LT-SIG-0518} for another algorithm,
   *     {@code LT-SIG-0513} if the signer refused, {@code LT-SIG-0516} if the signer did not
   *     confirm in time, or another remote signing code
   * @throws IllegalArgumentException if there are no hashes or more than {@link #MAX_HASHES}
   */
  @Override
  public List<byte[]> signHashes(List<byte[]> hashes, SignatureAlgorithm algorithm) {
    List<byte[]> copy = List.copyOf(hashes);
    if (copy.isEmpty() || copy.size() > MAX_HASHES) {
      throw new IllegalArgumentException("between 1 and " + MAX_HASHES + " hashes");
    }
    if (algorithm != SignatureAlgorithm.RSA_SHA256) {
      throw RemoteErrors.unsupported(certificate.serialNumber(), algorithm, "RSA_SHA256");
    }
    String sent = UUID.randomUUID().toString();
    URI signUri = base.resolve(SmartCaProtocol.PATH_SIGN);
    RemoteHttp.Answer a =
        http.postJson(
            signUri,
            SmartCaProtocol.signRequest(
                SmartCaProtocol.partner(spId, spPassword, userId),
                certificate.serialNumber(),
                sent,
                description,
                copy),
            null);
    String tx = SmartCaProtocol.transactionId(a, SmartCaProtocol.data(a, sent), sent);
    URI statusUri = SmartCaProtocol.statusUri(base, tx);
    List<byte[]> values =
        Polling.until(
            tx,
            confirmationTimeout,
            pollInterval,
            maxPollInterval,
            () -> {
              RemoteHttp.Answer s = http.postJson(statusUri, java.util.Map.of(), null);
              return SmartCaProtocol.signatures(s, SmartCaProtocol.data(s, tx), copy.size());
            });
    X509Certificate cert = certificate.chain().get(0);
    List<byte[]> out = new ArrayList<>(values.size());
    for (byte[] v : values) {
      out.add(ExternalValues.jcaForm(algorithm, cert, v));
    }
    return out;
  }

  /** Shuts the HTTP threads down and overwrites the partner password. */
  @Override
  public void close() {
    http.close();
    java.util.Arrays.fill(spPassword, '\0');
  }

  /**
   * Describes the service by endpoint and masked user id.
   *
   * @return a text for logs
   */
  @Override
  public String toString() {
    return "SmartCaSigningService["
        + RemoteHttp.describe(base)
        + ", "
        + Masking.keepLast(userId, 3)
        + "]";
  }

  /**
   * Builds a {@link SmartCaSigningService}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final URI base;
    private @Nullable String spId;
    private char @Nullable [] spPassword;
    private @Nullable String userId;
    private @Nullable String serialNumber;
    private String description = "Ký số văn bản";
    private Duration timeout = Duration.ofSeconds(30);
    private Duration confirmationTimeout = Duration.ofMinutes(3);
    private Duration pollInterval = Duration.ofSeconds(2);
    private Duration maxPollInterval = Duration.ofSeconds(10);

    private Builder(URI base) {
      String s = Objects.requireNonNull(base, "baseUri").toString();
      this.base = RemoteHttp.checkEndpoint(s.endsWith("/") ? base : URI.create(s + "/"), "baseUri");
    }

    /**
     * Sets the service partner credentials VNPT issues to the integrating system.
     *
     * @param spId the partner id ({@code sp_id})
     * @param spPassword the partner password ({@code sp_password}; copied)
     * @return this builder
     */
    public Builder servicePartner(String spId, char[] spPassword) {
      this.spId = Objects.requireNonNull(spId, "spId");
      this.spPassword = Objects.requireNonNull(spPassword, "spPassword").clone();
      return this;
    }

    /**
     * Sets the signer's SmartCA user id (usually the citizen identity number).
     *
     * @param userId the user id
     * @return this builder
     */
    public Builder userId(String userId) {
      this.userId = Objects.requireNonNull(userId, "userId");
      return this;
    }

    /**
     * Chooses the certificate by serial number (default: the first one listed).
     *
     * @param serialNumber the serial as SmartCA gives it
     * @return this builder
     */
    public Builder serialNumber(String serialNumber) {
      this.serialNumber = Objects.requireNonNull(serialNumber, "serialNumber");
      return this;
    }

    /**
     * Sets the text shown on the signer's phone (default "Ký số văn bản").
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
     * Sets how long to wait for the signer's confirmation (default 3 min).
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
     * Looks the certificate up and builds the service.
     *
     * @return the service
     * @throws IllegalStateException if the partner or user id is missing
     * @throws vn.lienthong.core.RemoteServiceException {@code LT-SIG-0511} if no certificate
     *     matches, {@code LT-SIG-0510} if the partner credentials are refused, or if the call fails
     */
    public SmartCaSigningService build() {
      if (spId == null || spPassword == null || userId == null) {
        throw new IllegalStateException("servicePartner(...) and userId(...) are required");
      }
      return new SmartCaSigningService(this, spId, spPassword.clone(), userId);
    }

    private static Duration positive(Duration d) {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("duration must be positive");
      }
      return d;
    }
  }
}
