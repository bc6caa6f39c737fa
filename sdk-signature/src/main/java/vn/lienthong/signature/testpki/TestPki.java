package vn.lienthong.signature.testpki;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throw-away test PKI generated at run time with Bouncy Castle: a root CA and signer certificates
 * (RSA and EC). Nothing here is secret or committed; every key is named "TEST".
 *
 * <p><strong>Test and demo use only; never for production trust.</strong> The keys live in memory
 * and the root is not anchored anywhere real; configure it as a trust anchor only in tests, the
 * sandbox and demo deployments of the reference application.
 *
 * <p>Instances are thread-safe (immutable once generated); {@link #shared()} returns one PKI per
 * JVM.
 *
 * <pre>{@code
 * TestPki pki = TestPki.shared();
 * TestPki.Signer signer = pki.rsaSigner(2048);
 * SigningKey key = Pkcs12SigningKey.load(signer.pkcs12Stream(), TestPki.PASSWORD, "signer");
 * }</pre>
 *
 * @since 0.1.0
 */
public final class TestPki {

  /** The password of every generated PKCS#12 store (test only). */
  public static final char[] PASSWORD = "test-only-password".toCharArray();

  private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());
  private static volatile TestPki shared;

  private final KeyPair rootKeys;
  private final X509Certificate root;

  private TestPki() throws Exception {
    rootKeys = rsa(2048);
    Instant now = Instant.now();
    X500Name name = new X500Name("CN=LienThong TEST Root CA,O=LienThong TEST,C=VN");
    X509v3CertificateBuilder b =
        new JcaX509v3CertificateBuilder(
            name,
            BigInteger.valueOf(SERIAL.incrementAndGet()),
            Date.from(now.minus(Duration.ofDays(1))),
            Date.from(now.plus(Duration.ofDays(3650))),
            name,
            rootKeys.getPublic());
    JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
    b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
    b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
    b.addExtension(
        Extension.subjectKeyIdentifier,
        false,
        ext.createSubjectKeyIdentifier(rootKeys.getPublic()));
    root = sign(b);
  }

  /**
   * Returns the PKI shared by a JVM (generated once, on first use).
   *
   * @return the PKI
   * @throws IllegalStateException if the platform cannot generate keys or certificates
   */
  public static TestPki shared() {
    if (shared == null) {
      synchronized (TestPki.class) {
        if (shared == null) {
          try {
            shared = new TestPki();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        }
      }
    }
    return shared;
  }

  /**
   * Returns the root certificate, to configure as trust anchor in tests and demos.
   *
   * @return the self-signed root certificate
   */
  public X509Certificate root() {
    return root;
  }

  /**
   * Returns the root certificate in PEM form.
   *
   * @return the PEM text
   * @throws Exception if the certificate cannot be encoded
   */
  public String rootPem() throws Exception {
    return pem(root);
  }

  /**
   * An issued signer: its key pair, certificate and issuing CA certificate.
   *
   * <p>Instances are immutable and thread-safe.
   *
   * @param keys the signer's key pair
   * @param certificate the signer's certificate
   * @param issuer the certificate of the CA that issued it
   * @since 0.1.0
   */
  public record Signer(KeyPair keys, X509Certificate certificate, X509Certificate issuer) {
    /**
     * Returns the signer as a PKCS#12 store under alias "signer", protected by {@link #PASSWORD}.
     *
     * @return the PKCS#12 bytes
     * @throws Exception if the store cannot be written
     */
    public byte[] pkcs12() throws Exception {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, null);
      ks.setKeyEntry(
          "signer", keys.getPrivate(), PASSWORD, new Certificate[] {certificate, issuer});
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ks.store(out, PASSWORD);
      return out.toByteArray();
    }

    /**
     * Returns the signer as an input stream over its PKCS#12 bytes.
     *
     * @return the stream
     * @throws Exception if the store cannot be written
     */
    public ByteArrayInputStream pkcs12Stream() throws Exception {
      return new ByteArrayInputStream(pkcs12());
    }
  }

  /**
   * Issues an RSA signer valid now for a year, with digitalSignature and nonRepudiation.
   *
   * @param bits the RSA key size
   * @return the signer
   * @throws Exception if the key or certificate cannot be generated
   */
  public Signer rsaSigner(int bits) throws Exception {
    return issue(
        "TEST Nguyen Van RSA " + bits, rsa(bits), Instant.now(), Duration.ofDays(365), true);
  }

  /**
   * Issues an ECDSA signer on a named curve, valid now for a year.
   *
   * @param curve the curve name ({@code secp256r1}, {@code secp384r1})
   * @return the signer
   * @throws Exception if the key or certificate cannot be generated
   */
  public Signer ecSigner(String curve) throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
    g.initialize(new ECGenParameterSpec(curve));
    return issue(
        "TEST Tran Thi EC " + curve,
        g.generateKeyPair(),
        Instant.now(),
        Duration.ofDays(365),
        true);
  }

  /**
   * Issues an RSA signer whose certificate expired yesterday (valid for the 10 days before).
   *
   * @return the signer
   * @throws Exception if the key or certificate cannot be generated
   */
  public Signer expiredSigner() throws Exception {
    return issue(
        "TEST Expired",
        rsa(2048),
        Instant.now().minus(Duration.ofDays(11)),
        Duration.ofDays(10),
        true);
  }

  /**
   * Issues an RSA signer whose certificate allows only key encipherment (not signing).
   *
   * @return the signer
   * @throws Exception if the key or certificate cannot be generated
   */
  public Signer encipherOnlySigner() throws Exception {
    return issue("TEST Encipher Only", rsa(2048), Instant.now(), Duration.ofDays(365), false);
  }

  private Signer issue(
      String cn, KeyPair keys, Instant notBefore, Duration validity, boolean signing)
      throws Exception {
    X509v3CertificateBuilder b =
        new JcaX509v3CertificateBuilder(
            root,
            BigInteger.valueOf(SERIAL.incrementAndGet()),
            Date.from(notBefore.minus(Duration.ofMinutes(5))),
            Date.from(notBefore.plus(validity)),
            new X500Name("CN=" + cn + ",O=LienThong TEST,C=VN"),
            keys.getPublic());
    JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
    b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
    b.addExtension(
        Extension.keyUsage,
        true,
        new KeyUsage(
            signing
                ? KeyUsage.digitalSignature | KeyUsage.nonRepudiation
                : KeyUsage.keyEncipherment));
    b.addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(root));
    b.addExtension(
        Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(keys.getPublic()));
    return new Signer(keys, sign(b), root);
  }

  private X509Certificate sign(X509v3CertificateBuilder b) throws Exception {
    PrivateKey key = rootKeys.getPrivate();
    return new JcaX509CertificateConverter()
        .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(key)));
  }

  /**
   * Generates an RSA key pair.
   *
   * @param bits the key size
   * @return the key pair
   * @throws Exception if the platform cannot generate RSA keys
   */
  public static KeyPair rsa(int bits) throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(bits);
    return g.generateKeyPair();
  }

  /**
   * PEM-encodes a certificate.
   *
   * @param c the certificate
   * @return the PEM text
   * @throws Exception if the certificate cannot be encoded
   */
  public static String pem(X509Certificate c) throws Exception {
    return "-----BEGIN CERTIFICATE-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(c.getEncoded())
        + "\n-----END CERTIFICATE-----\n";
  }
}
