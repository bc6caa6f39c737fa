package vn.lienthong.registry.edxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.registry.edxml.EdxmlFixtures.bytes;
import static vn.lienthong.registry.edxml.EdxmlFixtures.pkg;
import static vn.lienthong.registry.edxml.EdxmlFixtures.signed;
import static vn.lienthong.registry.edxml.EdxmlFixtures.text;
import static vn.lienthong.registry.edxml.EdxmlFixtures.validator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.contracts.ContractValidator;
import vn.lienthong.core.id.AgencyCode;
import vn.lienthong.signature.Indication;
import vn.lienthong.signature.ValidationFinding;

class EdxmlRoundTripTest {

  @Test
  void buildSignParseValidate() throws Exception {
    EdxmlPackage original = pkg();
    assertThat(original.documentId()).isEqualTo("000.00.01.H22,2026/03/02,15/UBND-VP");
    byte[] signed = signed(original.toXml());
    assertThat(text(signed)).contains("<edXML:edXMLHeader>").contains("ds:Signature");

    EdxmlValidationResult r = validator().validate(signed);
    assertThat(r.valid()).as(r.signature().toString()).isTrue();
    assertThat(r.signature().findings()).contains(ValidationFinding.FULL_DOCUMENT_SIGNED);
    EdxmlPackage read = r.edxmlPackage();
    assertThat(read.documentId()).isEqualTo(original.documentId());
    assertThat(read.from()).isEqualTo(original.from());
    assertThat(read.to()).isEqualTo(original.to());
    assertThat(read.subject()).isEqualTo("V/v cung cấp thông tin hộ tịch");
    assertThat(read.signerFullName()).isEqualTo("Hoàng Văn D");
    assertThat(read.dueDate()).contains(LocalDate.of(2026, 3, 16));
    assertThat(read.toPlaces()).containsExactly("Như trên", "Lưu: VT");
    assertThat(read.traces()).isEqualTo(original.traces());
    assertThat(read.businessDocType()).isEqualTo(BusinessDocType.NEW);
    assertThat(read.attachments()).isEqualTo(original.attachments());
    assertThat(read.attachments().get(0).content()).isEqualTo(EdxmlFixtures.PDF);
  }

  @Test
  void theUnsignedPackageSatisfiesTheContractSchema() {
    assertThat(
            ContractValidator.create()
                .validateRequestBody("exchange/document-exchange#sendDocument", text(pkg().toXml()))
                .violations())
        .isEmpty();
  }

  @Test
  void rejectsAChangedHeader() throws Exception {
    byte[] tampered = bytes(text(signed(pkg().toXml())).replace("hộ tịch", "đất đai"));
    EdxmlValidationResult r = validator().validate(tampered);
    assertThat(r.valid()).isFalse();
    assertThat(r.signature().findings()).contains(ValidationFinding.DIGEST_MISMATCH);
  }

  @Test
  void rejectsAChangedAttachment() throws Exception {
    String xml = text(signed(pkg().toXml()));
    String original = Base64.getEncoder().encodeToString(EdxmlFixtures.PDF);
    String forged = Base64.getEncoder().encodeToString(bytes("%PDF-1.7 công văn số 99"));
    EdxmlValidationResult r = validator().validate(bytes(xml.replace(original, forged)));
    assertThat(r.signature().indication()).isEqualTo(Indication.FAILED);
    assertThat(r.edxmlPackage().attachments().get(0).content()).isNotEqualTo(EdxmlFixtures.PDF);
  }

  @Test
  void rejectsSignatureWrapping() throws Exception {
    String xml = text(signed(pkg().toXml()));
    String sig = xml.substring(xml.indexOf("<ds:Signature"), xml.indexOf("</ds:Signature>") + 15);
    // A forged header with the genuine signature moved to a second place: structure refuses it.
    String wrapped = xml.replace("<edXML:edXMLBody>", "<edXML:edXMLBody>" + sig);
    assertThatThrownBy(() -> validator().validate(bytes(wrapped)))
        .hasMessageContaining("LT-REG-0203");
    // The signature moved out of edXMLHeader to the end of the envelope.
    String moved =
        xml.replace(sig, "").replace("</edXML:edXMLEnvelope>", sig + "</edXML:edXMLEnvelope>");
    assertThatThrownBy(() -> validator().validate(bytes(moved)))
        .hasMessageContaining("LT-REG-0203");
  }

  @Test
  void rejectsXxeUnread() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<edXML:edXMLEnvelope xmlns:edXML=\""
            + Edxml.NAMESPACE
            + "\">&x;</edXML:edXMLEnvelope>";
    assertThatThrownBy(() -> validator().validate(bytes(xxe)))
        .hasMessageContaining("LT-REG-0202")
        .hasMessageNotContaining("root:");
  }

  @Test
  void rejectsAnOversizedPackageUnread() {
    byte[] big = new byte[Edxml.MAX_PACKAGE_BYTES + 1];
    assertThatThrownBy(() -> validator().validate(big)).hasMessageContaining("LT-REG-0201");
  }

  @Test
  void rejectsAManifestThatDoesNotMatchTheAttachments() throws Exception {
    String xml = text(pkg().toXml());
    String changed =
        xml.replaceFirst(
            "<edXML:AttachmentName>cv-15.pdf</edXML:AttachmentName>",
            "<edXML:AttachmentName>other.pdf</edXML:AttachmentName>");
    assertThatThrownBy(() -> validator().read(bytes(changed))).hasMessageContaining("LT-REG-0204");
  }

  @Test
  void refusesIncompletePackages() {
    assertThatThrownBy(() -> EdxmlPackage.builder().build()).hasMessageContaining("LT-REG-0205");
    assertThatThrownBy(
            () -> new EdxmlAttachment("no-cid", "a.pdf", "application/pdf", "", new byte[0]))
        .hasMessageContaining("LT-REG-0205");
  }

  @Test
  void statusMessagesRoundTripAndARefusalNeedsAReason() throws Exception {
    Organ hanoi = new Organ(AgencyCode.parse("000.00.00.H26"), "UBND thành phố Hà Nội");
    EdxmlStatusMessage refused =
        EdxmlStatusMessage.builder()
            .responseFor(pkg())
            .from(hanoi)
            .status(EdxmlStatusCode.REFUSED)
            .description("Văn bản gửi sai nơi nhận")
            .timestamp(LocalDateTime.of(2026, 3, 2, 10, 5))
            .staff("Văn thư", "Đỗ Văn C")
            .build();
    byte[] signedStatus = signed(refused.toXml());
    assertThat(
            Edxml.signatureValidator(
                    java.util.List.of(vn.lienthong.signature.testpki.TestPki.shared().root()))
                .validate(signedStatus)
                .indication())
        .isEqualTo(Indication.PASSED);
    EdxmlStatusMessage read = EdxmlStatusMessage.read(signedStatus);
    assertThat(read.status()).isEqualTo(EdxmlStatusCode.REFUSED);
    assertThat(read.documentId()).isEqualTo("000.00.01.H22,2026/03/02,15/UBND-VP");
    assertThat(read.description()).isEqualTo("Văn bản gửi sai nơi nhận");
    assertThat(read.timestamp()).isEqualTo(LocalDateTime.of(2026, 3, 2, 10, 5));
    for (EdxmlStatusCode c : EdxmlStatusCode.values()) {
      assertThat(EdxmlStatusCode.fromCode(c.code())).contains(c);
    }
    assertThatThrownBy(
            () ->
                EdxmlStatusMessage.builder()
                    .responseFor(pkg())
                    .from(hanoi)
                    .status(EdxmlStatusCode.REFUSED)
                    .timestamp(LocalDateTime.of(2026, 3, 2, 10, 5))
                    .build())
        .hasMessageContaining("LT-REG-0205");
  }
}
