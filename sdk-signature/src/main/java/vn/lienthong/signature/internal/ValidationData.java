package vn.lienthong.signature.internal;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.jspecify.annotations.Nullable;
import vn.lienthong.signature.trust.CertificateStatus;
import vn.lienthong.signature.trust.CertificateVerification;
import vn.lienthong.signature.trust.CertificateVerifier;
import vn.lienthong.signature.trust.RevocationData;

/**
 * Gathers long-term validation data: the chains of certificates and the OCSP responses and CRLs
 * that prove them not revoked, as a {@link CertificateVerifier} finds them, deduplicated by their
 * encoding. Used by the long-term levels (the PAdES DSS dictionary). Not thread-safe; one instance
 * per extension.
 */
public final class ValidationData {

  /** The most values (certificates, OCSP responses, CRLs) gathered in one extension. */
  public static final int MAX_VALUES = 1000;

  private final Map<String, X509Certificate> certificates = new LinkedHashMap<>();
  private final Map<String, byte[]> ocspResponses = new LinkedHashMap<>();
  private final Map<String, X509CRL> crls = new LinkedHashMap<>();

  /**
   * The certificate, OCSP responses and CRLs that prove one certificate, each keyed by the SHA-256
   * of its encoding.
   *
   * @param certificates keys of the chain certificates
   * @param ocspResponses keys of the OCSP responses
   * @param crls keys of the CRLs
   */
  public record Proof(List<String> certificates, List<String> ocspResponses, List<String> crls) {}

  /**
   * Verifies a certificate and gathers its chain and revocation proofs.
   *
   * @param verifier the verifier (online or with configured CRLs)
   * @param certificate the certificate
   * @param others other certificates known (from the signature)
   * @return the proof, or null when the certificate is not trusted and not revocation-checked
   */
  public @Nullable Proof add(
      CertificateVerifier verifier,
      X509Certificate certificate,
      Collection<X509Certificate> others) {
    CertificateVerification v = verifier.verify(certificate, others);
    if (v.status() != CertificateStatus.TRUSTED || !v.revocationChecked()) {
      return null;
    }
    List<String> c = new ArrayList<>();
    for (X509Certificate x : v.chain()) {
      c.add(put(certificates, encoded(x), x));
    }
    List<String> o = new ArrayList<>();
    for (byte[] r : v.proofs().ocspResponses()) {
      o.add(put(ocspResponses, r, r));
    }
    List<String> l = new ArrayList<>();
    for (X509CRL crl : v.proofs().crls()) {
      l.add(put(crls, encoded(crl), crl));
    }
    return new Proof(c, o, l);
  }

  /**
   * The certificates gathered, by key.
   *
   * @return the certificates
   */
  public Map<String, X509Certificate> certificates() {
    return certificates;
  }

  /**
   * The OCSP responses gathered (DER), by key.
   *
   * @return the responses
   */
  public Map<String, byte[]> ocspResponses() {
    return ocspResponses;
  }

  /**
   * The CRLs gathered, by key.
   *
   * @return the CRLs
   */
  public Map<String, X509CRL> crls() {
    return crls;
  }

  /**
   * The revocation values gathered.
   *
   * @return the values
   */
  public RevocationData revocationData() {
    return new RevocationData(List.copyOf(crls.values()), List.copyOf(ocspResponses.values()));
  }

  private <T> String put(Map<String, T> map, byte[] encoding, T value) {
    String key = key(encoding);
    if (!map.containsKey(key)) {
      if (certificates.size() + ocspResponses.size() + crls.size() >= MAX_VALUES) {
        throw new IllegalStateException("more than " + MAX_VALUES + " validation values");
      }
      map.put(key, value);
    }
    return key;
  }

  /**
   * The key of an encoded value: upper-case hex SHA-256.
   *
   * @param encoding the DER
   * @return the key
   */
  public static String key(byte[] encoding) {
    return HexFormat.of().withUpperCase().formatHex(sha("SHA-256", encoding));
  }

  /**
   * Hashes bytes.
   *
   * @param algorithm the JCA digest name
   * @param data the bytes
   * @return the digest
   */
  public static byte[] sha(String algorithm, byte[] data) {
    try {
      return MessageDigest.getInstance(algorithm).digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw JcaSignatures.unsupported(algorithm, e);
    }
  }

  /**
   * The DER of a certificate.
   *
   * @param c the certificate
   * @return the encoding
   */
  public static byte[] encoded(X509Certificate c) {
    try {
      return c.getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("certificate not encodable", e);
    }
  }

  private static byte[] encoded(X509CRL c) {
    try {
      return c.getEncoded();
    } catch (CRLException e) {
      throw new IllegalStateException("CRL not encodable", e);
    }
  }

  /**
   * Cuts the zero padding after a DER structure (a PDF {@code /Contents} is padded to its reserved
   * size), from the length in its header; an indefinite or malformed length is left alone.
   *
   * @param padded the bytes
   * @return the DER structure alone
   */
  public static byte[] withoutPadding(byte[] padded) {
    if (padded.length < 2) {
      return padded;
    }
    int first = padded[1] & 0xff;
    long total;
    if (first < 0x80) {
      total = 2L + first;
    } else {
      int n = first & 0x7f;
      if (n == 0 || n > 4 || padded.length < 2 + n) {
        return padded;
      }
      long len = 0;
      for (int i = 0; i < n; i++) {
        len = len << 8 | (padded[2 + i] & 0xff);
      }
      total = 2L + n + len;
    }
    return total < padded.length ? java.util.Arrays.copyOf(padded, (int) total) : padded;
  }

  /**
   * The certificates of an RFC 3161 token, the TSA's first.
   *
   * @param token the DER token (trailing zero padding allowed)
   * @return the certificates, the signer first; empty when the token is unreadable
   */
  public static List<X509Certificate> timestampCertificates(byte[] token) {
    try {
      TimeStampToken t = new TimeStampToken(new CMSSignedData(withoutPadding(token)));
      List<X509Certificate> out = new ArrayList<>();
      for (X509CertificateHolder h : t.getCertificates().getMatches(null)) {
        X509Certificate c = new JcaX509CertificateConverter().getCertificate(h);
        if (t.getSID().match(h)) {
          out.add(0, c);
        } else {
          out.add(c);
        }
      }
      return out;
    } catch (CMSException | TSPException | IOException | GeneralSecurityException e) {
      return List.of();
    } catch (RuntimeException e) {
      return List.of();
    }
  }
}
