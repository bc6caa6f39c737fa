package vn.lienthong.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.id.AgencyCode;
import vn.lienthong.identity.officer.Assignment;
import vn.lienthong.identity.officer.Decision;
import vn.lienthong.identity.officer.JurisdictionPolicy;
import vn.lienthong.identity.officer.Officer;
import vn.lienthong.identity.officer.OfficerAction;
import vn.lienthong.identity.officer.OfficerRole;
import vn.lienthong.identity.officer.UnitLevel;

/** Examples of docs/sdk-identity.md. */
class IdentityExamples {

  @Test
  void jurisdiction() {
    // tag::jurisdiction[]
    Officer officer = // normally from OfficerLogin.finish(...)
        Officer.builder()
            .subject("officer-sub-1")
            .officerId("CB-0001")
            .fullName("Trần Thị Bình")
            .agency(AgencyCode.parse("000.00.01.H26"))
            .assignments(
                List.of(
                    new Assignment( // Phường Ba Đình until 1 March 2026 (last day included)
                        "00004",
                        UnitLevel.COMMUNE,
                        Set.of(OfficerRole.RECEIVER, OfficerRole.PROCESSOR),
                        LocalDate.of(2025, 7, 1),
                        LocalDate.of(2026, 3, 1)),
                    new Assignment( // then Phường Ngọc Hà, open-ended
                        "00008",
                        UnitLevel.COMMUNE,
                        Set.of(OfficerRole.PROCESSOR),
                        LocalDate.of(2026, 3, 2),
                        null)))
            .build();
    JurisdictionPolicy policy = JurisdictionPolicy.create(); // 2025 administrative units

    Decision elsewhere =
        policy.decide(officer, OfficerAction.PROCESS, "00070", LocalDate.of(2026, 2, 10));
    elsewhere.allowed(); // false
    elsewhere.english();
    // "denied: officer CB-0001 is assigned to commune 00004 until 2026-03-01;
    //  the dossier belongs to 00070"
    elsewhere.vietnamese();
    // "từ chối: cán bộ CB-0001 được phân công tại xã 00004 đến hết ngày 2026-03-01;
    //  hồ sơ thuộc xã 00070"

    Decision afterMove =
        policy.decide(officer, OfficerAction.PROCESS, "00004", LocalDate.of(2026, 4, 1));
    afterMove.reason(); // ASSIGNMENT_ENDED: history kept, access gone
    // end::jurisdiction[]
    assertThat(elsewhere.allowed()).isFalse();
    assertThat(elsewhere.english())
        .isEqualTo(
            "denied: officer CB-0001 is assigned to commune 00004 until 2026-03-01; the dossier"
                + " belongs to 00070");
    assertThat(elsewhere.vietnamese())
        .isEqualTo(
            "từ chối: cán bộ CB-0001 được phân công tại xã 00004 đến hết ngày 2026-03-01; hồ sơ"
                + " thuộc xã 00070");
    assertThat(afterMove.reason()).isEqualTo(Decision.Reason.ASSIGNMENT_ENDED);
  }
}
