package vn.lienthong.identity.officer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.id.AgencyCode;

class JurisdictionPolicyTest {

  private static final JurisdictionPolicy POLICY = JurisdictionPolicy.create();
  private static final LocalDate BEFORE_MOVE = LocalDate.of(2026, 2, 10);
  private static final LocalDate AFTER_MOVE = LocalDate.of(2026, 4, 1);

  /** Processor at Ba Đình (00004) until 2026-03-01, then at Ngọc Hà (00008). */
  static Officer movedOfficer() {
    return Officer.builder()
        .subject("officer-sub-1")
        .officerId("CB-0001")
        .fullName("Trần Thị Bình")
        .agency(AgencyCode.parse("000.00.01.H26"))
        .roles(Set.of(OfficerRole.RECEIVER, OfficerRole.PROCESSOR))
        .assignments(
            List.of(
                new Assignment(
                    "00004",
                    UnitLevel.COMMUNE,
                    Set.of(OfficerRole.RECEIVER, OfficerRole.PROCESSOR),
                    LocalDate.of(2025, 7, 1),
                    LocalDate.of(2026, 3, 1)),
                new Assignment(
                    "00008",
                    UnitLevel.COMMUNE,
                    Set.of(OfficerRole.PROCESSOR),
                    LocalDate.of(2026, 3, 2),
                    null)))
        .build();
  }

  static Officer provincialApprover() {
    return Officer.builder()
        .subject("officer-sub-2")
        .officerId("CB-0101")
        .fullName("Lê Văn Cường")
        .agency(AgencyCode.parse("000.00.00.H26"))
        .roles(Set.of(OfficerRole.APPROVER))
        .assignments(
            List.of(
                new Assignment(
                    "01",
                    UnitLevel.PROVINCE,
                    Set.of(OfficerRole.APPROVER),
                    LocalDate.of(2025, 7, 1),
                    null)))
        .build();
  }

  @Test
  void allowsAnOfficerOnTheirOwnCommune() {
    Decision d = POLICY.decide(movedOfficer(), OfficerAction.PROCESS, "00004", BEFORE_MOVE);
    assertThat(d.allowed()).isTrue();
    assertThat(d.reason()).isEqualTo(Decision.Reason.COMMUNE_ASSIGNMENT);
    assertThat(d.english()).startsWith("allowed: officer CB-0001 holds the processor role");
  }

  @Test
  void deniesCrossCommuneAccessAndSaysWhere() {
    Decision d = POLICY.decide(movedOfficer(), OfficerAction.PROCESS, "00070", BEFORE_MOVE);
    assertThat(d.allowed()).isFalse();
    assertThat(d.reason()).isEqualTo(Decision.Reason.OTHER_UNIT);
    assertThat(d.english())
        .isEqualTo(
            "denied: officer CB-0001 is assigned to commune 00004 until 2026-03-01; the dossier"
                + " belongs to 00070");
    assertThat(d.vietnamese())
        .isEqualTo(
            "từ chối: cán bộ CB-0001 được phân công tại xã 00004 đến hết ngày 2026-03-01; hồ sơ"
                + " thuộc xã 00070");
    assertThat(Normalizer.isNormalized(d.vietnamese(), Normalizer.Form.NFC)).isTrue();
    assertThat(d.explanation(Locale.forLanguageTag("vi"))).isEqualTo(d.vietnamese());
  }

  @Test
  void anEndedAssignmentDeniesWhileStayingInTheHistory() {
    Officer o = movedOfficer();
    Decision d = POLICY.decide(o, OfficerAction.PROCESS, "00004", AFTER_MOVE);
    assertThat(d.allowed()).isFalse();
    assertThat(d.reason()).isEqualTo(Decision.Reason.ASSIGNMENT_ENDED);
    assertThat(d.english()).contains("ended on 2026-03-01");
    assertThat(o.assignments()).hasSize(2);
    assertThat(POLICY.decide(o, OfficerAction.PROCESS, "00008", AFTER_MOVE).allowed()).isTrue();
  }

  @Test
  void theLastDayOfAnAssignmentStillCounts() {
    assertThat(
            POLICY
                .decide(movedOfficer(), OfficerAction.PROCESS, "00004", LocalDate.of(2026, 3, 1))
                .allowed())
        .isTrue();
  }

  @Test
  void aNewAssignmentDoesNotGiveAccessBeforeItStarts() {
    Decision d = POLICY.decide(movedOfficer(), OfficerAction.PROCESS, "00008", BEFORE_MOVE);
    assertThat(d.allowed()).isFalse();
    Officer onlyFuture =
        Officer.builder()
            .subject("s")
            .officerId("CB-9")
            .fullName("Phạm Văn Dũng")
            .agency(AgencyCode.parse("000.00.01.H26"))
            .assignments(
                List.of(
                    new Assignment(
                        "00008",
                        UnitLevel.COMMUNE,
                        Set.of(OfficerRole.PROCESSOR),
                        AFTER_MOVE,
                        null)))
            .build();
    assertThat(POLICY.decide(onlyFuture, OfficerAction.PROCESS, "00008", BEFORE_MOVE).reason())
        .isEqualTo(Decision.Reason.ASSIGNMENT_NOT_STARTED);
  }

  @Test
  void aProvincialRoleCoversEveryCommuneOfItsProvince() {
    Officer o = provincialApprover();
    for (String commune : List.of("00004", "00008", "00070")) {
      Decision d = POLICY.decide(o, OfficerAction.APPROVE, commune, AFTER_MOVE);
      assertThat(d.allowed()).as(commune).isTrue();
      assertThat(d.reason()).isEqualTo(Decision.Reason.PROVINCE_ASSIGNMENT);
    }
  }

  @Test
  void aProvincialRoleStopsAtTheProvinceBoundary() {
    Decision d = POLICY.decide(provincialApprover(), OfficerAction.APPROVE, "25747", AFTER_MOVE);
    assertThat(d.allowed()).isFalse();
    assertThat(d.reason()).isEqualTo(Decision.Reason.OTHER_UNIT);
    assertThat(d.english()).contains("province 01").contains("25747");
  }

  @Test
  void deniesAnActionWhoseRoleTheAssignmentLacks() {
    Decision d = POLICY.decide(movedOfficer(), OfficerAction.APPROVE, "00004", BEFORE_MOVE);
    assertThat(d.reason()).isEqualTo(Decision.Reason.ROLE_MISSING);
    assertThat(d.vietnamese()).contains("phê duyệt");
  }

  @Test
  void deniesUnknownOrMalformedCommuneCodes() {
    assertThat(POLICY.decide(movedOfficer(), OfficerAction.PROCESS, "00013", BEFORE_MOVE).reason())
        .isEqualTo(Decision.Reason.UNKNOWN_COMMUNE);
    Decision d = POLICY.decide(movedOfficer(), OfficerAction.PROCESS, "0\r\n<b>", BEFORE_MOVE);
    assertThat(d.reason()).isEqualTo(Decision.Reason.UNKNOWN_COMMUNE);
    assertThat(d.english()).doesNotContain("\n").doesNotContain("<");
  }

  @Test
  void deniesAnOfficerWithoutAssignments() {
    Officer o =
        Officer.builder()
            .subject("s")
            .officerId("CB-7")
            .fullName("Đỗ Thị Hoa")
            .agency(AgencyCode.parse("000.00.01.H26"))
            .build();
    assertThat(POLICY.decide(o, OfficerAction.RECEIVE, "00004", AFTER_MOVE).reason())
        .isEqualTo(Decision.Reason.NO_ASSIGNMENT);
    assertThat(o.toString()).doesNotContain("Hoa");
  }

  @Test
  void assignmentsCheckTheirShape() {
    assertThatThrownBy(
            () ->
                new Assignment("0004", UnitLevel.COMMUNE, Set.of(), LocalDate.of(2025, 7, 1), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new Assignment(
                    "01",
                    UnitLevel.PROVINCE,
                    Set.of(),
                    LocalDate.of(2025, 7, 1),
                    LocalDate.of(2025, 6, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
