package vn.lienthong.signature.jws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.signature.jws.JwsFixtures.REPORT;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.security.interfaces.ECPublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.lienthong.signature.DigestAlgorithm;
import vn.lienthong.signature.Indication;
import vn.lienthong.signature.RsaPadding;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.ValidationFinding;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.testpki.TestPki;

class JwsSignerTest {

  private static final TestPki PKI = TestPki.shared();

  @Test
  void roundTripsCompactRsaPssWithJadesHeader() throws Exception {
    TestPki.Signer s = PKI.rsaSigner(2048);
    Instant at = Instant.parse("2025-07-01T01:02:03Z");
    SignatureParameters p =
        SignatureParameters.builder(List.of(s.certificate(), s.issuer())).signingTime(at).build();
    String jws = JwsSigner.create().sign(REPORT, p, JwsFixtures.key(s));

    Map<String, Object> header = JwsFixtures.header(jws);
    assertThat(header)
        .containsEntry("alg", "PS256")
        .containsEntry("iat", at.getEpochSecond())
        .doesNotContainKey("sigT")
        .doesNotContainKey("crit")
        .containsKey("x5c");
    ValidationReport report = JwsFixtures.validator().validate(jws);
    assertThat(report.indication()).isEqualTo(Indication.PASSED);
    assertThat(report.signingTime()).contains(at);
    assertThat(report.signingCertificate()).contains(s.certificate());
    assertThat(report.findings())
        .contains(ValidationFinding.CHAIN_TRUSTED, ValidationFinding.REVOCATION_NOT_CHECKED);
  }

  @Test
  void roundTripsRsaPkcs1AndEveryEcCurve() throws Exception {
    TestPki.Signer rsa = PKI.rsaSigner(2048);
    SignatureParameters rs =
        SignatureParameters.builder(List.of(rsa.certificate(), rsa.issuer()))
            .rsaPadding(RsaPadding.PKCS1_V1_5)
            .build();
    String rsJws = JwsSigner.create().sign(REPORT, rs, JwsFixtures.key(rsa));
    assertThat(JwsFixtures.header(rsJws)).containsEntry("alg", "RS256");
    assertThat(JwsFixtures.validator().validate(rsJws).indication()).isEqualTo(Indication.PASSED);

    String[][] cases = {
      {"secp256r1", "SHA256", "ES256"},
      {"secp384r1", "SHA384", "ES384"},
      {"secp521r1", "SHA512", "ES512"}
    };
    for (String[] c : cases) {
      TestPki.Signer ec = PKI.ecSigner(c[0]);
      SignatureParameters p =
          SignatureParameters.builder(List.of(ec.certificate(), ec.issuer()))
              .digestAlgorithm(DigestAlgorithm.valueOf(c[1]))
              .build();
      String jws = JwsSigner.create().sign(REPORT, p, JwsFixtures.key(ec));
      assertThat(JwsFixtures.header(jws)).containsEntry("alg", c[2]);
      assertThat(JwsFixtures.validator().validate(jws).indication())
          .as(c[2])
          .isEqualTo(Indication.PASSED);
      // Nimbus, used directly, agrees (the ECDSA value is in R || S form).
      JWSObject parsed = JWSObject.parse(jws);
      assertThat(
              parsed.verify(
                  new ECDSAVerifier(
                      (ECPublicKey) ec.certificate().getPublicKey(), java.util.Set.of())))
          .isTrue();
    }
  }

  @Test
  void roundTripsJsonFlattenedAndGeneral() throws Exception {
    TestPki.Signer s = PKI.ecSigner("secp256r1");
    for (JwsSerialization ser :
        List.of(JwsSerialization.JSON_FLATTENED, JwsSerialization.JSON_GENERAL)) {
      String jws = JwsFixtures.sign(JwsSigner.builder().serialization(ser).build(), s);
      Map<String, Object> json = JSONObjectUtils.parse(jws);
      assertThat(json).containsKey("payload");
      assertThat(json.containsKey("signatures")).isEqualTo(ser == JwsSerialization.JSON_GENERAL);
      assertThat(JwsFixtures.validator().validate(jws).indication())
          .as(ser.name())
          .isEqualTo(Indication.PASSED);
    }
  }

  @Test
  void roundTripsDetachedAndUnencodedPayloads() throws Exception {
    TestPki.Signer s = PKI.rsaSigner(2048);
    String detached = JwsFixtures.sign(JwsSigner.builder().detachedPayload(true).build(), s);
    assertThat(detached).contains("..");
    assertThat(JwsFixtures.validator().validate(detached, REPORT).indication())
        .isEqualTo(Indication.PASSED);

    String unencoded =
        JwsFixtures.sign(
            JwsSigner.builder()
                .unencodedPayload(true)
                .serialization(JwsSerialization.JSON_FLATTENED)
                .build(),
            s);
    assertThat(unencoded).doesNotContain("\"payload\"");
    String header = (String) JSONObjectUtils.parse(unencoded).get("protected");
    assertThat(JwsFixtures.header(header + "."))
        .containsEntry("b64", false)
        .containsEntry("crit", List.of("b64"));
    assertThat(JwsFixtures.validator().validate(unencoded, REPORT).indication())
        .isEqualTo(Indication.PASSED);
    assertThat(JwsFixtures.validator().validate(unencoded, JwsFixtures.utf8("khác")).indication())
        .isEqualTo(Indication.FAILED);
  }

  @Test
  void detachedWithoutPayloadIsIndeterminate() throws Exception {
    String detached =
        JwsFixtures.sign(JwsSigner.builder().detachedPayload(true).build(), PKI.rsaSigner(2048));
    assertThat(JwsFixtures.validator().validate(detached).indication())
        .isEqualTo(Indication.INDETERMINATE);
  }

  @Test
  void namesSignerByDigestWhenAsked() throws Exception {
    TestPki.Signer s = PKI.ecSigner("secp256r1");
    String jws =
        JwsFixtures.sign(
            JwsSigner.builder()
                .certificateReference(JwsCertificateReference.X5T_S256)
                .contentType("json")
                .build(),
            s);
    assertThat(JwsFixtures.header(jws))
        .containsKey("x5t#S256")
        .containsEntry("cty", "json")
        .doesNotContainKey("x5c");
    assertThat(JwsFixtures.validator().validate(jws).indication())
        .isEqualTo(Indication.INDETERMINATE);
    JwsValidator knowing =
        JwsValidator.builder()
            .trustAnchors(List.of(PKI.root()))
            .signerCertificates(List.of(s.certificate(), s.issuer()))
            .build();
    assertThat(knowing.validate(jws).indication()).isEqualTo(Indication.PASSED);
  }

  @Test
  void tamperedPayloadFails() throws Exception {
    String jws = JwsFixtures.sign(JwsSigner.create(), PKI.rsaSigner(2048));
    String[] parts = jws.split("\\.");
    String other = com.nimbusds.jose.util.Base64URL.encode("{\"ketQua\":\"Không đạt\"}").toString();
    ValidationReport report =
        JwsFixtures.validator().validate(parts[0] + "." + other + "." + parts[2]);
    assertThat(report.indication()).isEqualTo(Indication.FAILED);
    assertThat(report.findings()).contains(ValidationFinding.SIGNATURE_VALUE_INVALID);
  }

  @Test
  void threeStepSigningChecksTheValue() throws Exception {
    TestPki.Signer s = PKI.rsaSigner(2048);
    TestPki.Signer other = PKI.rsaSigner(2048);
    SignatureParameters p = JwsFixtures.parameters(s);
    JwsSigner signer = JwsSigner.create();
    byte[] toSign = signer.dataToSign(REPORT, p);
    byte[] good = JwsFixtures.key(s).sign(toSign, p.signatureAlgorithm());
    assertThat(signer.sign(REPORT, p, good)).isEqualTo(signer.sign(REPORT, p, good));
    byte[] bad = JwsFixtures.key(other).sign(toSign, p.signatureAlgorithm());
    assertThatThrownBy(() -> signer.sign(REPORT, p, bad)).hasMessageContaining("LT-SIG-0006");
  }

  @Test
  void refusesEcdsaDigestThatDoesNotMatchTheCurve() throws Exception {
    TestPki.Signer s = PKI.ecSigner("secp384r1");
    SignatureParameters p = JwsFixtures.parameters(s); // SHA-256 by default: no JWS alg for P-384
    assertThatThrownBy(() -> JwsSigner.create().dataToSign(REPORT, p))
        .hasMessageContaining("LT-SIG-0401");
  }

  @Test
  void refusesContentTypeThatIsNotPrintableAscii() {
    assertThatThrownBy(() -> JwsSigner.builder().contentType("văn bản"))
        .hasMessageContaining("LT-SIG-0403");
  }
}
