package vn.lienthong.conformance.internal.report;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import vn.lienthong.signature.SignatureAlgorithm;
import vn.lienthong.signature.SigningKey;

/**
 * A key made for one run: an EC P-256 key pair with a certificate issued by a throw-away CA that is
 * also made for the run and whose private key is discarded at once. The chain is embedded in the
 * signature ({@code x5c}), so it proves only that the report was not changed since it was signed,
 * not who signed it. Immutable and thread-safe.
 */
public final class PerRunKey implements SigningKey {

  /** The subject of the per-run signer certificate. */
  public static final String SUBJECT =
      "CN=LienThong conformance kit per-run key (integrity only),O=LienThong";

  private final KeyPair keys;
  private final List<X509Certificate> chain;

  private PerRunKey(KeyPair keys, List<X509Certificate> chain) {
    this.keys = keys;
    this.chain = List.copyOf(chain);
  }

  /**
   * Generates a key and its chain.
   *
   * @return the key
   */
  public static PerRunKey generate() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
      g.initialize(new ECGenParameterSpec("secp256r1"));
      KeyPair ca = g.generateKeyPair();
      KeyPair signer = g.generateKeyPair();
      Instant now = Instant.now();
      X500Name caName = new X500Name("CN=LienThong conformance kit per-run CA,O=LienThong");
      X509v3CertificateBuilder root =
          new JcaX509v3CertificateBuilder(
              caName,
              BigInteger.valueOf(now.toEpochMilli()),
              Date.from(now.minus(Duration.ofMinutes(5))),
              Date.from(now.plus(Duration.ofDays(3650))),
              caName,
              ca.getPublic());
      root.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
      root.addExtension(
          Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      X509Certificate rootCert = sign(root, ca);
      X509v3CertificateBuilder leaf =
          new JcaX509v3CertificateBuilder(
              caName,
              BigInteger.valueOf(now.toEpochMilli() + 1),
              Date.from(now.minus(Duration.ofMinutes(5))),
              Date.from(now.plus(Duration.ofDays(3650))),
              new X500Name(SUBJECT),
              signer.getPublic());
      leaf.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      leaf.addExtension(
          Extension.keyUsage,
          true,
          new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
      return new PerRunKey(signer, List.of(sign(leaf, ca), rootCert));
    } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
      throw new IllegalStateException("EC P-256 is available on every Java 17 runtime", e);
    }
  }

  private static X509Certificate sign(X509v3CertificateBuilder b, KeyPair issuer)
      throws OperatorCreationException, java.security.cert.CertificateException {
    return new JcaX509CertificateConverter()
        .getCertificate(
            b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuer.getPrivate())));
  }

  @Override
  public List<X509Certificate> certificateChain() {
    return chain;
  }

  @Override
  public byte[] sign(byte[] dataToSign, SignatureAlgorithm algorithm) {
    try {
      Signature s =
          Signature.getInstance(algorithm.digest().jcaName().replace("-", "") + "withECDSA");
      s.initSign(keys.getPrivate());
      s.update(dataToSign);
      return s.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("ECDSA signing with a fresh P-256 key cannot fail", e);
    }
  }

  @Override
  public String toString() {
    return "PerRunKey[" + SUBJECT + "]";
  }
}
