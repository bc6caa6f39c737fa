package vn.lienthong.signature.internal.jws;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.text.ParseException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.lienthong.signature.SignatureAlgorithm;
import vn.lienthong.signature.SignatureLevel;
import vn.lienthong.signature.SubIndication;
import vn.lienthong.signature.ValidationFinding;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.internal.ChainCheck;
import vn.lienthong.signature.internal.SignerChecks;
import vn.lienthong.signature.internal.TimestampCheck;
import vn.lienthong.signature.trust.RevocationData;

/**
 * Validates one signature of a JWS. Not thread-safe: one instance per signature.
 *
 * <p>Keys come only from certificates ({@code x5c} in the protected header, or a configured
 * certificate named by {@code x5t#S256}) that must chain to a trust anchor; {@code jwk}, {@code
 * jku}, {@code x5u} and {@code kid} are never used and never fetched.
 */
public final class JwsValidation {

  /** The most certificates accepted in {@code x5c}. */
  public static final int MAX_CHAIN_LENGTH = 10;

  /**
   * The settings shared by all validations of one validator.
   *
   * @param chain the chain check against the trust anchors
   * @param signerCertificates certificates that {@code x5t#S256} may name, with their issuers
   * @param rsaPkcs1Allowed whether RS256/384/512 are accepted besides PS256/384/512
   */
  public record Settings(
      ChainCheck chain, List<X509Certificate> signerCertificates, boolean rsaPkcs1Allowed) {}

  private final Settings settings;
  private final Instant now;
  private final ValidationReport.Builder report = ValidationReport.builder();

  /**
   * Creates the validation.
   *
   * @param settings the validator's settings
   * @param now the validation time
   */
  public JwsValidation(Settings settings, Instant now) {
    this.settings = settings;
    this.now = now;
  }

  /**
   * Runs it.
   *
   * @param parts the signature
   * @param detachedPayload the detached payload, or null if it must be attached
   * @return the report
   */
  public ValidationReport run(JwsParts parts, byte @Nullable [] detachedPayload) {
    Map<String, Object> header = header(parts.protectedHeader());
    if (header == null) {
      return fail(SubIndication.FORMAT_FAILURE, ValidationFinding.STRUCTURE_INVALID);
    }
    Object alg = header.get("alg");
    SignatureAlgorithm algorithm =
        alg instanceof String s ? JwsAlgorithms.fromJws(s).orElse(null) : null;
    if (algorithm == null || (!algorithm.pss() && !settings.rsaPkcs1Allowed() && rsa(algorithm))) {
      return fail(
          SubIndication.CRYPTO_CONSTRAINTS_FAILURE_NO_POE, ValidationFinding.ALGORITHM_NOT_ALLOWED);
    }
    if (!criticalUnderstood(header) || !unprotectedSafe(header, parts.unprotectedHeader())) {
      return fail(SubIndication.FORMAT_FAILURE, ValidationFinding.STRUCTURE_INVALID);
    }
    boolean unencoded = Boolean.FALSE.equals(header.get("b64"));
    byte[] input = signingInput(parts, detachedPayload, unencoded);
    if (input == null) {
      return fail(
          detachedPayload == null && parts.payload() == null
              ? SubIndication.SIGNED_DATA_NOT_FOUND
              : SubIndication.FORMAT_FAILURE,
          ValidationFinding.STRUCTURE_INVALID);
    }
    Instant signingTime = now;
    if (header.containsKey("sigT") && header.containsKey("iat")) {
      // two claimed signing times: JAdES allows one (TS 119 182-1 v1.2.1, iat replaced sigT)
      return fail(SubIndication.FORMAT_FAILURE, ValidationFinding.STRUCTURE_INVALID);
    }
    if (header.containsKey("sigT") || header.containsKey("iat")) {
      signingTime =
          header.containsKey("iat") ? numericDate(header.get("iat")) : instant(header.get("sigT"));
      if (signingTime == null) {
        return fail(SubIndication.FORMAT_FAILURE, ValidationFinding.STRUCTURE_INVALID);
      }
      report.signingTime(signingTime);
    }
    List<X509Certificate> chain = new ArrayList<>();
    X509Certificate signer = signer(header, chain);
    if (signer == null) {
      return report.failed()
          ? finish()
          : fail(
              SubIndication.NO_SIGNING_CERTIFICATE_FOUND,
              ValidationFinding.SIGNING_CERTIFICATE_MISMATCH);
    }
    report.signingCertificate(signer);
    var key = signer.getPublicKey();
    if (!keyLargeEnough(key)) {
      return fail(SubIndication.CRYPTO_CONSTRAINTS_FAILURE_NO_POE, ValidationFinding.KEY_TOO_SMALL);
    }
    JWSAlgorithm jwsAlg = JWSAlgorithm.parse((String) alg);
    if (!JwsAlgorithms.fits(jwsAlg, key) || !verifies(parts, input, header, key)) {
      return fail(SubIndication.SIG_CRYPTO_FAILURE, ValidationFinding.SIGNATURE_VALUE_INVALID);
    }
    report
        .fullDocumentSigned(true)
        .finding(ValidationFinding.FULL_DOCUMENT_SIGNED)
        .finding(ValidationFinding.SIGNATURE_VALUE_VALID);
    Instant proven = null;
    for (byte[] token : JadesTimestamps.signatureTimestamps(parts.unprotectedHeader())) {
      TimestampCheck.Result r =
          TimestampCheck.verifyOver(
              token,
              JadesTimestamps.imprintInput(parts.signature()),
              settings.chain(),
              RevocationData.NONE);
      if (r.valid() && r.time() != null) {
        proven = proven == null || r.time().isBefore(proven) ? r.time() : proven;
      } else {
        report.finding(ValidationFinding.SIGNATURE_TIMESTAMP_INVALID);
      }
    }
    if (proven != null) {
      report.timestampTime(proven).finding(ValidationFinding.SIGNATURE_TIMESTAMP_VALID);
    }
    report.level(proven != null ? SignatureLevel.B_T : SignatureLevel.B_B);
    List<X509Certificate> others = chain.subList(1, chain.size());
    SignerChecks.keyAndChain(
        report,
        settings.chain(),
        signer,
        others,
        now,
        proven != null ? proven : signingTime,
        RevocationData.NONE,
        proven != null);
    return finish();
  }

  private static boolean rsa(SignatureAlgorithm a) {
    return a.keyType() == SignatureAlgorithm.KeyType.RSA;
  }

  private static @Nullable Map<String, Object> header(String encoded) {
    try {
      byte[] json = decode(encoded);
      return json == null ? null : JSONObjectUtils.parse(new String(json, StandardCharsets.UTF_8));
    } catch (ParseException | RuntimeException e) {
      return null;
    }
  }

  /** Base64url without padding, strictly; null if invalid. */
  static byte @Nullable [] decode(String s) {
    if (s.indexOf('=') >= 0) {
      return null;
    }
    try {
      return Base64.getUrlDecoder().decode(s);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean criticalUnderstood(Map<String, Object> header) {
    Object crit = header.get("crit");
    Set<String> listed = new HashSet<>();
    if (crit != null) {
      if (!(crit instanceof List<?> list) || list.isEmpty()) {
        return false;
      }
      for (Object o : list) {
        if (!(o instanceof String name)
            || !JwsHeaders.UNDERSTOOD_CRITICAL.contains(name)
            || !header.containsKey(name)
            || !listed.add(name)) {
          return false;
        }
      }
    }
    Object b64 = header.get("b64");
    if (b64 != null && (!(b64 instanceof Boolean) || !listed.contains("b64"))) {
      return false;
    }
    // JAdES (ETSI TS 119 182-1, 5.2.1): sigT must be listed in crit.
    return !header.containsKey("sigT") || listed.contains("sigT");
  }

  private static boolean unprotectedSafe(
      Map<String, Object> header, @Nullable Map<String, Object> unprotected) {
    if (unprotected == null) {
      return true;
    }
    for (String name : unprotected.keySet()) {
      if (header.containsKey(name) || "crit".equals(name) || "b64".equals(name)) {
        return false;
      }
    }
    return true;
  }

  private static byte @Nullable [] signingInput(
      JwsParts parts, byte @Nullable [] detached, boolean unencoded) {
    if ((detached == null) == (parts.payload() == null)) {
      return null;
    }
    byte[] payload;
    if (detached != null) {
      payload = detached;
    } else if (unencoded) {
      payload = parts.payload().getBytes(StandardCharsets.UTF_8);
    } else {
      payload = decode(parts.payload());
      if (payload == null) {
        return null;
      }
    }
    return JwsHeaders.signingInput(parts.protectedHeader(), payload, unencoded);
  }

  private static @Nullable Instant numericDate(@Nullable Object value) {
    if (!(value instanceof Number n) || n.doubleValue() < 0 || n.doubleValue() > 253402300799L) {
      return null;
    }
    return Instant.ofEpochSecond(n.longValue());
  }

  private static @Nullable Instant instant(@Nullable Object value) {
    if (!(value instanceof String s)) {
      return null;
    }
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private @Nullable X509Certificate signer(
      Map<String, Object> header, List<X509Certificate> chain) {
    Object x5c = header.get("x5c");
    Object x5t = header.get("x5t#S256");
    if (x5c != null) {
      if (!certificates(x5c, chain)) {
        report.fail(SubIndication.FORMAT_FAILURE, ValidationFinding.STRUCTURE_INVALID);
        return null;
      }
      X509Certificate first = chain.get(0);
      return x5t == null || x5t.equals(JwsHeaders.thumbprint(first)) ? first : null;
    }
    if (x5t instanceof String digest) {
      for (X509Certificate c : settings.signerCertificates()) {
        if (digest.equals(JwsHeaders.thumbprint(c))) {
          chain.addAll(settings.signerCertificates());
          chain.remove(c);
          chain.add(0, c);
          return c;
        }
      }
    }
    return null;
  }

  private static boolean certificates(Object x5c, List<X509Certificate> out) {
    if (!(x5c instanceof List<?> list) || list.isEmpty() || list.size() > MAX_CHAIN_LENGTH) {
      return false;
    }
    try {
      CertificateFactory factory = CertificateFactory.getInstance("X.509");
      for (Object o : list) {
        if (!(o instanceof String s)) {
          return false;
        }
        out.add(
            (X509Certificate)
                factory.generateCertificate(
                    new ByteArrayInputStream(Base64.getDecoder().decode(s))));
      }
      return true;
    } catch (CertificateException | IllegalArgumentException | ClassCastException e) {
      return false;
    }
  }

  private static boolean keyLargeEnough(java.security.PublicKey key) {
    int bits = SignatureAlgorithm.keyBits(key);
    boolean rsa = key instanceof java.security.interfaces.RSAPublicKey;
    return bits >= (rsa ? SignatureAlgorithm.MIN_RSA_BITS : SignatureAlgorithm.MIN_EC_BITS);
  }

  private static boolean verifies(
      JwsParts parts, byte[] input, Map<String, Object> json, java.security.PublicKey key) {
    byte[] value = decode(parts.signature());
    if (value == null) {
      return false;
    }
    try {
      JWSHeader header = JWSHeader.parse(json, new Base64URL(parts.protectedHeader()));
      Set<String> critical =
          header.getCriticalParams() == null ? Set.of() : header.getCriticalParams();
      return JwsOutput.verifier(key, critical).verify(header, input, Base64URL.encode(value));
    } catch (ParseException | JOSEException | RuntimeException e) {
      return false;
    }
  }

  private ValidationReport fail(SubIndication sub, ValidationFinding finding) {
    report.fail(sub, finding);
    return finish();
  }

  private ValidationReport finish() {
    return report.noteRevocation().build();
  }
}
