package vn.lienthong.conformance.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.Objects;
import vn.lienthong.conformance.ConformanceErrorCode;
import vn.lienthong.conformance.internal.report.PerRunKey;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.LienThongException;
import vn.lienthong.signature.Pkcs12SigningKey;
import vn.lienthong.signature.SignatureAlgorithm;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.SigningKey;
import vn.lienthong.signature.jws.JwsSigner;

/**
 * Signs report files with a detached JWS (RFC 7515 appendix F, JAdES B-B header, ES256, the
 * certificate chain in {@code x5c}), written beside the report as {@code <file>.jws}.
 *
 * <p>Two kinds of key: an EC P-256 key from a PKCS#12 file the operator gives ({@link
 * #fromPkcs12}), whose certificate the province can check against its trust anchor, which proves
 * who signed; or a key generated for the run ({@link #perRun()}), whose chain is embedded and
 * trusted by nobody, which <b>only proves integrity</b> (the report was not changed after the run),
 * not origin. Instances are thread-safe; create one and reuse it.
 *
 * <pre>{@code
 * ReportSigner signer = ReportSigner.perRun();
 * Path jws = signer.sign(Path.of("out/report.html"));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ReportSigner {

  /** The suffix of signature files. */
  public static final String SUFFIX = ".jws";

  private static final JwsSigner JWS =
      JwsSigner.builder().detachedPayload(true).contentType("application/octet-stream").build();

  private final SigningKey key;
  private final boolean integrityOnly;

  private ReportSigner(SigningKey key, boolean integrityOnly) {
    this.key = key;
    this.integrityOnly = integrityOnly;
  }

  /**
   * A signer with a key generated for this run: proves integrity only.
   *
   * @return the signer
   */
  public static ReportSigner perRun() {
    return new ReportSigner(PerRunKey.generate(), true);
  }

  /**
   * A signer with the first private key of a PKCS#12 store, which must be EC P-256 (ES256).
   *
   * @param pkcs12 the store
   * @param password its password
   * @return the signer
   * @throws ConfigurationException {@code LT-CONF-0202} if the store cannot be read, holds no key,
   *     or the key is not EC P-256
   * @throws NullPointerException if an argument is null
   */
  public static ReportSigner fromPkcs12(byte[] pkcs12, char[] password) {
    Objects.requireNonNull(pkcs12, "pkcs12");
    Objects.requireNonNull(password, "password");
    String alias;
    try (InputStream in = new java.io.ByteArrayInputStream(pkcs12)) {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(in, password);
      alias =
          Collections.list(ks.aliases()).stream()
              .filter(
                  a -> {
                    try {
                      return ks.isKeyEntry(a);
                    } catch (GeneralSecurityException e) {
                      return false;
                    }
                  })
              .findFirst()
              .orElseThrow(() -> invalidKey("the store holds a private key", null));
    } catch (IOException | GeneralSecurityException e) {
      throw invalidKey("a readable PKCS#12 store with the given password", e);
    }
    Pkcs12SigningKey key;
    try {
      key = Pkcs12SigningKey.load(new java.io.ByteArrayInputStream(pkcs12), password, alias);
    } catch (LienThongException e) {
      throw invalidKey("a usable key (" + e.code() + ")", e);
    }
    X509Certificate cert = key.certificateChain().get(0);
    if (!"EC".equals(cert.getPublicKey().getAlgorithm())
        || SignatureAlgorithm.keyBits(cert.getPublicKey()) != 256) {
      throw invalidKey("an EC P-256 key (ES256)", null);
    }
    return new ReportSigner(key, false);
  }

  private static ConfigurationException invalidKey(
      String rule, @org.jspecify.annotations.Nullable Throwable cause) {
    return new ConfigurationException(
        ConformanceErrorCode.REPORT_SIGNING_KEY_INVALID,
        ErrorDetails.field("sign-key").rule(rule),
        cause);
  }

  /**
   * Tells whether the signatures prove integrity only (a per-run key).
   *
   * @return true for a per-run key
   */
  public boolean integrityOnly() {
    return integrityOnly;
  }

  /**
   * Returns the signer's certificate.
   *
   * @return the certificate put in {@code x5c}
   */
  public X509Certificate certificate() {
    return key.certificateChain().get(0);
  }

  /**
   * Signs bytes, returning the detached JWS (compact, empty payload part).
   *
   * @param content the report's bytes
   * @return the JWS
   */
  public String sign(byte[] content) {
    SignatureParameters parameters = SignatureParameters.builder(key.certificateChain()).build();
    return JWS.sign(content, parameters, key);
  }

  /**
   * Signs a report file, writing {@code <file>.jws} beside it.
   *
   * @param report the report file
   * @return the signature file
   * @throws LienThongException {@code LT-CONF-0201} if a file cannot be read or written
   * @throws NullPointerException if the argument is null
   */
  public Path sign(Path report) {
    Path out = report.resolveSibling(report.getFileName() + SUFFIX);
    try {
      byte[] content = Files.readAllBytes(report);
      Files.writeString(out, sign(content) + "\n", StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw ReportVerifier.io(report, e);
    }
    return out;
  }

  @Override
  public String toString() {
    return "ReportSigner[" + (integrityOnly ? "per-run key, integrity only" : "PKCS#12 key") + "]";
  }
}
