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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.conformance.CheckContext;
import vn.lienthong.conformance.ConformanceRun;
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
import vn.lienthong.refapp.documents.Approver;
import vn.lienthong.refapp.documents.IssuingOffice;
import vn.lienthong.refapp.documents.ResultData;
import vn.lienthong.refapp.documents.ResultDocuments;
import vn.lienthong.refapp.documents.ResultKind;
import vn.lienthong.refapp.service.OfficerAccess;
import vn.lienthong.refapp.service.ResultIssuer;
import vn.lienthong.sandbox.Sandbox;
import vn.lienthong.sandbox.identity.ClientRegistration;
import vn.lienthong.sandbox.identity.IdentityIssuer;

/**
 * The conformance kit's identity checks ({@code LT-IDN-001} hostile identity provider, {@code
 * LT-IDN-002} jurisdiction) and the Decree 30 appearance ({@code LT-SIG-004}) against the real
 * reference app, over HTTP on loopback.
 *
 * <p>The app is pointed at the kit's identity provider the way a province does it: its settings
 * {@code identity.citizen.issuer} and {@code identity.officer.issuer} name the kit's sandbox
 * issuers, {@code identity.client-id} and {@code identity.client-jwks} the client the province
 * registers there (fresh keys here; the public half goes to the kit, as {@code POST
 * {issuer}/admin/clients} does on the standalone kit). The officer token for the jurisdiction check
 * is one the app issued to an officer of commune 00008, who must not reach the kit's dossier of
 * commune 00004.
 */
class ReferenceAppIdentityConformanceTest {

  @TempDir Path data;

  @Test
  void theReferenceAppRefusesForgedIdTokensKeepsOfficersInTheirCommuneAndShowsTheDecree30Seal()
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
    try (Sandbox kit = Sandbox.builder().build().start();
        ReferenceApp app =
            ReferenceApp.start(
                AppConfig.of(
                    Map.of(
                        AppConfig.HTTP_PORT,
                        "0",
                        AppConfig.DATA_DIR,
                        data.resolve("app").toString(),
                        AppConfig.DEMO_DATA,
                        "false",
                        AppConfig.CONFORMANCE_ENABLED,
                        "true",
                        "identity.citizen.issuer",
                        kit.identity().issuer(IdentityIssuer.CITIZEN).toString(),
                        "identity.officer.issuer",
                        kit.identity().issuer(IdentityIssuer.OFFICER).toString(),
                        "identity.client-id",
                        "commune-system-under-test",
                        "identity.client-jwks",
                        jwks.toString())))) {
      kit.identity()
          .registerClient(
              ClientRegistration.builder()
                  .clientId("commune-system-under-test")
                  .redirectUri(URI.create(app.baseUrl() + "/auth/callback"))
                  .redirectUri(URI.create(app.baseUrl() + "/auth/can-bo/callback"))
                  .jwks(keys.toPublicJWKSet())
                  .build());
      ResultDocuments documents = app.context().require(ResultDocuments.class);
      if (app.context().find(ResultIssuer.class).isEmpty()) {
        app.context().register(ResultIssuer.class, request -> issue(documents, request));
      }
      String foreignOfficerToken =
          app.context().require(OfficerAccess.class).issueToken(officerOfAnotherCommune());
      RunReport report =
          ConformanceRun.builder()
              .target(URI.create(app.baseUrl() + "/api"))
              .only("LT-IDN-*,LT-SIG-004")
              .http(TargetHttp.create(Duration.ofSeconds(30)))
              .sandbox(
                  Map.of(
                      "/idp", kit.uri("/idp"),
                      "/officer-idp", kit.uri("/officer-idp")))
              .setting(CheckContext.LOGIN_PATH, app.baseUrl() + "/dang-nhap")
              .setting(CheckContext.PROTECTED_PATH, app.baseUrl() + "/cong-dan/ho-so")
              .setting(CheckContext.FOREIGN_OFFICER_TOKEN, foreignOfficerToken)
              .trustAnchors(documents.trustAnchors())
              .build()
              .execute();
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      Map<String, String> notPassed =
          report.results().stream()
              .filter(r -> r.outcome() != Outcome.PASSED)
              .collect(
                  Collectors.toMap(
                      r -> r.requirement().id(), r -> r.outcome() + ": " + observed(r)));
      assertThat(notPassed).isEmpty();
      assertThat(report.results())
          .extracting(r -> r.requirement().id())
          .containsExactlyInAnyOrder("LT-IDN-001", "LT-IDN-002", "LT-SIG-004");
      assertThat(took).isLessThan(Duration.ofMinutes(2));
      System.out.println("identity and appearance checks against the reference app: " + took);
    }
  }

  private static Officer officerOfAnotherCommune() {
    return Officer.builder()
        .subject("kit-foreign-officer")
        .officerId("CB-00008-0099")
        .fullName("Phạm Văn Ngoại")
        .agency(AgencyCode.parse("000.08.01.H26"))
        .roles(EnumSet.of(OfficerRole.RECEIVER, OfficerRole.PROCESSOR, OfficerRole.APPROVER))
        .assignments(
            List.of(
                new Assignment(
                    "00008",
                    UnitLevel.COMMUNE,
                    EnumSet.of(OfficerRole.RECEIVER, OfficerRole.PROCESSOR, OfficerRole.APPROVER),
                    LocalDate.of(2025, 7, 1),
                    null)))
        .build();
  }

  private static ResultIssuer.IssuedResult issue(
      ResultDocuments documents, ResultIssuer.IssueRequest request) {
    ResultData data =
        ResultData.builder(ResultKind.BIRTH_EXTRACT)
            .dossierCode(request.dossier().dossier().code())
            .office(IssuingOffice.of(request.dossier().dossier().competentCommune()))
            .number("01/TLKS")
            .issuedAt(request.at())
            .approver(new Approver("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Bình"))
            .field("Họ, chữ đệm, tên", "Nguyễn Minh Khôi")
            .build();
    return new ResultIssuer.IssuedResult(
        ResultKind.BIRTH_EXTRACT.title(), "01/TLKS", documents.issue(data));
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
