package vn.lienthong.signature.timestamp;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.LienThongException;
import vn.lienthong.core.RemoteServiceException;
import vn.lienthong.signature.DigestAlgorithm;
import vn.lienthong.signature.SignatureErrorCode;
import vn.lienthong.signature.internal.TimestampCheck;
import vn.lienthong.signature.internal.trust.HttpFetch;
import vn.lienthong.signature.trust.CertificateVerifier;

/**
 * An RFC 3161 timestamp client over HTTP: sends a TimeStampReq with a random nonce and asks for the
 * TSA certificate, then checks the answer before returning it: status granted, nonce and message
 * imprint echoed, the token's signature, the TSA certificate's critical id-kp-timeStamping usage
 * and, when a {@link CertificateVerifier} is set, the TSA certificate's chain.
 *
 * <p>Answers are capped at {@link #MAX_RESPONSE_BYTES}; each call has a timeout (10 s by default).
 * Instances are immutable and thread-safe; create one and reuse it.
 *
 * <pre>{@code
 * TimestampClient tsa =
 *     TimestampClient.builder()
 *         .uri(URI.create("http://tsa.example.vn/tsa"))
 *         .certificateVerifier(verifier)
 *         .build();
 * byte[] token = tsa.timestamp(digest, DigestAlgorithm.SHA256);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class TimestampClient implements TimestampSource {

  /** The largest timestamp response accepted, in bytes. */
  public static final int MAX_RESPONSE_BYTES = 256 * 1024;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final URI uri;
  private final @Nullable String policy;
  private final @Nullable CertificateVerifier verifier;
  private final HttpFetch http;

  private TimestampClient(Builder b) {
    this.uri = Objects.requireNonNull(b.uri);
    this.policy = b.policy;
    this.verifier = b.verifier;
    this.http = new HttpFetch(b.timeout);
  }

  /**
   * Starts a client.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the timestamp authority's URL.
   *
   * @return the URL
   */
  public URI uri() {
    return uri;
  }

  @Override
  public byte[] timestamp(byte[] digest, DigestAlgorithm algorithm) {
    Objects.requireNonNull(digest, "digest");
    Objects.requireNonNull(algorithm, "algorithm");
    TimeStampRequestGenerator g = new TimeStampRequestGenerator();
    g.setCertReq(true);
    if (policy != null) {
      g.setReqPolicy(new ASN1ObjectIdentifier(policy));
    }
    BigInteger nonce = new BigInteger(63, RANDOM);
    TimeStampRequest request =
        g.generate(new ASN1ObjectIdentifier(algorithm.oid()), digest.clone(), nonce);
    byte[] answer;
    try {
      answer =
          http.fetch(uri, request.getEncoded(), "application/timestamp-query", MAX_RESPONSE_BYTES);
    } catch (IOException e) {
      int status = e instanceof HttpFetch.HttpStatusException h ? h.status() : 0;
      throw new RemoteServiceException(
          SignatureErrorCode.TIMESTAMP_UNAVAILABLE,
          ErrorDetails.field("timestampUri")
              .rejectedValue(uri.toString())
              .with(
                  "reason", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()),
          status,
          null,
          null,
          e);
    }
    TimeStampResponse response;
    try {
      response = new TimeStampResponse(answer);
    } catch (TSPException | IOException | RuntimeException e) {
      throw rejected("malformed response");
    }
    if (response.getStatus() > 1 || response.getTimeStampToken() == null) {
      throw rejected(
          "status "
              + response.getStatus()
              + (response.getStatusString() == null ? "" : " " + response.getStatusString()));
    }
    try {
      response.validate(request);
    } catch (TSPException | RuntimeException e) {
      throw invalid("the answer does not match the request: " + e.getMessage());
    }
    byte[] token;
    try {
      token = response.getTimeStampToken().getEncoded();
    } catch (IOException e) {
      throw invalid("token not encodable");
    }
    List<X509Certificate> anchors = verifier == null ? List.of() : verifier.anchorCertificates();
    TimestampCheck.Result r = TimestampCheck.verify(token, digest, algorithm, anchors, verifier);
    if (!r.valid()) {
      throw invalid(r.reason());
    }
    return token;
  }

  private LienThongException rejected(String reason) {
    return new RemoteServiceException(
        SignatureErrorCode.TIMESTAMP_REJECTED,
        ErrorDetails.field("timestampUri").rejectedValue(uri.toString()).with("reason", reason),
        200,
        null,
        null,
        null);
  }

  private LienThongException invalid(String reason) {
    return new RemoteServiceException(
        SignatureErrorCode.TIMESTAMP_INVALID,
        ErrorDetails.field("timestampUri").rejectedValue(uri.toString()).with("reason", reason),
        200,
        null,
        null,
        null);
  }

  @Override
  public String toString() {
    return "TimestampClient[" + uri + "]";
  }

  /**
   * Builds {@link TimestampClient}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable URI uri;
    private @Nullable String policy;
    private @Nullable CertificateVerifier verifier;
    private Duration timeout = Duration.ofSeconds(10);

    private Builder() {}

    /**
     * Sets the timestamp authority's URL (required).
     *
     * @param uri an http or https URL
     * @return this builder
     * @throws IllegalArgumentException if the scheme is not http or https
     * @throws NullPointerException if the argument is null
     */
    public Builder uri(URI uri) {
      String scheme = String.valueOf(uri.getScheme());
      if (!scheme.equals("http") && !scheme.equals("https")) {
        throw new IllegalArgumentException("timestamp URI must be http or https");
      }
      this.uri = uri;
      return this;
    }

    /**
     * Asks for a timestamp policy (an OID); none by default.
     *
     * @param oid the policy OID, such as {@code 1.2.3.4}
     * @return this builder
     * @throws IllegalArgumentException if not an OID
     */
    public Builder policy(String oid) {
      if (!oid.matches("[0-2](\\.[0-9]+)+")) {
        throw new IllegalArgumentException("not an OID: " + oid);
      }
      this.policy = oid;
      return this;
    }

    /**
     * Checks the TSA certificate's chain with this verifier (its trust anchors and revocation).
     *
     * @param verifier the verifier
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder certificateVerifier(CertificateVerifier verifier) {
      this.verifier = Objects.requireNonNull(verifier, "verifier");
      return this;
    }

    /**
     * Sets the connect and request timeout (10 s by default).
     *
     * @param timeout a positive duration of at most a minute
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder timeout(Duration timeout) {
      if (timeout.isNegative()
          || timeout.isZero()
          || timeout.compareTo(Duration.ofMinutes(1)) > 0) {
        throw new IllegalArgumentException("timeout must be in (0, 1 min]");
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws IllegalStateException if no URI was given
     */
    public TimestampClient build() {
      if (uri == null) {
        throw new IllegalStateException("uri required");
      }
      return new TimestampClient(this);
    }
  }
}
