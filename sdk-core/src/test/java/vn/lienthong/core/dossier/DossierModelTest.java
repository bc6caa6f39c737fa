package vn.lienthong.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.ErrorCode;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.calendar.ProcessingDeadline;
import vn.lienthong.core.id.PersonalIdNumber;
import vn.lienthong.core.id.TaxCode;
import vn.lienthong.core.text.PersonName;

class DossierModelTest {

  private static final String SHA =
      "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855";

  private static ErrorCode codeOf(Runnable r) {
    try {
      r.run();
    } catch (InvalidInputException e) {
      return e.errorCode();
    }
    throw new AssertionError("no exception");
  }

  @Test
  void receivingOfficeAndCompetentCommuneMayDiffer() {
    Dossier d = TestDossiers.newDossier();
    assertThat(d.receivingOffice().code()).isEqualTo("31891");
    assertThat(d.competentCommune().code()).isEqualTo("00004");
    assertThat(d.competentCommune().name()).isEqualTo("Phường Ba Đình");
  }

  @Test
  void rejectsACommuneCodeNotInTheList() {
    assertThat(codeOf(() -> Dossier.builder().competentCommune("99999")))
        .isEqualTo(CoreErrorCode.UNKNOWN_COMMUNE);
    assertThat(codeOf(() -> Dossier.builder().receivingOffice("4")))
        .isEqualTo(CoreErrorCode.COMMUNE_CODE_LENGTH);
  }

  @Test
  void buildRequiresEveryPart() {
    assertThatThrownBy(() -> Dossier.builder().channel(Channel.ONLINE).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("code required");
  }

  @Test
  void applicantIdentifierMustFitItsKind() {
    PersonName name = PersonName.parse("Trần Thị Bình");
    TaxCode tax = TaxCode.parse("0100233488");
    PersonalIdNumber id = PersonalIdNumber.parse("001099012345");
    assertThat(Applicant.business(tax, name).subjectCode()).isEqualTo("0100233488");
    assertThat(Applicant.citizen(id, name).kind().portalCode()).isEqualTo(1);
    assertThat(codeOf(() -> new Applicant(ApplicantKind.CITIZEN, null, tax, name)))
        .isEqualTo(CoreErrorCode.APPLICANT_IDENTIFIER);
    assertThat(codeOf(() -> new Applicant(ApplicantKind.BUSINESS, id, null, name)))
        .isEqualTo(CoreErrorCode.APPLICANT_IDENTIFIER);
  }

  @Test
  void toStringMasksTheApplicant() {
    Dossier d = TestDossiers.newDossier();
    assertThat(d.toString())
        .doesNotContain("001099012345", "Nguyễn Văn An", "260302")
        .contains("345", "1.004222", "NEW");
    assertThat(d.applicant().toString()).doesNotContain("001099012345");
  }

  @Test
  void attachmentDigestIsStoredInLowerCaseAndChecked() {
    Attachment a = new Attachment("CT01.pdf", "application/pdf", 48_213, SHA);
    assertThat(a.sha256()).isEqualTo(SHA.toLowerCase(java.util.Locale.ROOT));
    assertThat(codeOf(() -> new Attachment("a.pdf", "application/pdf", 1, "abc")))
        .isEqualTo(CoreErrorCode.DIGEST_SHAPE);
    assertThat(codeOf(() -> new Attachment("a.pdf", "application/pdf", -1, SHA)))
        .isEqualTo(CoreErrorCode.NEGATIVE_QUANTITY);
    assertThat(codeOf(() -> new Attachment(" ", "application/pdf", 1, SHA)))
        .isEqualTo(CoreErrorCode.REQUIRED);
  }

  @Test
  void feesAttachmentsAndResultsAreAddedToACopy() {
    Dossier d = TestDossiers.newDossier();
    Attachment file = new Attachment("GKS.pdf", "application/pdf", 10, SHA);
    Dossier more =
        d.withFee(new Fee("Lệ phí đăng ký thường trú", 20_000, false).paid())
            .withAttachment(file)
            .withResult(new ResultDocument("Giấy khai sinh", "12/2026", Instant.EPOCH, file));
    assertThat(d.fees()).isEmpty();
    assertThat(more.fees()).singleElement().satisfies(f -> assertThat(f.isPaid()).isTrue());
    assertThat(more.attachments()).containsExactly(file);
    assertThat(more.results()).hasSize(1);
    assertThat(codeOf(() -> new Fee("Phí", -1, false))).isEqualTo(CoreErrorCode.NEGATIVE_QUANTITY);
  }

  @Test
  void listsAreImmutable() {
    Dossier d = TestDossiers.inStatus(DossierStatus.IN_PROGRESS);
    assertThatThrownBy(() -> d.history().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(
            new SupplementRequest(
                    "s", Instant.EPOCH, "r", new java.util.ArrayList<>(List.of("a")), 0, null)
                .items())
        .isUnmodifiable();
  }

  @Test
  void deadlineAndSupplementCountsAreCapped() {
    assertThat(codeOf(() -> ProcessingDeadline.workingDays(Integer.MAX_VALUE)))
        .isEqualTo(CoreErrorCode.WORKING_DAYS_OUT_OF_RANGE);
    assertThat(codeOf(() -> ProcessingDeadline.workingDays(-1)))
        .isEqualTo(CoreErrorCode.WORKING_DAYS_OUT_OF_RANGE);
    List<String> many = java.util.Collections.nCopies(SupplementRequest.MAX_ITEMS + 1, "x");
    assertThat(codeOf(() -> new SupplementRequest("s", Instant.EPOCH, "r", many, 0, null)))
        .isEqualTo(CoreErrorCode.QUANTITY_TOO_LARGE);
  }
}
