package vn.lienthong.signature.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.lienthong.signature.Indication;
import vn.lienthong.signature.Pkcs12SigningKey;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.SubIndication;
import vn.lienthong.signature.ValidationFinding;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.jws.JwsSigner;
import vn.lienthong.signature.jws.JwsValidator;
import vn.lienthong.signature.testpki.TestPki;
import vn.lienthong.signature.xades.XadesSigner;
import vn.lienthong.signature.xades.XadesValidator;

/** The validators use a configured certificate verifier for revocation. */
class ValidatorRevocationTest {

  private static final TestPki PKI = TestPki.shared();
  private static final byte[] DOCUMENT =
      "<HoSo><NoiDung>Đăng ký khai sinh</NoiDung></HoSo>".getBytes(StandardCharsets.UTF_8);

  private static byte[] xades(TestPki.Signer s) throws Exception {
    return XadesSigner.create()
        .sign(
            DOCUMENT,
            SignatureParameters.builder(List.of(s.certificate(), s.issuer())).build(),
            Pkcs12SigningKey.load(s.pkcs12Stream(), TestPki.PASSWORD, "signer"));
  }

  private static XadesValidator validator() {
    return XadesValidator.builder()
        .certificateVerifier(
            CertificateVerifier.builder()
                .trustAnchors(TrustAnchors.of("TEST", List.of(PKI.root())))
                .build())
        .build();
  }

  @Test
  void xadesWithGoodCertificatePassesWithRevocationChecked() throws Exception {
    ValidationReport r = validator().validate(xades(PKI.personSigner("TEST Nguyễn Thị Bình")));
    assertThat(r.indication()).as(r.toString()).isEqualTo(Indication.PASSED);
    assertThat(r.revocationChecked()).isTrue();
    assertThat(r.findings())
        .contains(ValidationFinding.CERTIFICATE_NOT_REVOKED)
        .doesNotContain(ValidationFinding.REVOCATION_NOT_CHECKED);
  }

  @Test
  void xadesWithRevokedCertificateIsRevokedNoPoe() throws Exception {
    ValidationReport r =
        validator().validate(xades(PKI.revokedSigner(Instant.now().minus(1, ChronoUnit.DAYS))));
    assertThat(r.indication()).isEqualTo(Indication.INDETERMINATE);
    assertThat(r.subIndication()).contains(SubIndication.REVOKED_NO_POE);
    assertThat(r.messages(Locale.forLanguageTag("vi")))
        .contains("- Chứng thư số của người ký đã bị thu hồi.");
  }

  @Test
  void xadesUnderRevokedCaIsRevokedCaNoPoe() throws Exception {
    ValidationReport r = validator().validate(xades(PKI.revokedCaSigner()));
    assertThat(r.subIndication()).contains(SubIndication.REVOKED_CA_NO_POE);
  }

  @Test
  void xadesWhenRevocationServicesAreDownIsTryLater() throws Exception {
    byte[] signed = xades(PKI.personSigner("TEST Try Later"));
    PKI.server().ocspAvailable(false);
    PKI.server().crlAvailable(false);
    try {
      ValidationReport r = validator().validate(signed);
      assertThat(r.subIndication()).contains(SubIndication.TRY_LATER);
      assertThat(r.findings()).contains(ValidationFinding.REVOCATION_UNAVAILABLE);
    } finally {
      PKI.server().ocspAvailable(true);
      PKI.server().crlAvailable(true);
    }
  }

  @Test
  void xadesSignedBeforeCertificateValidityIsNotYetValid() throws Exception {
    TestPki.Signer s =
        PKI.personSigner(
            "TEST Future",
            Instant.now().plus(1, ChronoUnit.DAYS),
            Instant.now().plus(10, ChronoUnit.DAYS));
    ValidationReport r = validator().validate(xades(s));
    assertThat(r.indication()).isEqualTo(Indication.FAILED);
    assertThat(r.subIndication()).contains(SubIndication.NOT_YET_VALID);
  }

  @Test
  void validatorWithoutVerifierKeepsChainOnlyBehaviour() throws Exception {
    ValidationReport r =
        XadesValidator.builder()
            .trustAnchors(List.of(PKI.root()))
            .build()
            .validate(xades(PKI.revokedSigner(Instant.now().minus(1, ChronoUnit.DAYS))));
    assertThat(r.indication()).isEqualTo(Indication.PASSED);
    assertThat(r.revocationChecked()).isFalse();
    assertThat(r.findings()).contains(ValidationFinding.REVOCATION_NOT_CHECKED);
  }

  @Test
  void jwsWithRevokedCertificateIsRevokedNoPoe() throws Exception {
    TestPki.Signer s = PKI.revokedSigner(Instant.now().minus(1, ChronoUnit.DAYS));
    String jws =
        JwsSigner.builder()
            .build()
            .sign(
                DOCUMENT,
                SignatureParameters.builder(List.of(s.certificate(), s.issuer())).build(),
                Pkcs12SigningKey.load(s.pkcs12Stream(), TestPki.PASSWORD, "signer"));
    JwsValidator validator =
        JwsValidator.builder()
            .certificateVerifier(
                CertificateVerifier.builder()
                    .trustAnchors(TrustAnchors.of("TEST", List.of(PKI.root())))
                    .build())
            .build();
    ValidationReport r = validator.validate(jws);
    assertThat(r.subIndication()).contains(SubIndication.REVOKED_NO_POE);
    assertThat(r.revocationChecked()).isTrue();
  }

  @Test
  void reportLinesShowLevelAfterTheClaimedTime() throws Exception {
    ValidationReport r = validator().validate(xades(PKI.personSigner("TEST Lines")));
    List<String> lines = r.messages(Locale.forLanguageTag("vi"));
    assertThat(lines.get(0)).isEqualTo("Chữ ký hợp lệ");
    assertThat(lines.get(2)).startsWith("Thời điểm ký (do người ký khai): ");
    assertThat(lines.get(3)).isEqualTo("Mức chữ ký: B-B");
    assertThat(lines)
        .contains("- OCSP hoặc CRL cho thấy các chứng thư số của người ký chưa bị thu hồi.");
  }
}
