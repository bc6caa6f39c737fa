package vn.lienthong.signature.jws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.signature.jws.JwsFixtures.REPORT;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.lienthong.signature.Indication;
import vn.lienthong.signature.SubIndication;
import vn.lienthong.signature.ValidationFinding;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.testpki.TestPki;

/** Attacks on JWS validation, each with its vector. */
class JwsAttackTest {

  private static final TestPki PKI = TestPki.shared();
  private static final String PAYLOAD = Base64URL.encode(REPORT).toString();

  /** Signs a hand-made header with the attacker's RSA key (PS256 or RS256 per the header). */
  private static String forge(Map<String, Object> header, java.security.PrivateKey key)
      throws Exception {
    String h = JwsFixtures.encode(header);
    byte[] input = (h + "." + PAYLOAD).getBytes(StandardCharsets.US_ASCII);
    JWSHeader parsed = JWSHeader.parse(header, new Base64URL(h));
    return h + "." + PAYLOAD + "." + new RSASSASigner(key).sign(parsed, input);
  }

  private static Map<String, Object> header(String alg, TestPki.Signer s) throws Exception {
    Map<String, Object> h = new LinkedHashMap<>();
    h.put("alg", alg);
    h.put("x5c", List.of(JwsFixtures.b64(s.certificate().getEncoded())));
    return h;
  }

  private static ValidationReport validate(String jws) {
    return JwsFixtures.validator().validate(jws);
  }

  @Test
  void rejectsAlgNone() throws Exception {
    Map<String, Object> h = header("none", PKI.rsaSigner(2048));
    ValidationReport report = validate(JwsFixtures.encode(h) + "." + PAYLOAD + ".");
    assertThat(report.indication()).isNotEqualTo(Indication.PASSED);
    assertThat(report.findings()).contains(ValidationFinding.ALGORITHM_NOT_ALLOWED);
  }

  @Test
  void rejectsHs256WithThePublicKeyAsSecret() throws Exception {
    TestPki.Signer s = PKI.rsaSigner(2048);
    Map<String, Object> h = header("HS256", s);
    String enc = JwsFixtures.encode(h);
    byte[] input = (enc + "." + PAYLOAD).getBytes(StandardCharsets.US_ASCII);
    Base64URL mac =
        new MACSigner(s.certificate().getPublicKey().getEncoded())
            .sign(new JWSHeader(JWSAlgorithm.HS256), input);
    ValidationReport report = validate(enc + "." + PAYLOAD + "." + mac);
    assertThat(report.subIndication()).contains(SubIndication.CRYPTO_CONSTRAINTS_FAILURE_NO_POE);
    assertThat(report.findings()).contains(ValidationFinding.ALGORITHM_NOT_ALLOWED);
  }

  @Test
  void rejectsAlgorithmThatDoesNotFitTheKey() throws Exception {
    TestPki.Signer s = PKI.rsaSigner(2048);
    String good = forge(header("PS256", s), s.keys().getPrivate());
    assertThat(validate(good).indication()).isEqualTo(Indication.PASSED);
    // Same signature, header claims ES256 for an RSA certificate.
    Map<String, Object> h = header("ES256", s);
    String swapped = JwsFixtures.encode(h) + "." + PAYLOAD + "." + good.split("\\.")[2];
    assertThat(validate(swapped).subIndication()).contains(SubIndication.SIG_CRYPTO_FAILURE);
  }

  @Test
  void refusesRsaPkcs1WhenSwitchedOff() throws Exception {
    TestPki.Signer s = PKI.rsaSigner(2048);
    String rs = forge(header("RS256", s), s.keys().getPrivate());
    assertThat(validate(rs).indication()).isEqualTo(Indication.PASSED);
    JwsValidator pssOnly =
        JwsValidator.builder().trustAnchors(List.of(PKI.root())).rsaPkcs1Allowed(false).build();
    assertThat(pssOnly.validate(rs).findings()).contains(ValidationFinding.ALGORITHM_NOT_ALLOWED);
  }

  @Test
  void rejectsSwappedX5c() throws Exception {
    TestPki.Signer s = PKI.rsaSigner(2048);
    TestPki.Signer other = PKI.rsaSigner(2048);
    String jws = JwsFixtures.sign(JwsSigner.create(), s);
    Map<String, Object> h = JwsFixtures.header(jws);
    h.put("x5c", List.of(JwsFixtures.b64(other.certificate().getEncoded())));
    String[] p = jws.split("\\.");
    ValidationReport report = validate(JwsFixtures.encode(h) + "." + p[1] + "." + p[2]);
    // The signed x5t#S256 names the real signer, so the swapped chain does not match it.
    assertThat(report.subIndication()).contains(SubIndication.NO_SIGNING_CERTIFICATE_FOUND);
    // Swapping the reference too changes the signed header: the signature value fails.
    h.put(
        "x5t#S256",
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(sha256(other.certificate().getEncoded())));
    ValidationReport both = validate(JwsFixtures.encode(h) + "." + p[1] + "." + p[2]);
    assertThat(both.subIndication()).contains(SubIndication.SIG_CRYPTO_FAILURE);
  }

  private static byte[] sha256(byte[] data) throws Exception {
    return java.security.MessageDigest.getInstance("SHA-256").digest(data);
  }

  @Test
  void selfSignedX5cDoesNotChain() throws Exception {
    TestPki.Signer s = JwsFixtures.selfSigned();
    ValidationReport report = validate(forge(header("PS256", s), s.keys().getPrivate()));
    assertThat(report.subIndication()).contains(SubIndication.NO_CERTIFICATE_CHAIN_FOUND);
  }

  @Test
  void ignoresEmbeddedJwkJkuAndX5u() throws Exception {
    AtomicInteger hits = new AtomicInteger();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        ex -> {
          hits.incrementAndGet();
          ex.sendResponseHeaders(404, -1);
          ex.close();
        });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      TestPki.Signer s = JwsFixtures.selfSigned();
      Map<String, Object> h = new LinkedHashMap<>();
      h.put("alg", "PS256");
      h.put(
          "jwk",
          new RSAKey.Builder((RSAPublicKey) s.certificate().getPublicKey()).build().toJSONObject());
      h.put("jku", base + "/jwks.json");
      h.put("x5u", base + "/cert.pem");
      h.put("kid", "attacker");
      ValidationReport report = validate(forge(h, s.keys().getPrivate()));
      assertThat(report.subIndication()).contains(SubIndication.NO_SIGNING_CERTIFICATE_FOUND);
      assertThat(hits).hasValue(0);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void rejectsUnknownCriticalHeader() throws Exception {
    TestPki.Signer s = PKI.rsaSigner(2048);
    Map<String, Object> h = header("PS256", s);
    h.put("exp2", 1);
    h.put("crit", List.of("exp2"));
    ValidationReport report = validate(forge(h, s.keys().getPrivate()));
    assertThat(report.subIndication()).contains(SubIndication.FORMAT_FAILURE);
    assertThat(report.findings()).contains(ValidationFinding.STRUCTURE_INVALID);
  }

  @Test
  void rejectsSigTOutsideCrit() throws Exception {
    TestPki.Signer s = PKI.rsaSigner(2048);
    Map<String, Object> h = header("PS256", s);
    h.put("sigT", "2025-07-01T00:00:00Z");
    assertThat(validate(forge(h, s.keys().getPrivate())).subIndication())
        .contains(SubIndication.FORMAT_FAILURE);
  }

  @Test
  void rejectsOversizedHeaderAndPayload() throws Exception {
    TestPki.Signer s = PKI.rsaSigner(2048);
    Map<String, Object> h = header("PS256", s);
    h.put("pad", "x".repeat(JwsValidator.MAX_HEADER_CHARS));
    String big = JwsFixtures.encode(h) + "." + PAYLOAD + ".AAAA";
    assertThatThrownBy(() -> validate(big)).hasMessageContaining("LT-SIG-0101");
    String huge = "a".repeat(JwsValidator.MAX_JWS_CHARS + 1);
    assertThatThrownBy(() -> validate(huge)).hasMessageContaining("LT-SIG-0101");
    byte[] payload = new byte[JwsValidator.MAX_PAYLOAD_BYTES + 1];
    assertThatThrownBy(() -> JwsFixtures.validator().validate("a..b", payload))
        .hasMessageContaining("LT-SIG-0101");
  }

  @Test
  void rejectsMalformedSerialisations() {
    for (String bad :
        List.of("abc", "a.b", "a.b.c.d", "{", "{\"signatures\":[]}", "{\"payload\":1}")) {
      assertThatThrownBy(() -> validate(bad)).as(bad).hasMessageContaining("LT-SIG-0402");
    }
    assertThat(validate("!!!.e30.AAAA").subIndication()).contains(SubIndication.FORMAT_FAILURE);
  }

  @Test
  void reportsEachOfSeveralSignaturesWhereOneIsBad() throws Exception {
    TestPki.Signer s1 = PKI.rsaSigner(2048);
    TestPki.Signer s2 = PKI.ecSigner("secp256r1");
    JwsSigner flat = JwsSigner.builder().serialization(JwsSerialization.JSON_FLATTENED).build();
    Map<String, Object> a = JSONObjectUtils.parse(JwsFixtures.sign(flat, s1));
    Map<String, Object> b = JSONObjectUtils.parse(JwsFixtures.sign(flat, s2));
    String badSig = ((String) b.get("signature"));
    badSig = (badSig.charAt(0) == 'A' ? "B" : "A") + badSig.substring(1);
    Map<String, Object> general = new LinkedHashMap<>();
    general.put("payload", a.get("payload"));
    general.put(
        "signatures",
        List.of(
            Map.of("protected", a.get("protected"), "signature", a.get("signature")),
            Map.of("protected", b.get("protected"), "signature", badSig)));
    String jws = JSONObjectUtils.toJSONString(general);

    List<ValidationReport> reports = JwsFixtures.validator().validateEach(jws);
    assertThat(reports)
        .extracting(ValidationReport::indication)
        .containsExactly(Indication.PASSED, Indication.FAILED);
    assertThat(validate(jws).findings()).contains(ValidationFinding.SEVERAL_SIGNATURES);
  }

  @Test
  void rejectsHeaderParametersRepeatedUnprotected() throws Exception {
    TestPki.Signer s = PKI.rsaSigner(2048);
    Map<String, Object> flat =
        JSONObjectUtils.parse(
            JwsFixtures.sign(
                JwsSigner.builder().serialization(JwsSerialization.JSON_FLATTENED).build(), s));
    flat.put("header", Map.of("alg", "none"));
    assertThat(validate(JSONObjectUtils.toJSONString(flat)).subIndication())
        .contains(SubIndication.FORMAT_FAILURE);
  }
}
