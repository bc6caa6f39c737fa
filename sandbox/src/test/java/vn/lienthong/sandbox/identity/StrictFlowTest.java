package vn.lienthong.sandbox.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.SignedJWT;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lienthong.sandbox.Sandbox;
import vn.lienthong.sandbox.persona.Personas;

/** The strict (FAPI 2.0) flow over real HTTP, driven by a Nimbus-based relying party. */
class StrictFlowTest {

  static Sandbox sandbox;
  static TestRelyingParty rp;
  static TestRelyingParty officerRp;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.create().start();
    rp = new TestRelyingParty(sandbox.identity().issuer(IdentityIssuer.CITIZEN));
    officerRp = new TestRelyingParty(sandbox.identity().issuer(IdentityIssuer.OFFICER));
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  static void verifySignature(SignedJWT jwt, TestRelyingParty party) throws Exception {
    ECKey key = (ECKey) party.jwks().getKeyByKeyId(jwt.getHeader().getKeyID());
    assertThat(key).as("kid published").isNotNull();
    assertThat(jwt.verify(new ECDSAVerifier(key))).isTrue();
  }

  @Test
  void citizenLogsInWithParPkceDpopAndPrivateKeyJwt() throws Exception {
    var l = rp.login("citizen-lan", null);
    assertThat(TestRelyingParty.query(l.callback))
        .containsEntry("state", l.state)
        .containsEntry("iss", rp.issuer);
    assertThat(l.tokenResponse.path("token_type").asText()).isEqualTo("DPoP");
    String raw = l.tokenResponse.path("id_token").asText();
    assertThat(raw.split("\\.")).as("JWE, demo client registered an encryption key").hasSize(5);
    SignedJWT id = rp.idToken(l);
    assertThat(id.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
    verifySignature(id, rp);
    var c = id.getJWTClaimsSet();
    assertThat(c.getIssuer()).isEqualTo(rp.issuer);
    assertThat(c.getAudience()).containsExactly(DemoClient.CLIENT_ID);
    assertThat(c.getStringClaim("nonce")).isEqualTo(l.nonce);
    assertThat(c.getSubject()).isEqualTo(Personas.require("citizen-lan").subject());
    assertThat(c.getStringClaim("name")).isEqualTo("Nguyễn Thị Lan");
    assertThat(c.getStringClaim("vn_personal_id")).isEqualTo("001192004521");
    assertThat(c.getStringClaim("birthdate")).isEqualTo("1992-03-14");
    assertThat(c.getStringClaim("gender")).isEqualTo("female");
    assertThat(c.getStringClaim("acr")).isEqualTo("LoA2");
    assertThat(c.getStringClaim("vn_account_type")).isEqualTo("citizen");
    assertThat(c.getExpirationTime()).isAfter(new java.util.Date());

    var info = rp.userinfo(l);
    assertThat(info.statusCode()).isEqualTo(200);
    JsonNode u = TestRelyingParty.JSON.readTree(info.body());
    assertThat(u.path("sub").asText()).isEqualTo(c.getSubject());
    assertThat(u.path("name").asText()).isEqualTo("Nguyễn Thị Lan");
    assertThat(Normalizer.isNormalized(u.path("name").asText(), Normalizer.Form.NFC)).isTrue();
  }

  @Test
  void enterpriseAccountCarriesTaxCode() throws Exception {
    var c = rp.idToken(rp.login("enterprise-an-phat", null)).getJWTClaimsSet();
    assertThat(c.getStringClaim("vn_account_type")).isEqualTo("enterprise");
    assertThat(c.getStringClaim("vn_tax_code")).isEqualTo("0109012349");
  }

  @Test
  void officerLogsInWithAssignmentsHistory() throws Exception {
    var l = officerRp.login("officer-moved", null);
    SignedJWT id = officerRp.idToken(l);
    verifySignature(id, officerRp);
    var c = id.getJWTClaimsSet();
    assertThat(c.getIssuer()).endsWith("/officer-idp");
    assertThat(c.getStringClaim("vn_agency_code")).isEqualTo("000.08.01.H26");
    List<Object> assignments = c.getListClaim("vn_assignments");
    assertThat(assignments).hasSize(2);
    @SuppressWarnings("unchecked")
    Map<String, Object> old = (Map<String, Object>) assignments.get(0);
    assertThat(old).containsEntry("unit", "00004").containsEntry("to", "2026-03-01");
    @SuppressWarnings("unchecked")
    Map<String, Object> now = (Map<String, Object>) assignments.get(1);
    assertThat(now).containsEntry("unit", "00008").doesNotContainKey("to");
    JsonNode u = TestRelyingParty.JSON.readTree(officerRp.userinfo(l).body());
    assertThat(u.path("vn_officer_id").asText()).isEqualTo("CB-00008-0005");
  }

  @Test
  void provincialAdminHasProvinceAssignment() throws Exception {
    var c = officerRp.idToken(officerRp.login("officer-province-admin", null)).getJWTClaimsSet();
    assertThat(c.getStringListClaim("vn_roles")).containsExactly("admin");
    @SuppressWarnings("unchecked")
    Map<String, Object> a = (Map<String, Object>) c.getListClaim("vn_assignments").get(0);
    assertThat(a).containsEntry("unit", "01").containsEntry("level", "PROVINCE");
  }

  @Test
  void citizenCannotLogInAtOfficerIssuer() throws Exception {
    var l = new TestRelyingParty.Login();
    var par = officerRp.par(officerRp.parParams(l));
    String uri = TestRelyingParty.JSON.readTree(par.body()).path("request_uri").asText();
    var a =
        TestRelyingParty.get(
            officerRp.issuer
                + "/authorize?client_id="
                + DemoClient.CLIENT_ID
                + "&request_uri="
                + enc(uri),
            "X-Sandbox-Persona",
            "citizen-lan");
    assertThat(a.statusCode()).isEqualTo(400);
    assertThat(a.body()).contains("LT-SBX-0012");
  }

  @Test
  void unknownPersonaIsRejected() throws Exception {
    var l = new TestRelyingParty.Login();
    String uri =
        TestRelyingParty.JSON.readTree(rp.par(rp.parParams(l)).body()).path("request_uri").asText();
    var a =
        TestRelyingParty.get(
            rp.issuer
                + "/authorize?client_id="
                + DemoClient.CLIENT_ID
                + "&request_uri="
                + enc(uri)
                + "&persona=nobody");
    assertThat(a.statusCode()).isEqualTo(400);
    assertThat(a.body()).contains("LT-SBX-0011");
  }

  @Test
  void pickerPageIsVietnameseSelfContainedAndLogsInOnChoice() throws Exception {
    var l = new TestRelyingParty.Login();
    String uri =
        TestRelyingParty.JSON.readTree(rp.par(rp.parParams(l)).body()).path("request_uri").asText();
    var page =
        TestRelyingParty.get(
            rp.issuer
                + "/authorize?client_id="
                + DemoClient.CLIENT_ID
                + "&request_uri="
                + enc(uri));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    String html = page.body();
    assertThat(html)
        .contains("<html lang=\"vi\">", "Đăng nhập thử nghiệm", "Nguyễn Thị Lan", "<legend>");
    assertThat(Normalizer.isNormalized(html, Normalizer.Form.NFC)).isTrue();
    assertThat(html).doesNotContain("<script", "<link", "src=\"http", "officer-receiver");
    var chosen =
        TestRelyingParty.post(
            rp.issuer + "/authorize",
            TestRelyingParty.form(
                Map.of(
                    "client_id",
                    DemoClient.CLIENT_ID,
                    "request_uri",
                    uri,
                    "persona",
                    "citizen-duc")));
    assertThat(chosen.statusCode()).isEqualTo(303);
    assertThat(chosen.headers().firstValue("Location").orElseThrow()).contains("code=");
  }

  @Test
  void authorizeWithoutParIsRefused() throws Exception {
    var a =
        TestRelyingParty.get(
            rp.issuer
                + "/authorize?client_id="
                + DemoClient.CLIENT_ID
                + "&response_type=code&redirect_uri="
                + enc(TestRelyingParty.REDIRECT.toString()));
    assertThat(a.statusCode()).isEqualTo(400);
    assertThat(a.body()).contains("LT-SBX-0015", "par.required");
  }

  @Test
  void requestUriIsSingleUse() throws Exception {
    var l = rp.authorize("citizen-lan", null);
    var again =
        TestRelyingParty.get(
            rp.issuer
                + "/authorize?client_id="
                + DemoClient.CLIENT_ID
                + "&request_uri="
                + enc(l.requestUri),
            "X-Sandbox-Persona",
            "citizen-lan");
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(again.body()).contains("request-uri.usable");
  }

  @Test
  void replayedCodeIsInvalidGrant() throws Exception {
    var l = rp.authorize("citizen-minh", null);
    assertThat(rp.token(rp.tokenParams(l)).statusCode()).isEqualTo(200);
    var replay = rp.token(rp.tokenParams(l));
    assertThat(replay.statusCode()).isEqualTo(400);
    JsonNode e = TestRelyingParty.JSON.readTree(replay.body());
    assertThat(e.path("error").asText()).isEqualTo("invalid_grant");
    assertThat(e.path("error_description").asText()).contains("already used");
  }

  @Test
  void wrongPkceVerifierIsInvalidGrant() throws Exception {
    var l = rp.authorize("citizen-minh", null);
    var p = rp.tokenParams(l);
    p.put("code_verifier", "x".repeat(43));
    var r = rp.token(p);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("invalid_grant", "PKCE");
  }

  @Test
  void tokenWithoutDpopIsRefused() throws Exception {
    var l = rp.authorize("citizen-minh", null);
    var r = TestRelyingParty.post(rp.issuer + "/token", TestRelyingParty.form(rp.tokenParams(l)));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("invalid_dpop_proof", "missing");
  }

  @Test
  void replayedDpopProofIsRefused() throws Exception {
    var l = rp.authorize("citizen-minh", null);
    String proof = rp.dpop("POST", rp.issuer + "/token", null);
    var first =
        TestRelyingParty.post(
            rp.issuer + "/token", TestRelyingParty.form(rp.tokenParams(l)), "DPoP", proof);
    assertThat(first.statusCode()).isEqualTo(200);
    var l2 = rp.authorize("citizen-minh", null);
    var replay =
        TestRelyingParty.post(
            rp.issuer + "/token", TestRelyingParty.form(rp.tokenParams(l2)), "DPoP", proof);
    assertThat(replay.statusCode()).isEqualTo(400);
    assertThat(replay.body()).contains("invalid_dpop_proof", "replay");
  }

  @Test
  void dpopProofForAnotherUrlIsRefused() throws Exception {
    var l = rp.authorize("citizen-minh", null);
    var r =
        TestRelyingParty.post(
            rp.issuer + "/token",
            TestRelyingParty.form(rp.tokenParams(l)),
            "DPoP",
            rp.dpop("POST", rp.issuer + "/userinfo", null));
    assertThat(r.body()).contains("invalid_dpop_proof", "htu");
  }

  @Test
  void replayedClientAssertionIsInvalidClient() throws Exception {
    String assertion =
        rp.clientAssertion(Instant.now().plusSeconds(60), UUID.randomUUID().toString());
    var l1 = new TestRelyingParty.Login();
    var p1 = rp.parParams(l1);
    p1.put("client_assertion", assertion);
    assertThat(rp.par(p1).statusCode()).isEqualTo(201);
    var l2 = new TestRelyingParty.Login();
    var p2 = rp.parParams(l2);
    p2.put("client_assertion", assertion);
    var r = rp.par(p2);
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.body()).contains("invalid_client", "jti already used");
  }

  @Test
  void clientAssertionLivingOverTwoMinutesIsInvalidClient() throws Exception {
    var l = new TestRelyingParty.Login();
    var p = rp.parParams(l);
    p.put(
        "client_assertion",
        rp.clientAssertion(Instant.now().plusSeconds(300), UUID.randomUUID().toString()));
    var r = rp.par(p);
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.body()).contains("2 minutes");
  }

  @Test
  void parWithoutNonceOrPkceIsInvalidRequest() throws Exception {
    var l = new TestRelyingParty.Login();
    var p = rp.parParams(l);
    p.remove("nonce");
    assertThat(rp.par(p).body()).contains("invalid_request", "nonce required");
    var p2 = rp.parParams(new TestRelyingParty.Login());
    p2.put("code_challenge_method", "plain");
    assertThat(rp.par(p2).body()).contains("S256");
  }

  @Test
  void unregisteredRedirectUriIsRefusedAtPar() throws Exception {
    var p = rp.parParams(new TestRelyingParty.Login());
    p.put("redirect_uri", "https://attacker.example/cb");
    var r = rp.par(p);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("redirect_uri");
  }

  @Test
  void userinfoRefusesBearerUseOfDpopTokenAndWrongAth() throws Exception {
    var l = rp.login("citizen-thao", null);
    String at = l.tokenResponse.path("access_token").asText();
    var bearer = TestRelyingParty.get(rp.issuer + "/userinfo", "Authorization", "Bearer " + at);
    assertThat(bearer.statusCode()).isEqualTo(401);
    assertThat(bearer.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("DPoP");
    var noProof = TestRelyingParty.get(rp.issuer + "/userinfo", "Authorization", "DPoP " + at);
    assertThat(noProof.statusCode()).isEqualTo(401);
    var wrongAth =
        TestRelyingParty.get(
            rp.issuer + "/userinfo",
            "Authorization",
            "DPoP " + at,
            "DPoP",
            rp.dpop("GET", rp.issuer + "/userinfo", "other-token"));
    assertThat(wrongAth.statusCode()).isEqualTo(401);
    assertThat(wrongAth.body()).contains("ath");
    TestRelyingParty other =
        new TestRelyingParty(sandbox.identity().issuer(IdentityIssuer.CITIZEN));
    var otherKey =
        TestRelyingParty.get(
            rp.issuer + "/userinfo",
            "Authorization",
            "DPoP " + at,
            "DPoP",
            other.dpop("GET", rp.issuer + "/userinfo", at));
    assertThat(otherKey.statusCode()).isEqualTo(401);
    assertThat(otherKey.body()).contains("bound");
  }

  @Test
  void repeatedParameterIsRefused() throws Exception {
    var r = TestRelyingParty.post(rp.issuer + "/par", "scope=openid&scope=openid");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("LT-SBX-0009");
  }

  @Test
  void malformedFormIsRefused() throws Exception {
    var r = TestRelyingParty.post(rp.issuer + "/token", "grant_type=%zz");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("LT-SBX-0003");
  }

  @Test
  void tokensAfterRotationAreSignedByTheNewKey() throws Exception {
    try (Sandbox s = Sandbox.create().start()) {
      TestRelyingParty party = new TestRelyingParty(s.identity().issuer(IdentityIssuer.CITIZEN));
      String before = party.idToken(party.login("citizen-lan", null)).getHeader().getKeyID();
      String kid = s.identity().rotateKeys(IdentityIssuer.CITIZEN);
      SignedJWT after = party.idToken(party.login("citizen-lan", null));
      assertThat(after.getHeader().getKeyID()).isEqualTo(kid).isNotEqualTo(before);
      verifySignature(after, party);
      assertThat(party.jwks().getKeyByKeyId(before)).as("previous key still published").isNotNull();
    }
  }

  @Test
  void concurrentLoginsAllSucceedWithDistinctCodes() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<String>> jobs = new ArrayList<>();
      String[] personas = {
        "citizen-lan", "citizen-minh", "citizen-hoa", "citizen-tuan", "citizen-ngoc"
      };
      for (int i = 0; i < 40; i++) {
        String persona = personas[i % personas.length];
        jobs.add(
            () -> {
              var l = rp.login(persona, null);
              assertThat(rp.idToken(l).getJWTClaimsSet().getStringClaim("nonce"))
                  .isEqualTo(l.nonce);
              return l.code;
            });
      }
      List<String> codes = new ArrayList<>();
      for (Future<String> f : pool.invokeAll(jobs)) {
        codes.add(f.get());
      }
      assertThat(codes).doesNotHaveDuplicates().hasSize(40);
    } finally {
      pool.shutdownNow();
    }
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
