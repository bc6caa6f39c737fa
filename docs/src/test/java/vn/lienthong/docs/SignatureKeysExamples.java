package vn.lienthong.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.SigningKey;
import vn.lienthong.signature.cades.CadesSigner;
import vn.lienthong.signature.external.ExternalSigningSession;
import vn.lienthong.signature.pkcs11.Pkcs11Entry;
import vn.lienthong.signature.pkcs11.Pkcs11Token;
import vn.lienthong.signature.xades.XadesSigner;

/** Examples of the "Keys: PKCS#11 tokens and external signing" section of docs/sdk-signature.md. */
class SignatureKeysExamples {

  /**
   * Compiled, not run here: it needs a token (the module's Pkcs11TokenTest runs it on SoftHSM2).
   */
  static byte[] pkcs11(char[] pin, byte[] content) {
    // tag::pkcs11[]
    try (Pkcs11Token token =
        Pkcs11Token.builder()
            .library(Path.of("/usr/lib/softhsm/libsofthsm2.so")) // the token vendor's module
            .slotIndex(0) // or .slotId(...)
            .pin(pin) // copied, cleared after login; never logged
            .open()) {
      List<Pkcs11Entry> entries = token.entries(); // [Pkcs11Entry[can-bo, private key, CN=...]]
      SigningKey key = token.signingKey("can-bo"); // LT-SIG-0505 if absent, 0003 if too weak
      SignatureParameters parameters = SignatureParameters.builder(key.certificateChain()).build();
      return CadesSigner.create().sign(content, parameters, key); // signed on the token
    } // close() logs out
    // end::pkcs11[]
  }

  @Test
  void external() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
    g.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair officerKeys = g.generateKeyPair();
    X509Certificate officer = selfSigned(officerKeys);
    List<X509Certificate> chain = List.of(officer);
    byte[] xml = "<HoSo><NguoiNop>Nguyễn Văn A</NguoiNop></HoSo>".getBytes(StandardCharsets.UTF_8);

    // tag::external[]
    // Request 1: compute the data to sign, keep the session on the server, send the hash out.
    XadesSigner signer = XadesSigner.create();
    SignatureParameters parameters = SignatureParameters.builder(chain).build();
    ExternalSigningSession session =
        ExternalSigningSession.start(
            signer.dataToSign(xml, parameters),
            parameters,
            Instant.now().plus(Duration.ofMinutes(5)));
    String stored = session.encode(); // no key material; store under session.id()
    byte[] hashToSend = session.hash(); // RSA PKCS#1 v1.5 raw signers take session.digestInfo()

    // ... the VGCA desktop service or the browser signs hashToSend ...
    byte[] valueReceived = signHashElsewhere(officerKeys, hashToSend);

    // Request 2: check the value against the certificate, then embed it.
    ExternalSigningSession back = ExternalSigningSession.decode(stored); // LT-SIG-0506 if bad
    byte[] value = back.checkedValue(valueReceived, Instant.now()); // LT-SIG-0006 if wrong
    byte[] signedXml = signer.sign(xml, back.parameters(), value);
    // end::external[]

    assertThat(new String(signedXml, StandardCharsets.UTF_8)).contains("SignatureValue");
  }

  private static byte[] signHashElsewhere(KeyPair keys, byte[] hash) throws Exception {
    Signature s = Signature.getInstance("NONEwithECDSA");
    s.initSign(keys.getPrivate());
    s.update(hash);
    return s.sign();
  }

  private static X509Certificate selfSigned(KeyPair keys) throws Exception {
    Instant now = Instant.now();
    X500Name name = new X500Name("CN=TEST Officer,O=LienThong TEST,C=VN");
    return new JcaX509CertificateConverter()
        .getCertificate(
            new JcaX509v3CertificateBuilder(
                    name,
                    java.math.BigInteger.valueOf(now.toEpochMilli()),
                    Date.from(now.minus(Duration.ofHours(1))),
                    Date.from(now.plus(Duration.ofDays(30))),
                    name,
                    keys.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
  }
}
