package vn.lienthong.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.id.AgencyCode;
import vn.lienthong.registry.edxml.Edxml;
import vn.lienthong.registry.edxml.EdxmlAttachment;
import vn.lienthong.registry.edxml.EdxmlPackage;
import vn.lienthong.registry.edxml.EdxmlStatusCode;
import vn.lienthong.registry.edxml.EdxmlStatusMessage;
import vn.lienthong.registry.edxml.EdxmlValidationResult;
import vn.lienthong.registry.edxml.EdxmlValidator;
import vn.lienthong.registry.edxml.Organ;
import vn.lienthong.registry.edxml.TraceHeader;
import vn.lienthong.signature.Pkcs12SigningKey;
import vn.lienthong.signature.RsaPadding;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.SigningKey;
import vn.lienthong.signature.testpki.TestPki;

/** Examples of docs/sdk-registry-clients.md, section "edXML document exchange". */
class EdxmlExamples {

  @Test
  void roundTrip() throws Exception {
    TestPki.Signer s = TestPki.shared().rsaSigner(2048);
    SigningKey key = Pkcs12SigningKey.load(s.pkcs12Stream(), TestPki.PASSWORD, "signer");
    X509Certificate root = TestPki.shared().root();
    byte[] pdf = "%PDF-1.7 ...".getBytes(StandardCharsets.UTF_8);
    // tag::round-trip[]
    EdxmlPackage document =
        EdxmlPackage.builder()
            .from(new Organ(AgencyCode.parse("000.00.01.H22"), "UBND phường Ba Đình"))
            .to(new Organ(AgencyCode.parse("000.00.00.H26"), "UBND thành phố Hà Nội"))
            .code("15", "UBND-VP")
            .promulgation("Hà Nội", LocalDate.of(2026, 3, 2))
            .documentType(1, "Công văn")
            .subject("V/v cung cấp thông tin hộ tịch")
            .signer("TM. ỦY BAN NHÂN DÂN", "Chủ tịch", "Hoàng Văn D")
            .trace(
                new TraceHeader(
                    AgencyCode.parse("000.00.01.H22"), LocalDateTime.of(2026, 3, 2, 9, 14, 30)))
            .attachment(new EdxmlAttachment("cid:cv-15", "cv-15.pdf", "application/pdf", "", pdf))
            .build();
    document.documentId(); // "000.00.01.H22,2026/03/02,15/UBND-VP"

    SignatureParameters parameters =
        SignatureParameters.builder(key.certificateChain())
            .rsaPadding(RsaPadding.PKCS1_V1_5)
            .build();
    byte[] signed = Edxml.signer().sign(document.toXml(), parameters, key); // RSA-SHA256 always

    // The receiver: size cap, no DTD, QCVN 102 structure, manifest, then the signature.
    EdxmlValidator validator = EdxmlValidator.create(List.of(root)); // create once, share
    EdxmlValidationResult received = validator.validate(signed);
    received.valid(); // true: the signature passed
    received.edxmlPackage().attachments().get(0).content(); // the PDF bytes
    // end::round-trip[]
    assertThat(received.valid()).isTrue();
    assertThat(document.documentId()).isEqualTo("000.00.01.H22,2026/03/02,15/UBND-VP");
  }

  @Test
  void status() {
    EdxmlPackage document = sample();
    // tag::status[]
    EdxmlStatusMessage refused =
        EdxmlStatusMessage.builder()
            .responseFor(document)
            .from(new Organ(AgencyCode.parse("000.00.00.H26"), "UBND thành phố Hà Nội"))
            .status(EdxmlStatusCode.REFUSED) // 02: a reason is required
            .description("Văn bản gửi sai nơi nhận")
            .timestamp(LocalDateTime.of(2026, 3, 2, 10, 5))
            .build();
    byte[] xml = refused.toXml(); // sign it with Edxml.signer() like a package
    // end::status[]
    assertThat(EdxmlStatusMessage.read(xml).status()).isEqualTo(EdxmlStatusCode.REFUSED);
  }

  private static EdxmlPackage sample() {
    return EdxmlPackage.builder()
        .from(new Organ(AgencyCode.parse("000.00.01.H22"), ""))
        .to(new Organ(AgencyCode.parse("000.00.00.H26"), ""))
        .code("15", "UBND-VP")
        .promulgation("Hà Nội", LocalDate.of(2026, 3, 2))
        .documentType(1, "Công văn")
        .subject("V/v cung cấp thông tin hộ tịch")
        .signer("", "", "Hoàng Văn D")
        .build();
  }
}
