package vn.lienthong.identity.officer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.LienThongException;
import vn.lienthong.identity.FakeOpAccess;
import vn.lienthong.identity.IdentityErrorCode;
import vn.lienthong.identity.LoginRequest;

/** Officer login over loopback against WireMock stubs: the same engine, officer claims. */
class OfficerLoginTest {

  private final FakeOpAccess op = new FakeOpAccess();

  @AfterEach
  void stop() {
    op.close();
  }

  static Map<String, Object> officerClaims() {
    return Map.of(
        "name", "Trần Thị Bình",
        "vn_officer_id", "CB-0001",
        "vn_agency_code", "000.00.01.H26",
        "vn_roles", List.of("receiver", "processor"),
        "vn_assignments",
            List.of(
                Map.of(
                    "unit", "00004",
                    "level", "COMMUNE",
                    "roles", List.of("receiver", "processor"),
                    "from", "2025-07-01",
                    "to", "2026-03-01"),
                Map.of(
                    "unit", "00008",
                    "level", "COMMUNE",
                    "roles", List.of("processor"),
                    "from", "2026-03-02")));
  }

  @Test
  void mapsOfficerClaimsAndKeepsAssignmentHistory() {
    OfficerLogin login = OfficerLogin.of(op.rp());
    LoginRequest req = login.start();
    Officer o = login.finish(op.callbackWith(officerClaims()), req.state());

    assertThat(o.officerId()).isEqualTo("CB-0001");
    assertThat(o.agency().value()).isEqualTo("000.00.01.H26");
    assertThat(o.roles()).containsExactlyInAnyOrder(OfficerRole.RECEIVER, OfficerRole.PROCESSOR);
    assertThat(o.assignments()).hasSize(2);
    assertThat(o.assignments().get(0).until()).contains(LocalDate.of(2026, 3, 1));
    assertThat(o.assignments().get(1).until()).isEmpty();
    assertThat(
            JurisdictionPolicy.create()
                .decide(o, OfficerAction.PROCESS, "00004", LocalDate.of(2026, 4, 1))
                .allowed())
        .isFalse();
  }

  @Test
  void rejectsAnUnknownRole() {
    OfficerLogin login = OfficerLogin.of(op.rp());
    LoginRequest req = login.start();
    Map<String, Object> claims = new java.util.HashMap<>(officerClaims());
    claims.put("vn_roles", List.of("emperor"));
    assertThatThrownBy(() -> login.finish(op.callbackWith(claims), req.state()))
        .isInstanceOf(LienThongException.class)
        .satisfies(
            e ->
                assertThat(((LienThongException) e).errorCode())
                    .isEqualTo(IdentityErrorCode.CLAIM_INVALID));
  }
}
