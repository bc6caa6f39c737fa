package vn.lienthong.conformance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.core.LienThongException;
import vn.lienthong.signature.testpki.TestPki;

class ReportSignatureTest {

  @TempDir Path dir;

  @Test
  void aPerRunSignatureVerifiesAndSaysItProvesIntegrityOnly() {
    List<Path> files = ReportFiles.write(ReportsTest.sample(), dir, ReportSigner.perRun());
    assertThat(files).hasSize(6);
    for (String name : List.of(ReportFiles.HTML, ReportFiles.JSON, ReportFiles.JUNIT)) {
      ReportVerification v = ReportVerifier.verify(dir.resolve(name), List.of());
      assertThat(v.valid()).as(name).isTrue();
      assertThat(v.integrityOnly()).isTrue();
    }
  }

  @Test
  void aReportChangedAfterSigningDoesNotVerify() throws Exception {
    ReportFiles.write(ReportsTest.sample(), dir, ReportSigner.perRun());
    Path html = dir.resolve(ReportFiles.HTML);
    Files.writeString(html, Files.readString(html).replace("CHƯA ĐẠT", "ĐẠT"));
    assertThat(ReportVerifier.verify(html, List.of()).valid()).isFalse();
  }

  @Test
  void aSignatureOfAnotherReportDoesNotVerify() throws Exception {
    ReportFiles.write(ReportsTest.sample(), dir, ReportSigner.perRun());
    Files.copy(
        dir.resolve(ReportFiles.JSON + ".jws"),
        dir.resolve(ReportFiles.HTML + ".jws"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertThat(ReportVerifier.verify(dir.resolve(ReportFiles.HTML), List.of()).valid()).isFalse();
  }

  @Test
  void anOperatorKeyFromPkcs12ProvesOriginAgainstItsTrustAnchor() throws Exception {
    TestPki.Signer ec = TestPki.shared().ecSigner("secp256r1");
    ReportSigner signer = ReportSigner.fromPkcs12(ec.pkcs12(), TestPki.PASSWORD);
    assertThat(signer.integrityOnly()).isFalse();
    ReportFiles.write(ReportsTest.sample(), dir, signer);
    ReportVerification v =
        ReportVerifier.verify(dir.resolve(ReportFiles.HTML), List.of(TestPki.shared().root()));
    assertThat(v.valid()).isTrue();
    assertThat(v.integrityOnly()).isFalse();
    assertThat(v.signer()).contains("EC secp256r1");
    String header =
        new String(
            java.util.Base64.getUrlDecoder()
                .decode(Files.readString(dir.resolve(ReportFiles.HTML + ".jws")).split("\\.")[0]));
    assertThat(header).contains("\"ES256\"").contains("x5c");
  }

  @Test
  void aPerRunSignatureDoesNotVerifyAgainstTheProvincesTrustAnchor() {
    ReportFiles.write(ReportsTest.sample(), dir, ReportSigner.perRun());
    assertThat(
            ReportVerifier.verify(dir.resolve(ReportFiles.HTML), List.of(TestPki.shared().root()))
                .valid())
        .isFalse();
  }

  @Test
  void refusesAnRsaKeyOrAWrongPassword() throws Exception {
    TestPki.Signer rsa = TestPki.shared().rsaSigner(2048);
    assertThatThrownBy(() -> ReportSigner.fromPkcs12(rsa.pkcs12(), TestPki.PASSWORD))
        .isInstanceOf(LienThongException.class)
        .extracting(e -> ((LienThongException) e).code())
        .isEqualTo("LT-CONF-0202");
    TestPki.Signer ec = TestPki.shared().ecSigner("secp256r1");
    assertThatThrownBy(() -> ReportSigner.fromPkcs12(ec.pkcs12(), "wrong".toCharArray()))
        .isInstanceOf(LienThongException.class);
  }
}
