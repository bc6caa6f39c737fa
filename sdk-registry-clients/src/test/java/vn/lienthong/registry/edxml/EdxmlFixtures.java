package vn.lienthong.registry.edxml;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import vn.lienthong.core.id.AgencyCode;
import vn.lienthong.signature.Pkcs12SigningKey;
import vn.lienthong.signature.RsaPadding;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.testpki.TestPki;

/** Packages, keys and validators shared by the edXML tests. */
final class EdxmlFixtures {

  static final byte[] PDF = "%PDF-1.7 công văn số 15".getBytes(StandardCharsets.UTF_8);

  private EdxmlFixtures() {}

  static EdxmlPackage pkg() {
    return EdxmlPackage.builder()
        .from(new Organ(AgencyCode.parse("000.00.01.H22"), "Ủy ban nhân dân phường Ba Đình"))
        .to(new Organ(AgencyCode.parse("000.00.00.H26"), "Ủy ban nhân dân thành phố Hà Nội"))
        .code("15", "UBND-VP")
        .promulgation("Hà Nội", LocalDate.of(2026, 3, 2))
        .documentType(1, "Công văn")
        .subject("V/v cung cấp thông tin hộ tịch")
        .signer("TM. ỦY BAN NHÂN DÂN", "Chủ tịch", "Hoàng Văn D")
        .dueDate(LocalDate.of(2026, 3, 16))
        .toPlace("Như trên")
        .toPlace("Lưu: VT")
        .trace(
            new TraceHeader(
                AgencyCode.parse("000.00.01.H22"), LocalDateTime.of(2026, 3, 2, 9, 14, 30)))
        .business(BusinessDocType.NEW, "Văn bản điện tử mới")
        .attachment(
            new EdxmlAttachment("cid:cv-15", "cv-15.pdf", "application/pdf", "Công văn", PDF))
        .build();
  }

  static TestPki.Signer signer() throws Exception {
    return TestPki.shared().rsaSigner(2048);
  }

  static byte[] signed(byte[] unsigned) throws Exception {
    TestPki.Signer s = signer();
    Pkcs12SigningKey key = Pkcs12SigningKey.load(s.pkcs12Stream(), TestPki.PASSWORD, "signer");
    SignatureParameters p =
        SignatureParameters.builder(List.of(s.certificate(), s.issuer()))
            .rsaPadding(RsaPadding.PKCS1_V1_5)
            .build();
    return Edxml.signer().sign(unsigned, p, key);
  }

  static EdxmlValidator validator() {
    return EdxmlValidator.create(List.of(TestPki.shared().root()));
  }

  static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
