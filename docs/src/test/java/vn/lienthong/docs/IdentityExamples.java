package vn.lienthong.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.id.AgencyCode;
import vn.lienthong.identity.AssuranceLevel;
import vn.lienthong.identity.CitizenIdentity;
import vn.lienthong.identity.IdentityProfile;
import vn.lienthong.identity.LoginRequest;
import vn.lienthong.identity.LoginState;
import vn.lienthong.identity.OidcLogin;
import vn.lienthong.identity.officer.Assignment;
import vn.lienthong.identity.officer.Decision;
import vn.lienthong.identity.officer.JurisdictionPolicy;
import vn.lienthong.identity.officer.Officer;
import vn.lienthong.identity.officer.OfficerAction;
import vn.lienthong.identity.officer.OfficerRole;
import vn.lienthong.identity.officer.UnitLevel;
import vn.lienthong.sandbox.Sandbox;
import vn.lienthong.sandbox.identity.DemoClient;
import vn.lienthong.sandbox.identity.IdentityIssuer;

/** Examples of docs/sdk-identity.md. */
class IdentityExamples {

  /** Plays the browser: with a persona parameter the sandbox logs in at once and redirects. */
  private static URI browserFollows(URI authorizationUri) throws Exception {
    HttpResponse<Void> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(authorizationUri).build(),
                HttpResponse.BodyHandlers.discarding());
    return URI.create(r.headers().firstValue("Location").orElseThrow());
  }

  @Test
  void citizenLogin() throws Exception {
    JWKSet demoKeys = DemoClient.privateJwks(); // the sandbox's documented TEST-ONLY client keys
    KeyPair signingKey = demoKeys.getKeyByKeyId("demo-client-sig-TEST-ONLY").toECKey().toKeyPair();
    KeyPair encryptionKey =
        demoKeys.getKeyByKeyId("demo-client-enc-TEST-ONLY").toRSAKey().toKeyPair();
    try (Sandbox sandbox = Sandbox.create().start()) {
      URI issuer = sandbox.identity().issuer(IdentityIssuer.CITIZEN);
      // tag::citizenLogin[]
      OidcLogin login = // build once, share: thread-safe, caches discovery and keys
          OidcLogin.builder() // profile STRICT by default
              .issuer(issuer) // e.g. http://127.0.0.1:49152/idp
              .clientId(DemoClient.CLIENT_ID)
              .clientKey(signingKey, "demo-client-sig-TEST-ONLY") // private_key_jwt
              .idTokenDecryptionKey(encryptionKey) // ID tokens arrive as JWE
              .redirectUri(DemoClient.REDIRECT_URIS.get(0))
              .minimumAssurance(AssuranceLevel.LEVEL_2)
              .build();

      // 1. Start: keep the state server-side (session), redirect the browser.
      LoginRequest request = login.start(Map.of("persona", "citizen-lan")); // sandbox automation
      LoginState kept = request.state();
      URI callback = browserFollows(request.authorizationUri()); // the provider redirects back

      // 2. Finish: checks state, iss, code, tokens, nonce, DPoP; throws LT-IDN-* on any failure.
      CitizenIdentity citizen = login.finish(callback, kept);
      citizen.personalId(); // PersonalIdNumber (12 digits)
      citizen.fullName(); // NFC, e.g. "Trần Thị Lan"
      citizen.assurance(); // LEVEL_2
      citizen.toString(); // masked: safe to log
      // end::citizenLogin[]
      assertThat(citizen.profile()).isEqualTo(IdentityProfile.STRICT);
      assertThat(citizen.assurance()).isEqualTo(AssuranceLevel.LEVEL_2);
      assertThat(citizen.toString()).doesNotContain(citizen.personalId().value());
    }
  }

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
