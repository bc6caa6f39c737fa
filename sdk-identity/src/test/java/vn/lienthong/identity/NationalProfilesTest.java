package vn.lienthong.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.identity.StrictLoginTest.rejected;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.spec.MGF1ParameterSpec;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.id.Gender;

/** NPSP_SSO and VNEID_DIRECT over loopback against WireMock stubs, without discovery. */
class NationalProfilesTest {

  private static final String SECRET = "npsp-test-secret-0123456789-abcdefghijkl";

  private final FakeOp op = new FakeOp();

  @AfterEach
  void stop() {
    op.close();
  }

  private String base() {
    return "http://127.0.0.1:" + op.server.port();
  }

  private OidcLogin.Builder npsp() {
    return OidcLogin.builder()
        .profile(IdentityProfile.NPSP_SSO)
        .issuer(URI.create(base() + "/npsp"))
        .clientId("commune-npsp")
        .clientSecret(SECRET)
        .redirectUri(URI.create("https://xa.example.vn/cb"))
        .endpoints(
            URI.create(base() + "/npsp/authorize"),
            URI.create(base() + "/npsp/token"),
            URI.create(base() + "/npsp/userinfo"));
  }

  static Map<String, Object> portalClaims() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("SoDinhDanh", "001190123456");
    m.put("HoVaTen", "Phạm Thị Lan");
    m.put("NgayThangNamSinh", "19900517");
    m.put("GioiTinh", "2");
    m.put("LoaiTaiKhoan", "2");
    m.put("MaSoDoanhNghiep", "0100233488");
    m.put("ThuongTru", "Phường Ba Đình, Thành phố Hà Nội");
    m.put("loginIdp", "BCA");
    m.put("LoA", "LoA2");
    return m;
  }

  private static Map<String, String> query(URI uri) {
    return FakeOp.form(uri.getRawQuery());
  }

  private void stubNpsp(String prefix, String idToken, String userInfoBody) {
    String token =
        "{\"access_token\":\"npsp-at\",\"token_type\":\"Bearer\""
            + (idToken == null ? "" : ",\"id_token\":\"" + idToken + "\"")
            + "}";
    op.server.stubFor(post(urlEqualTo(prefix + "/token")).willReturn(FakeOp.json(200, token)));
    op.server.stubFor(
        get(urlPathEqualTo(prefix + "/userinfo")).willReturn(FakeOp.json(200, userInfoBody)));
  }

  @Test
  void npspLogsInWithExplicitEndpointsAndVietnameseClaims() {
    OidcLogin rp = npsp().build();
    LoginRequest req = rp.start();
    Map<String, String> q = query(req.authorizationUri());
    assertThat(q).containsEntry("acr_values", "LoA1").containsEntry("client_id", "commune-npsp");
    assertThat(q).containsEntry("code_challenge_method", "S256").containsKey("nonce");
    stubNpsp("/npsp", null, JSONObjectUtils.toJSONString(portalClaims()));

    CitizenIdentity who =
        rp.finish(
            URI.create("https://xa.example.vn/cb?code=c1&state=" + q.get("state")), req.state());

    assertThat(who.personalId().value()).isEqualTo("001190123456");
    assertThat(who.fullName()).isEqualTo("Phạm Thị Lan");
    assertThat(who.birthDate()).contains(LocalDate.of(1990, 5, 17));
    assertThat(who.gender()).isEqualTo(Gender.FEMALE);
    assertThat(who.accountType()).isEqualTo(AccountType.ENTERPRISE);
    assertThat(who.taxCode()).isPresent();
    assertThat(who.assurance()).isEqualTo(AssuranceLevel.LEVEL_2);
    assertThat(who.upstreamProvider()).contains("BCA");
    assertThat(who.profile()).isEqualTo(IdentityProfile.NPSP_SSO);
    String tokenBody =
        op.server.findAll(postRequestedFor(urlEqualTo("/npsp/token"))).get(0).getBodyAsString();
    assertThat(FakeOp.form(tokenBody))
        .containsEntry("client_secret", SECRET)
        .containsKey("code_verifier");
  }

  @Test
  void npspAcceptsAnHs256IdTokenAndRejectsABadHmac() throws Exception {
    OidcLogin rp = npsp().idTokenAlgorithms("HS256").build();
    for (String key : new String[] {SECRET, "another-secret-0123456789-abcdefghijklmn"}) {
      LoginRequest req = rp.start();
      Map<String, String> q = query(req.authorizationUri());
      JWTClaimsSet c =
          op.claims(q.get("nonce")).issuer(base() + "/npsp").audience("commune-npsp").build();
      SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), c);
      jwt.sign(new MACSigner(key.getBytes(StandardCharsets.UTF_8)));
      Map<String, Object> ui = portalClaims();
      ui.put("sub", "sub-an-0001");
      stubNpsp("/npsp", jwt.serialize(), JSONObjectUtils.toJSONString(ui));
      URI cb = URI.create("https://xa.example.vn/cb?code=c1&state=" + q.get("state"));
      if (key.equals(SECRET)) {
        assertThat(rp.finish(cb, req.state()).subject()).isEqualTo("sub-an-0001");
      } else {
        rejected(IdentityErrorCode.ID_TOKEN_SIGNATURE_INVALID, () -> rp.finish(cb, req.state()));
      }
    }
  }

  @Test
  void npspRejectsAnRs256IdTokenWithABadSignature() throws Exception {
    OidcLogin rp = npsp().jwksUri(URI.create(op.issuer + "/jwks")).build();
    LoginRequest req = rp.start();
    Map<String, String> q = query(req.authorizationUri());
    RSAKey forger = new RSAKeyGenerator(2048).keyID("op-rsa-1").generate();
    JWTClaimsSet c =
        op.claims(q.get("nonce")).issuer(base() + "/npsp").audience("commune-npsp").build();
    stubNpsp("/npsp", op.sign(c, forger, JWSAlgorithm.RS256, true), "{}");
    URI cb = URI.create("https://xa.example.vn/cb?code=c1&state=" + q.get("state"));
    rejected(IdentityErrorCode.ID_TOKEN_SIGNATURE_INVALID, () -> rp.finish(cb, req.state()));
  }

  static String envelope(String json, java.security.PublicKey rpKey) throws Exception {
    byte[] aesKey = new byte[32];
    byte[] iv = new byte[12];
    SecureRandom r = new SecureRandom();
    r.nextBytes(aesKey);
    r.nextBytes(iv);
    Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
    aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(aesKey, "AES"), new GCMParameterSpec(128, iv));
    byte[] ct = aes.doFinal(json.getBytes(StandardCharsets.UTF_8));
    byte[] data = new byte[iv.length + ct.length];
    System.arraycopy(iv, 0, data, 0, iv.length);
    System.arraycopy(ct, 0, data, iv.length, ct.length);
    Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
    rsa.init(
        Cipher.ENCRYPT_MODE,
        rpKey,
        new OAEPParameterSpec(
            "SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT));
    return JSONObjectUtils.toJSONString(
        Map.of(
            "data", Base64.getEncoder().encodeToString(data),
            "key", Base64.getEncoder().encodeToString(rsa.doFinal(aesKey))));
  }

  @Test
  void vneidDirectOpensTheEncryptedUserinfoEnvelope() throws Exception {
    RSAKey rpKey = new RSAKeyGenerator(2048).generate();
    OidcLogin rp =
        OidcLogin.builder()
            .profile(IdentityProfile.VNEID_DIRECT)
            .issuer(URI.create(base() + "/vneid"))
            .clientId("commune-vneid")
            .clientSecret(SECRET)
            .envelopeKey(rpKey.toKeyPair())
            .redirectUri(URI.create("https://xa.example.vn/cb"))
            .endpoints(
                URI.create(base() + "/vneid/authorize"),
                URI.create(base() + "/vneid/token"),
                URI.create(base() + "/vneid/userinfo"))
            .build();
    LoginRequest req = rp.start();
    Map<String, Object> claims = portalClaims();
    claims.put("LoaiTaiKhoan", "1");
    claims.remove("MaSoDoanhNghiep");
    stubNpsp("/vneid", null, envelope(JSONObjectUtils.toJSONString(claims), rpKey.toPublicKey()));
    URI cb =
        URI.create(
            "https://xa.example.vn/cb?code=c1&state=" + query(req.authorizationUri()).get("state"));
    CitizenIdentity who = rp.finish(cb, req.state());
    assertThat(who.fullName()).isEqualTo("Phạm Thị Lan");
    assertThat(who.accountType()).isEqualTo(AccountType.CITIZEN);
    assertThat(who.profile()).isEqualTo(IdentityProfile.VNEID_DIRECT);

    LoginRequest again = rp.start();
    RSAKey stranger = new RSAKeyGenerator(2048).generate();
    stubNpsp("/vneid", null, envelope("{}", stranger.toPublicKey()));
    URI cb2 =
        URI.create(
            "https://xa.example.vn/cb?code=c2&state="
                + query(again.authorizationUri()).get("state"));
    rejected(IdentityErrorCode.USERINFO_ENVELOPE_INVALID, () -> rp.finish(cb2, again.state()));
  }

  @Test
  void nationalProfilesNeedTheirSecrets() {
    rejected(
        IdentityErrorCode.CONFIGURATION_INVALID,
        () ->
            OidcLogin.builder()
                .profile(IdentityProfile.NPSP_SSO)
                .issuer(URI.create(base() + "/npsp"))
                .clientId("x")
                .redirectUri(URI.create("https://xa.example.vn/cb"))
                .build());
    rejected(
        IdentityErrorCode.CONFIGURATION_INVALID,
        () ->
            OidcLogin.builder()
                .profile(IdentityProfile.VNEID_DIRECT)
                .issuer(URI.create(base() + "/vneid"))
                .clientId("x")
                .clientSecret(SECRET)
                .redirectUri(URI.create("https://xa.example.vn/cb"))
                .build());
  }

  @Test
  void rejectsAnInvalidPersonalIdClaimWithoutEchoingIt() {
    OidcLogin rp = npsp().build();
    LoginRequest req = rp.start();
    Map<String, Object> claims = portalClaims();
    claims.put("SoDinhDanh", "00119012345X");
    stubNpsp("/npsp", null, JSONObjectUtils.toJSONString(claims));
    URI cb =
        URI.create(
            "https://xa.example.vn/cb?code=c1&state=" + query(req.authorizationUri()).get("state"));
    rejected(IdentityErrorCode.CLAIM_INVALID, () -> rp.finish(cb, req.state()));
  }
}
