package vn.lienthong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.identity.StrictLoginTest.rejected;

import com.nimbusds.jose.jwk.JWKSet;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.lienthong.identity.officer.JurisdictionPolicy;
import vn.lienthong.identity.officer.Officer;
import vn.lienthong.identity.officer.OfficerAction;
import vn.lienthong.identity.officer.OfficerLogin;
import vn.lienthong.sandbox.Sandbox;
import vn.lienthong.sandbox.identity.DemoClient;
import vn.lienthong.sandbox.identity.IdentityIssuer;
import vn.lienthong.sandbox.persona.Persona;
import vn.lienthong.sandbox.persona.Personas;

/**
 * The relying party against the embedded sandbox identity provider over real HTTP on loopback, in
 * every profile (STRICT citizen, officer, NPSP_SSO, VNEID_DIRECT), and rejected in every hostile
 * mode with the matching code. The sandbox's documented demo client and test keys are used.
 */
class SandboxLoginTest {

  private static final URI REDIRECT = DemoClient.REDIRECT_URIS.get(0);
  private static Sandbox sandbox;
  private static final HttpClient BROWSER =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeAll
  static void start() {
    sandbox = Sandbox.create().start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static URI issuer(IdentityIssuer i) {
    return sandbox.identity().issuer(i);
  }

  static OidcLogin.Builder strict(IdentityIssuer i) {
    JWKSet keys = DemoClient.privateJwks();
    try {
      return OidcLogin.builder()
          .issuer(issuer(i))
          .clientId(DemoClient.CLIENT_ID)
          .clientKey(
              keys.getKeyByKeyId("demo-client-sig-TEST-ONLY").toECKey().toKeyPair(),
              "demo-client-sig-TEST-ONLY")
          .idTokenDecryptionKey(
              keys.getKeyByKeyId("demo-client-enc-TEST-ONLY").toRSAKey().toKeyPair())
          .redirectUri(REDIRECT)
          .timeout(Duration.ofSeconds(10));
    } catch (com.nimbusds.jose.JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static OidcLogin.Builder national(IdentityProfile profile, IdentityIssuer i) {
    URI base = issuer(i);
    OidcLogin.Builder b =
        OidcLogin.builder()
            .profile(profile)
            .issuer(base)
            .clientId(DemoClient.CLIENT_ID)
            .clientSecret(DemoClient.CLIENT_SECRET)
            .redirectUri(REDIRECT)
            .timeout(Duration.ofSeconds(10))
            .endpoints(
                URI.create(base + "/authorize"),
                URI.create(base + "/token"),
                URI.create(base + "/userinfo"));
    if (profile == IdentityProfile.VNEID_DIRECT) {
      try {
        b.envelopeKey(
            DemoClient.privateJwks()
                .getKeyByKeyId("demo-client-enc-TEST-ONLY")
                .toRSAKey()
                .toKeyPair());
      } catch (com.nimbusds.jose.JOSEException e) {
        throw new IllegalStateException(e);
      }
    }
    return b;
  }

  /** Plays the browser: the persona parameter logs in at once and the provider redirects back. */
  static URI authorize(URI authorizationUri) throws Exception {
    HttpResponse<String> r =
        BROWSER.send(
            HttpRequest.newBuilder(authorizationUri).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isBetween(300, 399);
    return URI.create(r.headers().firstValue("Location").orElseThrow());
  }

  @Test
  void citizenLogsInWithTheStrictProfile() throws Exception {
    Persona lan = Personas.require("citizen-lan");
    OidcLogin rp = strict(IdentityIssuer.CITIZEN).build();
    LoginRequest req = rp.start(Map.of("persona", lan.id()));
    CitizenIdentity who = rp.finish(authorize(req.authorizationUri()), req.state());

    assertThat(who.personalId()).isEqualTo(lan.personalId().orElseThrow());
    assertThat(who.fullName()).isEqualTo(lan.fullName());
    assertThat(who.birthDate()).contains(lan.birthDate());
    assertThat(who.gender()).isEqualTo(lan.gender());
    assertThat(who.assurance().acr()).isEqualTo(lan.assuranceLevel().orElseThrow().claimValue());
    assertThat(who.subject()).isEqualTo(lan.subject());
  }

  @Test
  void enterpriseAccountCarriesItsTaxCode() throws Exception {
    Persona firm = Personas.require("enterprise-an-phat");
    OidcLogin rp = strict(IdentityIssuer.CITIZEN).build();
    LoginRequest req = rp.start(Map.of("persona", firm.id()));
    CitizenIdentity who = rp.finish(authorize(req.authorizationUri()), req.state());
    assertThat(who.accountType()).isEqualTo(AccountType.ENTERPRISE);
    assertThat(who.taxCode()).isEqualTo(firm.taxCode());
  }

  @Test
  void officerLogsInAndTheJurisdictionFollowsTheMove() throws Exception {
    OfficerLogin login = OfficerLogin.of(strict(IdentityIssuer.OFFICER).build());
    LoginRequest req = login.start(Map.of("persona", "officer-moved"));
    Officer officer = login.finish(authorize(req.authorizationUri()), req.state());

    Persona moved = Personas.require("officer-moved");
    assertThat(officer.officerId()).isEqualTo(moved.officerId().orElseThrow());
    assertThat(officer.agency()).isEqualTo(moved.agencyCode().orElseThrow());
    assertThat(officer.assignments()).hasSize(moved.assignments().size());
    JurisdictionPolicy policy = JurisdictionPolicy.create();
    LocalDate before = Personas.OFFICER_MOVE_DAY.minusDays(10);
    LocalDate after = Personas.OFFICER_MOVE_DAY.plusDays(10);
    assertThat(policy.decide(officer, OfficerAction.PROCESS, "00004", before).allowed()).isTrue();
    assertThat(policy.decide(officer, OfficerAction.PROCESS, "00004", after).allowed()).isFalse();
  }

  @Test
  void citizenLogsInThroughThePortalProfile() throws Exception {
    Persona lan = Personas.require("citizen-lan");
    OidcLogin rp = national(IdentityProfile.NPSP_SSO, IdentityIssuer.NPSP).build();
    LoginRequest req = rp.start(Map.of("persona", lan.id()));
    CitizenIdentity who = rp.finish(authorize(req.authorizationUri()), req.state());
    assertThat(who.personalId()).isEqualTo(lan.personalId().orElseThrow());
    assertThat(who.fullName()).isEqualTo(lan.fullName());
    assertThat(who.profile()).isEqualTo(IdentityProfile.NPSP_SSO);
  }

  @Test
  void citizenLogsInThroughVneidDirect() throws Exception {
    Persona lan = Personas.require("citizen-lan");
    OidcLogin rp = national(IdentityProfile.VNEID_DIRECT, IdentityIssuer.VNEID).build();
    LoginRequest req = rp.start(Map.of("persona", lan.id()));
    CitizenIdentity who = rp.finish(authorize(req.authorizationUri()), req.state());
    assertThat(who.personalId()).isEqualTo(lan.personalId().orElseThrow());
    assertThat(who.profile()).isEqualTo(IdentityProfile.VNEID_DIRECT);
  }

  @Test
  void acceptsTheRotatedSigningKeyAfterRefreshingTheKeySet() throws Exception {
    OidcLogin rp = strict(IdentityIssuer.CITIZEN).jwksRefreshInterval(Duration.ZERO).build();
    LoginRequest first = rp.start(Map.of("persona", "citizen-lan"));
    rp.finish(authorize(first.authorizationUri()), first.state());
    sandbox.identity().rotateKeys(IdentityIssuer.CITIZEN);
    LoginRequest second = rp.start(Map.of("persona", "citizen-lan"));
    assertThat(rp.finish(authorize(second.authorizationUri()), second.state())).isNotNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "bad-signature, ID_TOKEN_SIGNATURE_INVALID",
    "wrong-iss, ID_TOKEN_ISSUER_MISMATCH",
    "wrong-aud, ID_TOKEN_AUDIENCE_MISMATCH",
    "extra-aud-no-azp, ID_TOKEN_UNTRUSTED_AUDIENCE",
    "expired, ID_TOKEN_EXPIRED",
    "missing-nonce, ID_TOKEN_NONCE_MISSING",
    "wrong-nonce, ID_TOKEN_NONCE_MISMATCH",
    "alg-none, ID_TOKEN_UNSIGNED",
    "hs256-public-key, ID_TOKEN_ALGORITHM_NOT_ALLOWED",
    "unknown-kid, ID_TOKEN_KEY_UNKNOWN",
    "missing-sub, ID_TOKEN_SUBJECT_MISSING",
    "missing-iat, ID_TOKEN_ISSUED_AT_MISSING",
    "missing-exp, ID_TOKEN_EXPIRY_MISSING",
    "authz-iss-missing, AUTHORIZATION_ISSUER_MISSING",
    "authz-iss-wrong, AUTHORIZATION_ISSUER_MISMATCH"
  })
  void rejectsEveryHostileMode(String mode, IdentityErrorCode expected) throws Exception {
    OidcLogin rp = strict(IdentityIssuer.CITIZEN).build();
    LoginRequest req = rp.start(Map.of("persona", "citizen-lan", "hostile", mode));
    URI callback = authorize(req.authorizationUri());
    rejected(expected, () -> rp.finish(callback, req.state()));
  }
}
