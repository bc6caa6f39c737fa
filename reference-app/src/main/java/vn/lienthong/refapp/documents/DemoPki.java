package vn.lienthong.refapp.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.bouncycastle.pkcs.PKCS12PfxPduBuilder;
import org.bouncycastle.pkcs.PKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCS12MacCalculatorBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEOutputEncryptorBuilder;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.privacy.SafeLogger;
import vn.lienthong.refapp.RefappErrorCode;
import vn.lienthong.signature.Pkcs12SigningKey;
import vn.lienthong.signature.testpki.TestPki;

/**
 * The demo PKI of a reference app that has no real keys configured: a root CA, an issuing
 * (intermediate) CA, a person certificate for the approver and an organisation certificate for the
 * commune's agency, generated at first start and kept as PKCS#12 files {@code demo-approver.p12}
 * and {@code demo-agency.p12} (with the root's certificate as {@code demo-root.pem}) in the given
 * directory, then reused. The issuing CA's key is kept too ({@code demo-ca.p12}), so that {@link
 * #person} can give every approving officer a demo certificate in their own name. Every certificate
 * says DEMO (in its organisational unit); the password is the test PKI's, so these keys are for
 * demonstrations only. Stateless and thread-safe.
 */
final class DemoPki {

  static final String APPROVER_FILE = "demo-approver.p12";
  static final String AGENCY_FILE = "demo-agency.p12";
  static final String ROOT_FILE = "demo-root.pem";
  static final String CA_FILE = "demo-ca.p12";
  static final String CA_ALIAS = "ca";
  static final String DEMO_UNIT = "LienThong DEMO";
  static final String APPROVER_ALIAS = "approver";
  static final String AGENCY_ALIAS = "agency";

  /**
   * Key-derivation iterations of the demo PKCS#12 files (MAC and key encryption): one, because the
   * password is public (see {@link #write}). Never a model for real key files.
   */
  static final int DEMO_PBE_ITERATIONS = 1;

  /** Regenerate when a certificate expires within this margin. */
  static final Duration RENEW_BEFORE = Duration.ofDays(7);

  private static final SafeLogger LOG = SafeLogger.of(DemoPki.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The two loaded demo keys and the issuing CA's key (first in its chain). */
  record Keys(
      Pkcs12SigningKey approver,
      Pkcs12SigningKey agency,
      PrivateKey caKey,
      X509Certificate caCertificate,
      X509Certificate root) {}

  private DemoPki() {}

  static synchronized Keys loadOrCreate(
      Path dir, String approverName, String agencyName, Instant now) {
    Path approver = dir.resolve(APPROVER_FILE);
    Path agency = dir.resolve(AGENCY_FILE);
    Path ca = dir.resolve(CA_FILE);
    try {
      if (Files.isRegularFile(approver) && Files.isRegularFile(agency) && Files.isRegularFile(ca)) {
        Keys keys = load(approver, agency, ca);
        if (fresh(keys, now)) {
          LOG.info("using the demo signing keys in {}", dir);
          return keys;
        }
        LOG.info("the demo signing keys in {} expire soon; generating new ones", dir);
      }
      Files.createDirectories(dir);
      generate(dir, approverName, agencyName, now);
      LOG.info("generated demo signing keys (NOT for production) in {}", dir);
      return load(approver, agency, ca);
    } catch (vn.lienthong.core.LienThongException e) {
      throw e;
    } catch (Exception e) {
      throw failed(dir, e.getClass().getSimpleName(), e);
    }
  }

  private static boolean fresh(Keys keys, Instant now) {
    Instant limit = now.plus(RENEW_BEFORE);
    for (X509Certificate c :
        List.of(
            keys.approver().certificateChain().get(0), keys.agency().certificateChain().get(0))) {
      if (c.getNotAfter().toInstant().isBefore(limit)
          || c.getNotBefore().toInstant().isAfter(now)) {
        return false;
      }
    }
    return true;
  }

  private static Keys load(Path approver, Path agency, Path ca) throws IOException {
    Pkcs12SigningKey a;
    Pkcs12SigningKey b;
    try (InputStream in = Files.newInputStream(approver)) {
      a = Pkcs12SigningKey.load(in, TestPki.PASSWORD, APPROVER_ALIAS);
    }
    try (InputStream in = Files.newInputStream(agency)) {
      b = Pkcs12SigningKey.load(in, TestPki.PASSWORD, AGENCY_ALIAS);
    }
    try (InputStream in = Files.newInputStream(ca)) {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(in, TestPki.PASSWORD);
      PrivateKey key = (PrivateKey) ks.getKey(CA_ALIAS, TestPki.PASSWORD);
      Certificate[] chain = ks.getCertificateChain(CA_ALIAS);
      if (key == null || chain == null || chain.length < 2) {
        throw new IOException("no CA entry in " + ca.getFileName());
      }
      return new Keys(a, b, key, (X509Certificate) chain[0], (X509Certificate) chain[1]);
    } catch (java.security.GeneralSecurityException e) {
      throw new IOException(e);
    }
  }

  /**
   * Issues (in memory, not stored) a demo person certificate and key for an approving officer, by
   * the demo issuing CA, with the officer's full name as its common name.
   */
  static Pkcs12SigningKey person(Keys keys, String fullName, String agencyName, Instant now) {
    try {
      X509Certificate caCert = keys.caCertificate();
      X509Certificate root = keys.root();
      KeyPair caKeys = new KeyPair(caCert.getPublicKey(), keys.caKey());
      X500Name caName = X500Name.getInstance(caCert.getSubjectX500Principal().getEncoded());
      KeyPair personKeys = TestPki.rsa(2048);
      X509Certificate person =
          issue(
              name(fullName, agencyName),
              personKeys,
              caName,
              caKeys,
              caCert,
              now,
              Duration.ofDays(730),
              false);
      // Encoded like the demo files (one key-derivation iteration): the first approval by each
      // officer no longer pays the JDK's 10,000 iterations twice (store, then load).
      byte[] p12 = encode(APPROVER_ALIAS, personKeys.getPrivate(), person, caCert, root);
      return Pkcs12SigningKey.load(
          new java.io.ByteArrayInputStream(p12), TestPki.PASSWORD, APPROVER_ALIAS);
    } catch (vn.lienthong.core.LienThongException e) {
      throw e;
    } catch (Exception e) {
      throw new ConfigurationException(
          RefappErrorCode.DEMO_PKI_FAILED,
          ErrorDetails.field("demo person certificate").rule(e.getClass().getSimpleName()),
          e);
    }
  }

  private static void generate(Path dir, String approverName, String agencyName, Instant now)
      throws Exception {
    KeyPair rootKeys = TestPki.rsa(2048);
    X500Name rootName = name("LienThong DEMO Root CA", null);
    X509Certificate root =
        issue(rootName, rootKeys, rootName, rootKeys, null, now, Duration.ofDays(3650), true);
    KeyPair caKeys = TestPki.rsa(2048);
    X500Name caName = name("LienThong DEMO Issuing CA", null);
    X509Certificate ca =
        issue(caName, caKeys, rootName, rootKeys, root, now, Duration.ofDays(1825), true);
    KeyPair personKeys = TestPki.rsa(2048);
    X509Certificate person =
        issue(
            name(approverName, agencyName),
            personKeys,
            caName,
            caKeys,
            ca,
            now,
            Duration.ofDays(730),
            false);
    KeyPair agencyKeys = TestPki.rsa(2048);
    X509Certificate organisation =
        issue(
            name("DEMO " + agencyName, agencyName),
            agencyKeys,
            caName,
            caKeys,
            ca,
            now,
            Duration.ofDays(730),
            false);
    write(dir.resolve(APPROVER_FILE), APPROVER_ALIAS, personKeys.getPrivate(), person, ca, root);
    write(dir.resolve(AGENCY_FILE), AGENCY_ALIAS, agencyKeys.getPrivate(), organisation, ca, root);
    write(dir.resolve(CA_FILE), CA_ALIAS, caKeys.getPrivate(), ca, root);
    writeAtomically(
        dir.resolve(ROOT_FILE),
        TestPki.pem(root).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }

  private static X500Name name(
      String commonName, @org.jspecify.annotations.Nullable String organisation) {
    X500NameBuilder b = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN");
    b.addRDN(BCStyle.O, organisation == null ? DEMO_UNIT : organisation);
    if (organisation != null) {
      b.addRDN(BCStyle.OU, DEMO_UNIT);
    }
    b.addRDN(BCStyle.CN, commonName);
    return b.build();
  }

  private static X509Certificate issue(
      X500Name subject,
      KeyPair subjectKeys,
      X500Name issuer,
      KeyPair issuerKeys,
      @org.jspecify.annotations.Nullable X509Certificate issuerCertificate,
      Instant now,
      Duration validity,
      boolean ca)
      throws Exception {
    X509v3CertificateBuilder b =
        new JcaX509v3CertificateBuilder(
            issuer,
            new BigInteger(64, RANDOM).abs().add(BigInteger.ONE),
            Date.from(now.minus(Duration.ofDays(1))),
            Date.from(now.plus(validity)),
            subject,
            subjectKeys.getPublic());
    JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
    b.addExtension(
        Extension.basicConstraints,
        true,
        ca ? new BasicConstraints(1) : new BasicConstraints(false));
    b.addExtension(
        Extension.keyUsage,
        true,
        new KeyUsage(
            ca
                ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
    b.addExtension(
        Extension.subjectKeyIdentifier,
        false,
        ext.createSubjectKeyIdentifier(subjectKeys.getPublic()));
    if (issuerCertificate != null) {
      b.addExtension(
          Extension.authorityKeyIdentifier,
          false,
          ext.createAuthorityKeyIdentifier(issuerCertificate));
    }
    PrivateKey signer = issuerKeys.getPrivate();
    return new JcaX509CertificateConverter()
        .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(signer)));
  }

  /**
   * Writes a PKCS#12 file: the certificates in the clear, the key in a PBES2 (AES-256-CBC,
   * PBKDF2-HMAC-SHA256) shrouded bag, an HMAC-SHA256 integrity MAC, each with {@link
   * #DEMO_PBE_ITERATIONS} iterations. The password is the test PKI's published one, so stretching
   * it protects nothing (the owner-only file permission does); the JDK's default 10,000 iterations
   * for the MAC, the certificates and the key made loading the three files the slowest part of the
   * app's start-up.
   */
  private static void write(Path file, String alias, PrivateKey key, X509Certificate... chain)
      throws Exception {
    writeAtomically(file, encode(alias, key, chain));
  }

  /** Encodes a PKCS#12 key store as {@link #write} describes. */
  private static byte[] encode(String alias, PrivateKey key, X509Certificate... chain)
      throws Exception {
    Provider bc = new BouncyCastleProvider();
    DERBMPString name = new DERBMPString(alias);
    SubjectKeyIdentifier keyId =
        new JcaX509ExtensionUtils().createSubjectKeyIdentifier(chain[0].getPublicKey());
    PKCS12PfxPduBuilder pfx = new PKCS12PfxPduBuilder();
    for (int i = 0; i < chain.length; i++) {
      PKCS12SafeBagBuilder cert = new JcaPKCS12SafeBagBuilder(chain[i]);
      if (i == 0) {
        cert.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_friendlyName, name);
        cert.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_localKeyId, keyId);
      }
      pfx.addData(cert.build());
    }
    PKCS12SafeBagBuilder shrouded =
        new JcaPKCS12SafeBagBuilder(
            key,
            new JcePKCSPBEOutputEncryptorBuilder(NISTObjectIdentifiers.id_aes256_CBC)
                .setPRF(
                    new AlgorithmIdentifier(
                        PKCSObjectIdentifiers.id_hmacWithSHA256, DERNull.INSTANCE))
                .setIterationCount(DEMO_PBE_ITERATIONS)
                .setProvider(bc)
                .build(TestPki.PASSWORD));
    shrouded.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_friendlyName, name);
    shrouded.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_localKeyId, keyId);
    pfx.addData(shrouded.build());
    PKCS12PfxPdu pdu =
        pfx.build(
            new JcePKCS12MacCalculatorBuilder(NISTObjectIdentifiers.id_sha256)
                .setIterationCount(DEMO_PBE_ITERATIONS)
                .setProvider(bc),
            TestPki.PASSWORD);
    return pdu.getEncoded(ASN1Encoding.DER);
  }

  /** Writes to a temporary file readable by the owner only, then moves it in place. */
  private static void writeAtomically(Path file, byte[] bytes) throws IOException {
    Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
    try {
      try {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException notPosix) {
        // Windows: the directory's permissions apply
      }
      try (OutputStream out = Files.newOutputStream(tmp)) {
        out.write(bytes);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static ConfigurationException failed(Path dir, String rule, Throwable cause) {
    return new ConfigurationException(
        RefappErrorCode.DEMO_PKI_FAILED, ErrorDetails.field(dir.toString()).rule(rule), cause);
  }
}
