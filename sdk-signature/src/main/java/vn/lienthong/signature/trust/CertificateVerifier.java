package vn.lienthong.signature.trust;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.lienthong.signature.internal.trust.ChainVerification;
import vn.lienthong.signature.internal.trust.HttpFetch;
import vn.lienthong.signature.internal.trust.RevocationChecks;

/**
 * Verifies signers' certificates: builds a chain to the configured trust anchors, checks validity
 * periods (at a past time when a timestamp proves the signature existed then) and revocation by
 * OCSP and CRL.
 *
 * <p>Revocation sources, in order: OCSP responses and CRLs embedded in the signature, CRLs given to
 * the builder, answers cached from earlier calls (until their next update, at most {@link
 * Builder#maxCacheAge}), then, when {@link Builder#online} (the default), the OCSP responder and
 * CRL distribution points named by the certificate, with a {@link Builder#timeout} and size caps.
 * Only certificates that already chain to an anchor are checked online, so the URLs come from a
 * trusted CA. Fetching missing CA certificates from the AIA caIssuers URL of an untrusted
 * certificate is off by default ({@link Builder#aiaFetching}). Delta and indirect CRLs are not
 * supported.
 *
 * <p>Give a verifier to a validator's builder ({@code certificateVerifier(...)}) to check
 * revocation; a validator given only trust anchors does not, and says so in every report. Instances
 * are immutable and thread-safe (the cache is concurrent); create one and reuse it.
 *
 * <pre>{@code
 * CertificateVerifier verifier =
 *     CertificateVerifier.builder()
 *         .trustAnchors(TrustAnchors.vgca(Path.of("vgca.pem")))
 *         .timeout(Duration.ofSeconds(5))
 *         .build();
 * CertificateVerification v = verifier.verify(certificate, List.of(intermediate));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CertificateVerifier {

  private final List<TrustAnchors> trustAnchors;
  private final ChainVerification engine;
  private final Clock clock;
  private final Builder settings;

  private CertificateVerifier(Builder b) {
    this.settings = b.copy();
    this.trustAnchors = List.copyOf(b.trustAnchors);
    Map<X509Certificate, String> sets = new LinkedHashMap<>();
    for (TrustAnchors t : b.trustAnchors) {
      for (X509Certificate c : t.certificates()) {
        sets.putIfAbsent(c, t.name());
      }
    }
    HttpFetch http = new HttpFetch(b.timeout);
    RevocationChecks revocation =
        b.revocation
            ? new RevocationChecks(b.ocsp, b.crl, b.online, b.crls, http, b.maxCacheAge)
            : null;
    this.engine =
        new ChainVerification(sets, revocation, b.revocationRequired, b.aiaFetching, http);
    this.clock = b.clock;
  }

  /**
   * Starts a verifier.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder with this verifier's settings, to derive a variant (the cache is not shared).
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return settings.copy();
  }

  /**
   * Returns a verifier with the same settings and one more trust anchor set.
   *
   * @param anchors the set to add
   * @return a new verifier
   * @throws NullPointerException if the argument is null
   */
  public CertificateVerifier withAnchors(TrustAnchors anchors) {
    return toBuilder().trustAnchors(anchors).build();
  }

  /**
   * Returns the trust anchor sets.
   *
   * @return the unmodifiable sets, in the order given
   */
  public List<TrustAnchors> trustAnchors() {
    return trustAnchors;
  }

  /**
   * Returns every anchor certificate of every set.
   *
   * @return the certificates
   */
  public List<X509Certificate> anchorCertificates() {
    List<X509Certificate> all = new ArrayList<>();
    for (TrustAnchors t : trustAnchors) {
      all.addAll(t.certificates());
    }
    return all;
  }

  /**
   * Tells whether this verifier checks revocation.
   *
   * @return false when built with {@code revocation(false)}
   */
  public boolean checksRevocation() {
    return engine.checksRevocation();
  }

  /**
   * Verifies a certificate now, for a signature made now.
   *
   * @param certificate the certificate
   * @param otherCertificates intermediate CA certificates that may complete the chain
   * @return the result
   * @throws NullPointerException if an argument is null
   */
  public CertificateVerification verify(
      X509Certificate certificate, Collection<X509Certificate> otherCertificates) {
    Instant now = clock.instant();
    return verify(certificate, otherCertificates, RevocationData.NONE, now, false, now);
  }

  /**
   * Verifies a certificate for a signature of a given time, with the signature's embedded
   * revocation data.
   *
   * @param certificate the certificate
   * @param otherCertificates intermediate CA certificates that may complete the chain
   * @param embedded OCSP responses and CRLs found in the signature
   * @param signatureTime the best signature time: a timestamp's time, else the claimed time
   * @param timeProven whether a verified timestamp proves the signature existed at that time
   * @param validationTime the time of validation (now, usually)
   * @return the result
   * @throws NullPointerException if an argument is null
   */
  public CertificateVerification verify(
      X509Certificate certificate,
      Collection<X509Certificate> otherCertificates,
      RevocationData embedded,
      Instant signatureTime,
      boolean timeProven,
      Instant validationTime) {
    Objects.requireNonNull(certificate, "certificate");
    Objects.requireNonNull(embedded, "embedded");
    Objects.requireNonNull(signatureTime, "signatureTime");
    Objects.requireNonNull(validationTime, "validationTime");
    return engine.verify(
        certificate,
        List.copyOf(otherCertificates),
        embedded,
        signatureTime,
        timeProven,
        validationTime);
  }

  @Override
  public String toString() {
    List<String> names = new ArrayList<>();
    for (TrustAnchors t : trustAnchors) {
      names.add(t.name());
    }
    return "CertificateVerifier[" + names + ", revocation=" + checksRevocation() + "]";
  }

  /**
   * Builds {@link CertificateVerifier}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final List<TrustAnchors> trustAnchors = new ArrayList<>();
    private final List<X509CRL> crls = new ArrayList<>();
    private boolean revocation = true;
    private boolean ocsp = true;
    private boolean crl = true;
    private boolean online = true;
    private boolean revocationRequired = true;
    private boolean aiaFetching;
    private Duration timeout = Duration.ofSeconds(5);
    private Duration maxCacheAge = Duration.ofHours(1);
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    private Builder copy() {
      Builder b = new Builder();
      b.trustAnchors.addAll(trustAnchors);
      b.crls.addAll(crls);
      b.revocation = revocation;
      b.ocsp = ocsp;
      b.crl = crl;
      b.online = online;
      b.revocationRequired = revocationRequired;
      b.aiaFetching = aiaFetching;
      b.timeout = timeout;
      b.maxCacheAge = maxCacheAge;
      b.clock = clock;
      return b;
    }

    /**
     * Adds a trust anchor set; call once per set (VGCA, NEAC...).
     *
     * @param anchors the set
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder trustAnchors(TrustAnchors anchors) {
      trustAnchors.add(Objects.requireNonNull(anchors, "anchors"));
      return this;
    }

    /**
     * Turns revocation checking on (the default) or off.
     *
     * @param enabled whether to check revocation
     * @return this builder
     */
    public Builder revocation(boolean enabled) {
      this.revocation = enabled;
      return this;
    }

    /**
     * Uses OCSP (the default) or not.
     *
     * @param enabled whether to use OCSP
     * @return this builder
     */
    public Builder ocsp(boolean enabled) {
      this.ocsp = enabled;
      return this;
    }

    /**
     * Uses CRLs (the default) or not.
     *
     * @param enabled whether to use CRLs
     * @return this builder
     */
    public Builder crl(boolean enabled) {
      this.crl = enabled;
      return this;
    }

    /**
     * Fetches OCSP answers and CRLs over the network (the default), or uses only embedded, given
     * and cached information.
     *
     * @param enabled whether to go online
     * @return this builder
     */
    public Builder online(boolean enabled) {
      this.online = enabled;
      return this;
    }

    /**
     * Makes a missing revocation status an INDETERMINATE result (TRY_LATER, the default), or only a
     * note that revocation was not checked.
     *
     * @param required whether a status is required
     * @return this builder
     */
    public Builder revocationRequired(boolean required) {
      this.revocationRequired = required;
      return this;
    }

    /**
     * Fetches missing CA certificates from the AIA caIssuers URL (off by default: the URL comes
     * from a certificate not yet trusted).
     *
     * @param enabled whether to fetch
     * @return this builder
     */
    public Builder aiaFetching(boolean enabled) {
      this.aiaFetching = enabled;
      return this;
    }

    /**
     * Adds CRLs obtained out of band (downloaded by an operator, for offline networks).
     *
     * @param crls the CRLs
     * @return this builder
     * @throws NullPointerException if the collection or an element is null
     */
    public Builder crls(Collection<X509CRL> crls) {
      for (X509CRL c : crls) {
        this.crls.add(Objects.requireNonNull(c, "crl"));
      }
      return this;
    }

    /**
     * Sets the connect and request timeout of each network call (5 s by default).
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
     * Sets how long a fetched OCSP answer or CRL is reused at most (1 h by default; a CRL is never
     * reused past its next update).
     *
     * @param age a duration, zero to disable the cache
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder maxCacheAge(Duration age) {
      if (age.isNegative()) {
        throw new IllegalArgumentException("maxCacheAge must not be negative");
      }
      this.maxCacheAge = age;
      return this;
    }

    /**
     * Sets the clock giving the validation time for {@link #verify(X509Certificate, Collection)}.
     *
     * @param clock the clock
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the verifier.
     *
     * @return the verifier
     * @throws IllegalStateException if no trust anchor set was given
     */
    public CertificateVerifier build() {
      if (trustAnchors.isEmpty()) {
        throw new IllegalStateException("trustAnchors required");
      }
      return new CertificateVerifier(this);
    }
  }
}
