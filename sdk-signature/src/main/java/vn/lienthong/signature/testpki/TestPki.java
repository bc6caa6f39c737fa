package vn.lienthong.signature.testpki;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
import org.jspecify.annotations.Nullable;
import vn.lienthong.signature.internal.testpki.CertificateFactoryBc;
import vn.lienthong.signature.internal.testpki.OcspResponderBc;
import vn.lienthong.signature.internal.testpki.TimestampAuthorityBc;

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

  /** CAs are valid from two years back, so tests can sign at past times. */
  private static final Duration CA_BACKDATING = Duration.ofDays(730);

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
            Date.from(now.minus(CA_BACKDATING)),
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

  /** The path of the issuing CA's CRL on the {@link #server()}. */
  public static final String ISSUING_CRL_PATH = "/crl/issuing.crl";

  /** The path of the root CA's CRL on the {@link #server()}. */
  public static final String ROOT_CRL_PATH = "/crl/root.crl";

  private volatile @Nullable Issuing issuing;

  /**
   * Returns the loopback server of this PKI (CRLs, CA certificates, OCSP, timestamps), starting it
   * and the issuing CA on first use.
   *
   * @return the server, shared by every caller
   * @throws IllegalStateException if the server or the CA cannot be created
   */
  public TestPkiServer server() {
    return issuing().server;
  }

  /**
   * Returns the intermediate (issuing) CA certificate, issued by {@link #root()}; the person and
   * organisation certificates below are issued by it.
   *
   * @return the CA certificate
   * @throws IllegalStateException if the CA cannot be created
   */
  public X509Certificate intermediate() {
    return issuing().certificate;
  }

  /**
   * Returns the timestamp authority's certificate (issued by {@link #root()}, critical
   * id-kp-timeStamping).
   *
   * @return the certificate
   * @throws IllegalStateException if the CA cannot be created
   */
  public X509Certificate timestampAuthorityCertificate() {
    return issuing().tsaCertificate;
  }

  /**
   * Issues a person's RSA-2048 signing certificate by the intermediate CA, valid now for a year,
   * with OCSP and CRL pointers to {@link #server()}.
   *
   * @param commonName the person's name, such as {@code "TEST Nguyễn Văn An"}
   * @return the signer, whose {@link Signer#issuer()} is the intermediate CA
   * @throws Exception if the key or certificate cannot be generated
   */
  public Signer personSigner(String commonName) throws Exception {
    Instant now = Instant.now();
    return personSigner(
        commonName, now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofDays(365)));
  }

  /**
   * Issues a person's RSA-2048 signing certificate by the intermediate CA for a chosen validity
   * period (to make expired or not-yet-valid certificates that still have revocation pointers).
   *
   * @param commonName the person's name
   * @param notBefore start of validity
   * @param notAfter end of validity
   * @return the signer
   * @throws Exception if the key or certificate cannot be generated
   */
  public Signer personSigner(String commonName, Instant notBefore, Instant notAfter)
      throws Exception {
    return issued(
        new X500Name("CN=" + commonName + ",O=LienThong TEST,C=VN"),
        notBefore,
        notAfter,
        CertificateFactoryBc.Kind.SIGNER);
  }

  /**
   * Issues an organisation's (agency's) RSA-2048 signing certificate by the intermediate CA, valid
   * now for a year; the common name and organisation are both the agency's name.
   *
   * @param organisation the agency, such as {@code "TEST UBND xã Tân Lập"}
   * @return the signer
   * @throws Exception if the key or certificate cannot be generated
   */
  public Signer organisationSigner(String organisation) throws Exception {
    Instant now = Instant.now();
    return issued(
        new X500Name("CN=" + organisation + ",O=" + organisation + ",L=LienThong TEST,C=VN"),
        now.minus(Duration.ofMinutes(5)),
        now.plus(Duration.ofDays(365)),
        CertificateFactoryBc.Kind.SIGNER);
  }

  /**
   * Issues a person's certificate by the intermediate CA and revokes it at once: OCSP answers
   * revoked and the CRL lists it from {@code revokedAt}.
   *
   * @param revokedAt the revocation time to publish
   * @return the signer
   * @throws Exception if the key or certificate cannot be generated
   */
  public Signer revokedSigner(Instant revokedAt) throws Exception {
    Signer s = personSigner("TEST Revoked");
    revoke(s.certificate(), revokedAt);
    return s;
  }

  /**
   * Issues a person's certificate under a second intermediate CA that the root has revoked (the
   * root CRL lists it from an hour ago).
   *
   * @return the signer, whose {@link Signer#issuer()} is the revoked CA
   * @throws Exception if the keys or certificates cannot be generated
   */
  public Signer revokedCaSigner() throws Exception {
    Issuing i = issuing();
    Instant now = Instant.now();
    KeyPair caKeys = rsa(2048);
    X509Certificate ca =
        CertificateFactoryBc.issue(
            new X500Name("CN=LienThong TEST Revoked CA,O=LienThong TEST,C=VN"),
            caKeys.getPublic(),
            root,
            rootKeys.getPrivate(),
            now.minus(CA_BACKDATING),
            now.plus(Duration.ofDays(3650)),
            CertificateFactoryBc.Kind.CA,
            i.server.baseUrl(),
            ROOT_CRL_PATH,
            "/ca/root.cer");
    i.rootRevoked.put(ca.getSerialNumber(), now.minus(Duration.ofHours(1)));
    KeyPair keys = rsa(2048);
    X509Certificate cert =
        CertificateFactoryBc.issue(
            new X500Name("CN=TEST Under Revoked CA,O=LienThong TEST,C=VN"),
            keys.getPublic(),
            ca,
            caKeys.getPrivate(),
            now.minus(Duration.ofMinutes(5)),
            now.plus(Duration.ofDays(365)),
            CertificateFactoryBc.Kind.SIGNER,
            null,
            "",
            "");
    return new Signer(keys, cert, ca);
  }

  /**
   * Revokes a certificate issued by the intermediate CA, from a given time.
   *
   * @param certificate the certificate
   * @param revokedAt the revocation time to publish
   * @throws IllegalArgumentException if the intermediate CA did not issue it
   */
  public void revoke(X509Certificate certificate, Instant revokedAt) {
    Issuing i = issuing();
    if (!certificate.getIssuerX500Principal().equals(i.certificate.getSubjectX500Principal())) {
      throw new IllegalArgumentException("not issued by the intermediate CA");
    }
    i.revoked.put(certificate.getSerialNumber(), revokedAt);
  }

  /**
   * Issues a fresh CRL of the intermediate CA (valid from a minute ago for a day).
   *
   * @return the CRL
   * @throws Exception if it cannot be signed
   */
  public X509CRL crl() throws Exception {
    Issuing i = issuing();
    Instant now = Instant.now();
    return CertificateFactoryBc.crl(
        i.certificate,
        i.keys,
        i.revoked,
        now.minus(Duration.ofMinutes(1)),
        now.plus(Duration.ofDays(1)),
        i.crlNumber.incrementAndGet());
  }

  /**
   * Issues a fresh CRL of the root CA, listing the revoked intermediate CAs.
   *
   * @return the CRL
   * @throws Exception if it cannot be signed
   */
  public X509CRL rootCrl() throws Exception {
    Issuing i = issuing();
    Instant now = Instant.now();
    return CertificateFactoryBc.crl(
        root,
        rootKeys,
        i.rootRevoked,
        now.minus(Duration.ofMinutes(1)),
        now.plus(Duration.ofDays(1)),
        i.crlNumber.incrementAndGet());
  }

  /**
   * Produces a DER OCSP response for a certificate of the intermediate CA, signed by the delegated
   * responder, to embed in a signature.
   *
   * @param certificate the certificate
   * @return the DER OCSPResponse
   */
  public byte[] ocspResponse(X509Certificate certificate) {
    return issuing().ocsp.responseFor(certificate, Instant.now());
  }

  /**
   * Answers a DER RFC 3161 timestamp request without HTTP (the same unit as {@link
   * TestPkiServer#timestampUri()}).
   *
   * @param request the DER TimeStampReq
   * @return the DER TimeStampResp
   */
  public byte[] timestamp(byte[] request) {
    return issuing().tsa.answer(request, Instant.now());
  }

  private Signer issued(
      X500Name subject, Instant notBefore, Instant notAfter, CertificateFactoryBc.Kind kind)
      throws Exception {
    Issuing i = issuing();
    KeyPair keys = rsa(2048);
    X509Certificate cert =
        CertificateFactoryBc.issue(
            subject,
            keys.getPublic(),
            i.certificate,
            i.keys.getPrivate(),
            notBefore,
            notAfter,
            kind,
            i.server.baseUrl(),
            ISSUING_CRL_PATH,
            "/ca/issuing.cer");
    i.issued.put(cert.getSerialNumber(), Boolean.TRUE);
    return new Signer(keys, cert, i.certificate);
  }

  private Issuing issuing() {
    Issuing i = issuing;
    if (i == null) {
      synchronized (this) {
        i = issuing;
        if (i == null) {
          try {
            i = new Issuing(this);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          issuing = i;
        }
      }
    }
    return i;
  }

  /** The intermediate CA, its responders and the server: created on first use. */
  private static final class Issuing {
    final TestPkiServer server;
    final KeyPair keys;
    final X509Certificate certificate;
    final X509Certificate tsaCertificate;
    final Map<BigInteger, Instant> revoked = new ConcurrentHashMap<>();
    final Map<BigInteger, Instant> rootRevoked = new ConcurrentHashMap<>();
    final Map<BigInteger, Boolean> issued = new ConcurrentHashMap<>();
    final AtomicLong crlNumber = new AtomicLong();
    final OcspResponderBc ocsp;
    final TimestampAuthorityBc tsa;

    Issuing(TestPki pki) throws Exception {
      server = new TestPkiServer(Clock.systemUTC());
      String base = server.baseUrl();
      Instant now = Instant.now();
      keys = rsa(2048);
      certificate =
          CertificateFactoryBc.issue(
              new X500Name("CN=LienThong TEST Issuing CA,O=LienThong TEST,C=VN"),
              keys.getPublic(),
              pki.root,
              pki.rootKeys.getPrivate(),
              now.minus(CA_BACKDATING),
              now.plus(Duration.ofDays(3650)),
              CertificateFactoryBc.Kind.CA,
              base,
              ROOT_CRL_PATH,
              "/ca/root.cer");
      KeyPair ocspKeys = rsa(2048);
      X509Certificate ocspCert =
          CertificateFactoryBc.issue(
              new X500Name("CN=LienThong TEST OCSP Responder,O=LienThong TEST,C=VN"),
              ocspKeys.getPublic(),
              certificate,
              keys.getPrivate(),
              now.minus(CA_BACKDATING),
              now.plus(Duration.ofDays(3650)),
              CertificateFactoryBc.Kind.OCSP,
              null,
              "",
              "");
      ocsp =
          new OcspResponderBc(
              certificate, ocspCert, ocspKeys.getPrivate(), revoked, issued::containsKey);
      KeyPair tsaKeys = rsa(2048);
      tsaCertificate =
          CertificateFactoryBc.issue(
              new X500Name("CN=LienThong TEST Timestamp Authority,O=LienThong TEST,C=VN"),
              tsaKeys.getPublic(),
              pki.root,
              pki.rootKeys.getPrivate(),
              now.minus(CA_BACKDATING),
              now.plus(Duration.ofDays(3650)),
              CertificateFactoryBc.Kind.TSA,
              base,
              ROOT_CRL_PATH,
              "/ca/root.cer");
      tsa =
          new TimestampAuthorityBc(
              tsaCertificate, tsaKeys.getPrivate(), List.of(tsaCertificate, pki.root));
      server.post("/ocsp", req -> ocsp.answer(req, Instant.now()));
      server.post("/tsa", req -> tsa.answer(req, Instant.now()));
      server.get("/ca/root.cer", () -> encoded(pki.root));
      server.get("/ca/issuing.cer", () -> encoded(certificate));
      server.get(ISSUING_CRL_PATH, () -> crlBytes(pki, false));
      server.get(ROOT_CRL_PATH, () -> crlBytes(pki, true));
    }

    private static byte[] encoded(X509Certificate c) {
      try {
        return c.getEncoded();
      } catch (java.security.cert.CertificateEncodingException e) {
        throw new IllegalStateException(e);
      }
    }

    private static byte[] crlBytes(TestPki pki, boolean root) {
      try {
        return (root ? pki.rootCrl() : pki.crl()).getEncoded();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /**
   * PEM-encodes a CRL.
   *
   * @param crl the CRL
   * @return the PEM text
   * @throws Exception if the CRL cannot be encoded
   */
  public static String pem(X509CRL crl) throws Exception {
    return "-----BEGIN X509 CRL-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(crl.getEncoded())
        + "\n-----END X509 CRL-----\n";
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
