package vn.lienthong.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.conformance.CheckContext;
import vn.lienthong.conformance.ConformanceRun;
import vn.lienthong.conformance.Level;
import vn.lienthong.conformance.Outcome;
import vn.lienthong.conformance.RequirementResult;
import vn.lienthong.conformance.RunReport;
import vn.lienthong.conformance.TargetHttp;
import vn.lienthong.core.id.AgencyCode;
import vn.lienthong.identity.officer.Assignment;
import vn.lienthong.identity.officer.Officer;
import vn.lienthong.identity.officer.OfficerRole;
import vn.lienthong.identity.officer.UnitLevel;
import vn.lienthong.refapp.AppConfig;
import vn.lienthong.refapp.ReferenceApp;
import vn.lienthong.refapp.api.CommuneApiModule;
import vn.lienthong.refapp.documents.ResultDocuments;
import vn.lienthong.refapp.exchange.ExchangeModule;
import vn.lienthong.refapp.service.DossierModule;
import vn.lienthong.refapp.service.OfficerAccess;
import vn.lienthong.sandbox.Sandbox;
import vn.lienthong.sandbox.identity.ClientRegistration;
import vn.lienthong.sandbox.identity.IdentityIssuer;
import vn.lienthong.sandbox.lgsp.SandboxLgsp;
import vn.lienthong.signature.testpki.TestPki;

/**
 * The whole conformance catalogue against the real reference app, end to end over HTTP on loopback,
 * as a province runs it: the kit starts its sandbox; the app runs with its own sandbox off, its
 * conformance switch on (test driver), port 0 and a temporary data directory, and is configured
 * from the endpoints the kit prints: its portal sync and LGSP point at the kit's sandbox portal,
 * its citizen and officer logins at the kit's identity provider (with the client the province
 * registers there). The officer token for the jurisdiction check is one the app issued to an
 * officer of commune 00008, who must not reach the kit's dossier of commune 00004.
 *
 * <p>Every requirement of the catalogue must pass (issue 7; its goal of at most two minutes is
 * measured, not asserted: the test prints the time), the RECOMMENDED edXML ({@code LT-EXC-*}) and
 * exchange-log ({@code LT-AUD-002}) ones included: the app's document exchange points at the kit's
 * hub and trusts the root of the kit's test PKI, whose key signs the kit's test document.
 */
class ReferenceAppConformanceTest {

  private static final String CLIENT_ID = "commune-system-under-test";

  @TempDir Path data;

  @Test
  void theReferenceAppPassesEveryRequiredRequirementOfTheCatalogueWithinTwoMinutes()
      throws Exception {
    long started = System.nanoTime();
    JWKSet keys =
        new JWKSet(
            List.of(
                new ECKeyGenerator(Curve.P_256)
                    .keyID("kit-test-sig")
                    .keyUse(KeyUse.SIGNATURE)
                    .generate(),
                new RSAKeyGenerator(2048)
                    .keyID("kit-test-enc")
                    .keyUse(KeyUse.ENCRYPTION)
                    .generate()));
    Path jwks = Files.writeString(data.resolve("client.jwks.json"), keys.toString(false));
    try (Sandbox kit = Sandbox.create().start();
        ReferenceApp app = ReferenceApp.start(AppConfig.of(settings(kit, jwks)))) {
      kit.identity()
          .registerClient(
              ClientRegistration.builder()
                  .clientId(CLIENT_ID)
                  .redirectUri(URI.create(app.baseUrl() + "/auth/callback"))
                  .redirectUri(URI.create(app.baseUrl() + "/auth/can-bo/callback"))
                  .jwks(keys.toPublicJWKSet())
                  .build());
      ResultDocuments documents = app.context().require(ResultDocuments.class);
      String foreignOfficerToken =
          app.context().require(OfficerAccess.class).issueToken(officerOfAnotherCommune());
      RunReport report =
          ConformanceRun.builder()
              .target(URI.create(app.baseUrl() + "/api"))
              .http(TargetHttp.create(Duration.ofSeconds(30)))
              .sandbox(kit)
              .setting(CheckContext.INVALID_INPUT_PATH, "/commune/v1/dossiers")
              .setting(CheckContext.LOGIN_PATH, app.baseUrl() + "/dang-nhap")
              .setting(CheckContext.PROTECTED_PATH, app.baseUrl() + "/cong-dan/ho-so")
              .setting(CheckContext.FOREIGN_OFFICER_TOKEN, foreignOfficerToken)
              // the demo PKI's roots, as a province would be given the vendor's trust anchors
              .trustAnchors(documents.trustAnchors())
              .build()
              .execute();
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      Map<String, String> requiredNotPassed =
          report.results().stream()
              .filter(r -> r.requirement().level() == Level.REQUIRED)
              .filter(r -> r.outcome() != Outcome.PASSED)
              .collect(
                  Collectors.toMap(
                      r -> r.requirement().id(), r -> r.outcome() + ": " + observed(r)));
      assertThat(requiredNotPassed).isEmpty();
      assertThat(report.conforms()).isTrue();
      Map<String, String> notPassed =
          report.results().stream()
              .filter(r -> r.outcome() != Outcome.PASSED)
              .collect(
                  Collectors.toMap(
                      r -> r.requirement().id(), r -> r.outcome() + ": " + observed(r)));
      assertThat(notPassed).isEmpty();
      // The two-minute goal is a performance figure, measured and reported
      // (docs/conformance-kit.md)
      // on an idle machine; a timed assertion would fail on a loaded build machine.
      System.out.println("ReferenceAppConformanceTest: the whole catalogue took " + took);
    }
  }

  private Map<String, String> settings(Sandbox kit, Path jwks) {
    Map<String, String> s = new HashMap<>();
    s.put(AppConfig.HTTP_PORT, "0");
    s.put(AppConfig.DATA_DIR, data.resolve("app").toString());
    s.put(AppConfig.DEMO_DATA, "false");
    s.put(AppConfig.CONFORMANCE_ENABLED, "true");
    s.put(AppConfig.SANDBOX_ENABLED, "false");
    s.put(CommuneApiModule.PORTAL_INBOUND_TOKEN, CommuneApiModule.SANDBOX_PORTAL_TOKEN);
    s.put(DossierModule.PORTAL_ENDPOINT, kit.uri("/portal").toString());
    s.put(DossierModule.LGSP_TOKEN_ENDPOINT, kit.lgsp().tokenEndpoint().toString());
    s.put(DossierModule.LGSP_CLIENT_ID, SandboxLgsp.DEMO_CLIENT_ID);
    s.put(DossierModule.LGSP_CLIENT_SECRET, SandboxLgsp.DEMO_CLIENT_SECRET);
    s.put("identity.citizen.issuer", kit.identity().issuer(IdentityIssuer.CITIZEN).toString());
    s.put("identity.officer.issuer", kit.identity().issuer(IdentityIssuer.OFFICER).toString());
    s.put("identity.client-id", CLIENT_ID);
    s.put("identity.client-jwks", jwks.toString());
    s.put(ExchangeModule.ENDPOINT, kit.uri("/exchange").toString());
    try {
      s.put(
          ExchangeModule.TRUST_ANCHORS,
          Files.writeString(data.resolve("kit-root.pem"), TestPki.shared().rootPem()).toString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return s;
  }

  private static Officer officerOfAnotherCommune() {
    EnumSet<OfficerRole> roles =
        EnumSet.of(OfficerRole.RECEIVER, OfficerRole.PROCESSOR, OfficerRole.APPROVER);
    return Officer.builder()
        .subject("kit-foreign-officer")
        .officerId("CB-00008-0099")
        .fullName("Phạm Văn Ngoại")
        .agency(AgencyCode.parse("000.08.01.H26"))
        .roles(roles)
        .assignments(
            List.of(
                new Assignment("00008", UnitLevel.COMMUNE, roles, LocalDate.of(2025, 7, 1), null)))
        .build();
  }

  private static String observed(RequirementResult r) {
    return r.checks().stream()
        .filter(c -> c.result().outcome() != Outcome.PASSED)
        .map(
            c ->
                c.checkId()
                    + " "
                    + c.result().observed()
                    + c.result().expected().map(e -> " / " + e.en()).orElse(""))
        .collect(Collectors.joining("; "));
  }
}
