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
 * A throw-away test PKI generated at test time with Bouncy Castle: a root CA and signer
 * certificates (RSA and EC). Nothing here is secret or committed; every key is named "TEST".
 */
public final class TestPki {

  /** The password of every generated PKCS#12 store. */
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
   * Returns the PKI shared by a test run (generated once).
   *
   * @return the PKI
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

  /** The root certificate, to configure as trust anchor. */
  public X509Certificate root() {
    return root;
  }

  /** The root certificate in PEM form. */
  public String rootPem() throws Exception {
    return pem(root);
  }

  /** An issued signer: its key pair and certificate. */
  public record Signer(KeyPair keys, X509Certificate certificate, X509Certificate issuer) {
    /** The signer as a PKCS#12 store under alias "signer". */
    public byte[] pkcs12() throws Exception {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, null);
      ks.setKeyEntry(
          "signer", keys.getPrivate(), PASSWORD, new Certificate[] {certificate, issuer});
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ks.store(out, PASSWORD);
      return out.toByteArray();
    }

    /** The signer as an input stream over its PKCS#12 bytes. */
    public ByteArrayInputStream pkcs12Stream() throws Exception {
      return new ByteArrayInputStream(pkcs12());
    }
  }

  /** An RSA signer valid now, with digitalSignature and nonRepudiation. */
  public Signer rsaSigner(int bits) throws Exception {
    return issue(
        "TEST Nguyen Van RSA " + bits, rsa(bits), Instant.now(), Duration.ofDays(365), true);
  }

  /** An ECDSA signer on a named curve (secp256r1, secp384r1). */
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

  /** An RSA signer whose certificate expired yesterday (valid for the 10 days before). */
  public Signer expiredSigner() throws Exception {
    return issue(
        "TEST Expired",
        rsa(2048),
        Instant.now().minus(Duration.ofDays(11)),
        Duration.ofDays(10),
        true);
  }

  /** An RSA signer whose certificate allows only key encipherment. */
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

  /** Generates an RSA key pair. */
  public static KeyPair rsa(int bits) throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(bits);
    return g.generateKeyPair();
  }

  /** PEM-encodes a certificate. */
  public static String pem(X509Certificate c) throws Exception {
    return "-----BEGIN CERTIFICATE-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(c.getEncoded())
        + "\n-----END CERTIFICATE-----\n";
  }
}
