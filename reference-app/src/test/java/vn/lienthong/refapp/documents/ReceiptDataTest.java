package vn.lienthong.refapp.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.dossier.Attachment;
import vn.lienthong.core.dossier.Channel;
import vn.lienthong.core.dossier.Dossier;
import vn.lienthong.core.id.ProcedureCode;

class ReceiptDataTest {

  @Test
  void takesCodeApplicantDatesAndAttachmentsFromTheDossier() {
    Dossier dossier =
        Dossier.builder()
            .code(DocumentFixtures.CODE)
            .procedure(ProcedureCode.parse("1.001193"))
            .applicant(DocumentFixtures.applicant())
            .receivingOffice("00004")
            .competentCommune("00004")
            .channel(Channel.ONLINE)
            .receivedAt(DocumentFixtures.NOW)
            .dueAt(DocumentFixtures.NOW.plusSeconds(86_400))
            .build()
            .withAttachment(
                new Attachment("Giấy chứng sinh.pdf", "application/pdf", 1234, "a".repeat(64)));
    ReceiptData data = ReceiptData.of(dossier, "Đăng ký khai sinh", DocumentFixtures.office());
    assertThat(data.dossierCode()).isEqualTo(DocumentFixtures.CODE);
    assertThat(data.applicant()).isEqualTo(DocumentFixtures.applicant());
    assertThat(data.receivedAt()).isEqualTo(DocumentFixtures.NOW);
    assertThat(data.dueAt()).isEqualTo(DocumentFixtures.NOW.plusSeconds(86_400));
    assertThat(data.documents()).containsExactly("Giấy chứng sinh.pdf");
    assertThat(data.toString()).doesNotContain("Hoa").doesNotContain("H22-250701");
  }

  @Test
  void refusesADueDateBeforeReceipt() {
    assertThatThrownBy(
            () ->
                new ReceiptData(
                    DocumentFixtures.CODE,
                    "Đăng ký khai sinh",
                    DocumentFixtures.applicant(),
                    DocumentFixtures.NOW,
                    DocumentFixtures.NOW.minusSeconds(1),
                    DocumentFixtures.office(),
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
