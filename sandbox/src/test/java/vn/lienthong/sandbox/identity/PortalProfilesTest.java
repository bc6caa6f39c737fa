package vn.lienthong.sandbox.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.spec.MGF1ParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lienthong.sandbox.Sandbox;

/** The NPSP_SSO and VNEID_DIRECT profiles: plain code flow with client secrets. */
class PortalProfilesTest {

  static Sandbox sandbox;
  static final String REDIRECT = DemoClient.REDIRECT_URIS.get(0).toString();

  @BeforeAll
  static void start() {
    sandbox = Sandbox.create().start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static String issuer(IdentityIssuer i) {
    return sandbox.identity().issuer(i).toString();
  }

  /** Authorize with a persona; returns the code. */
  static String code(String issuer, String persona, String state) throws Exception {
    var a =
        TestRelyingParty.get(
            issuer
                + "/authorize?response_type=code&client_id="
                + DemoClient.CLIENT_ID
                + "&redirect_uri="
                + enc(REDIRECT)
                + "&scope=openid&acr_values=LoA1&state="
                + state
                + "&persona="
                + persona);
    assertThat(a.statusCode()).as(a.body()).isEqualTo(303);
    var q = TestRelyingParty.query(URI.create(a.headers().firstValue("Location").orElseThrow()));
    assertThat(q).containsEntry("state", state).doesNotContainKey("iss");
    return q.get("code");
  }

  static HttpResponse<String> tokenBasic(String issuer, String code) throws Exception {
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (DemoClient.CLIENT_ID + ":" + DemoClient.CLIENT_SECRET)
                    .getBytes(StandardCharsets.UTF_8));
    return TestRelyingParty.post(
        issuer + "/token",
        TestRelyingParty.form(
            Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", REDIRECT)),
        "Authorization",
        "Basic " + basic);
  }

  @Test
  void npspCodeFlowWithBasicSecretGivesVietnameseClaims() throws Exception {
    String iss = issuer(IdentityIssuer.NPSP);
    var t = tokenBasic(iss, code(iss, "enterprise-an-phat", "s1"));
    assertThat(t.statusCode()).as(t.body()).isEqualTo(200);
    JsonNode tr = TestRelyingParty.JSON.readTree(t.body());
    assertThat(tr.path("token_type").asText()).isEqualTo("Bearer");
    SignedJWT id = SignedJWT.parse(tr.path("id_token").asText());
    ECKey k =
        (ECKey)
            sandbox
                .identity()
                .publicKeys(IdentityIssuer.NPSP)
                .getKeyByKeyId(id.getHeader().getKeyID());
    assertThat(id.verify(new ECDSAVerifier(k))).isTrue();
    assertThat(id.getJWTClaimsSet().getIssuer()).isEqualTo(iss);
    var u =
        TestRelyingParty.get(
            iss + "/userinfo", "Authorization", "Bearer " + tr.path("access_token").asText());
    JsonNode c = TestRelyingParty.JSON.readTree(u.body());
    assertThat(c.path("SoDinhDanh").asText()).isEqualTo("001080012345");
    assertThat(c.path("HoVaTen").asText()).isEqualTo("Bùi Quốc Hùng");
    assertThat(c.path("NgayThangNamSinh").asText()).isEqualTo("19800615");
    assertThat(c.path("GioiTinh").asText()).isEqualTo("1");
    assertThat(c.path("LoaiTaiKhoan").asText()).isEqualTo("2");
    assertThat(c.path("MaSoDoanhNghiep").asText()).isEqualTo("0109012349");
    assertThat(c.path("ThuongTru").asText()).contains("Phường Hoàn Kiếm", "Thành phố Hà Nội");
    assertThat(c.path("loginIdp").asText()).isEqualTo("BCA");
    assertThat(c.path("LoA").asText()).isEqualTo("LoA2");
  }

  @Test
  void npspAcceptsClientSecretPost() throws Exception {
    String iss = issuer(IdentityIssuer.NPSP);
    Map<String, String> f = new LinkedHashMap<>();
    f.put("grant_type", "authorization_code");
    f.put("code", code(iss, "citizen-hoa", "s2"));
    f.put("redirect_uri", REDIRECT);
    f.put("client_id", DemoClient.CLIENT_ID);
    f.put("client_secret", DemoClient.CLIENT_SECRET);
    var t = TestRelyingParty.post(iss + "/token", TestRelyingParty.form(f));
    assertThat(t.statusCode()).isEqualTo(200);
    String at = TestRelyingParty.JSON.readTree(t.body()).path("access_token").asText();
    JsonNode c =
        TestRelyingParty.JSON.readTree(
            TestRelyingParty.get(iss + "/userinfo", "Authorization", "Bearer " + at).body());
    assertThat(c.path("GioiTinh").asText()).isEqualTo("2");
    assertThat(c.path("LoA").asText()).isEqualTo("LoA1");
    assertThat(c.path("LoaiTaiKhoan").asText()).isEqualTo("1");
    assertThat(c.has("MaSoDoanhNghiep")).isFalse();
  }

  @Test
  void npspRejectsWrongSecretAndReplayedCode() throws Exception {
    String iss = issuer(IdentityIssuer.NPSP);
    String code = code(iss, "citizen-hoa", "s3");
    var wrong =
        TestRelyingParty.post(
            iss + "/token",
            TestRelyingParty.form(
                Map.of(
                    "grant_type",
                    "authorization_code",
                    "code",
                    code,
                    "redirect_uri",
                    REDIRECT,
                    "client_id",
                    DemoClient.CLIENT_ID,
                    "client_secret",
                    "not-the-secret-at-all")));
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).contains("invalid_client");
    assertThat(tokenBasic(iss, code).statusCode()).isEqualTo(200);
    var replay = tokenBasic(iss, code);
    assertThat(replay.statusCode()).isEqualTo(400);
    assertThat(replay.body()).contains("invalid_grant");
  }

  @Test
  void npspRedirectsRequestErrorsToTheClient() throws Exception {
    String iss = issuer(IdentityIssuer.NPSP);
    var a =
        TestRelyingParty.get(
            iss
                + "/authorize?response_type=token&client_id="
                + DemoClient.CLIENT_ID
                + "&redirect_uri="
                + enc(REDIRECT)
                + "&scope=openid&state=s4&persona=citizen-hoa");
    assertThat(a.statusCode()).isEqualTo(303);
    assertThat(a.headers().firstValue("Location").orElseThrow())
        .startsWith(REDIRECT)
        .contains("error=unsupported_response_type", "state=s4");
  }

  @Test
  void npspNeverRedirectsToAnUnregisteredUri() throws Exception {
    String iss = issuer(IdentityIssuer.NPSP);
    var a =
        TestRelyingParty.get(
            iss
                + "/authorize?response_type=code&client_id="
                + DemoClient.CLIENT_ID
                + "&redirect_uri="
                + enc("https://attacker.example/cb")
                + "&scope=openid&state=x");
    assertThat(a.statusCode()).isEqualTo(400);
    assertThat(a.body()).contains("LT-SBX-0015");
  }

  @Test
  void npspPickerShownWithoutPersona() throws Exception {
    String iss = issuer(IdentityIssuer.NPSP);
    var a =
        TestRelyingParty.get(
            iss
                + "/authorize?response_type=code&client_id="
                + DemoClient.CLIENT_ID
                + "&redirect_uri="
                + enc(REDIRECT)
                + "&scope=openid&state=x&acr_values=LoA1");
    assertThat(a.statusCode()).isEqualTo(200);
    assertThat(a.body()).contains("Cổng Dịch vụ công quốc gia");
    // The browser follows the picker's POST to the client's redirect URI: form-action allows it.
    java.net.URI redirect = java.net.URI.create(REDIRECT);
    String origin =
        redirect.getScheme()
            + "://"
            + redirect.getHost()
            + (redirect.getPort() == -1 ? "" : ":" + redirect.getPort());
    assertThat(a.headers().firstValue("Content-Security-Policy"))
        .get()
        .asString()
        .contains("form-action 'self' " + origin);
  }

  @Test
  void vneidUserinfoIsAnEnvelopeOnlyTheClientCanOpen() throws Exception {
    String iss = issuer(IdentityIssuer.VNEID);
    var t = tokenBasic(iss, code(iss, "citizen-ngoc", "v1"));
    String at = TestRelyingParty.JSON.readTree(t.body()).path("access_token").asText();
    var u = TestRelyingParty.get(iss + "/userinfo", "Authorization", "Bearer " + at);
    assertThat(u.statusCode()).isEqualTo(200);
    JsonNode env = TestRelyingParty.JSON.readTree(u.body());
    assertThat(env.has("data")).isTrue();
    assertThat(env.has("key")).isTrue();
    assertThat(u.body()).doesNotContain("092303008845");

    var rsa =
        DemoClient.privateJwks()
            .getKeyByKeyId("demo-client-enc-TEST-ONLY")
            .toRSAKey()
            .toRSAPrivateKey();
    Cipher oaep = Cipher.getInstance("RSA/ECB/OAEPPadding");
    oaep.init(
        Cipher.DECRYPT_MODE,
        rsa,
        new OAEPParameterSpec(
            "SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT));
    byte[] aesKey = oaep.doFinal(Base64.getDecoder().decode(env.path("key").asText()));
    assertThat(aesKey).hasSize(32);
    byte[] data = Base64.getDecoder().decode(env.path("data").asText());
    Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
    gcm.init(
        Cipher.DECRYPT_MODE,
        new SecretKeySpec(aesKey, "AES"),
        new GCMParameterSpec(128, data, 0, 12));
    byte[] json = gcm.doFinal(Arrays.copyOfRange(data, 12, data.length));
    JsonNode c = TestRelyingParty.JSON.readTree(json);
    assertThat(c.path("SoDinhDanh").asText()).isEqualTo("092303008845");
    assertThat(c.path("HoVaTen").asText()).isEqualTo("Võ Thị Bích Ngọc");
  }

  @Test
  void registeredClientWithoutEnvelopeKeyGetsAClearError() throws Exception {
    sandbox
        .identity()
        .registerClient(
            ClientRegistration.builder()
                .clientId("secret-only")
                .redirectUri(URI.create(REDIRECT))
                .clientSecret("a-long-enough-test-secret")
                .build());
    String iss = issuer(IdentityIssuer.VNEID);
    var a =
        TestRelyingParty.get(
            iss
                + "/authorize?response_type=code&client_id=secret-only&redirect_uri="
                + enc(REDIRECT)
                + "&scope=openid&state=z&persona=citizen-tuan");
    String code =
        TestRelyingParty.query(URI.create(a.headers().firstValue("Location").orElseThrow()))
            .get("code");
    var t =
        TestRelyingParty.post(
            iss + "/token",
            TestRelyingParty.form(
                Map.of(
                    "grant_type",
                    "authorization_code",
                    "code",
                    code,
                    "redirect_uri",
                    REDIRECT,
                    "client_id",
                    "secret-only",
                    "client_secret",
                    "a-long-enough-test-secret")));
    String at = TestRelyingParty.JSON.readTree(t.body()).path("access_token").asText();
    var u = TestRelyingParty.get(iss + "/userinfo", "Authorization", "Bearer " + at);
    assertThat(u.statusCode()).isEqualTo(400);
    assertThat(u.body()).contains("LT-SBX-0014", "envelope_key");
  }

  @Test
  void bearerTokenFromOneIssuerIsUnknownAtAnother() throws Exception {
    String npsp = issuer(IdentityIssuer.NPSP);
    String at =
        TestRelyingParty.JSON
            .readTree(
                tokenBasic(npsp, code(npsp, "citizen-hoa", UUID.randomUUID().toString())).body())
            .path("access_token")
            .asText();
    var u =
        TestRelyingParty.get(
            issuer(IdentityIssuer.VNEID) + "/userinfo", "Authorization", "Bearer " + at);
    assertThat(u.statusCode()).isEqualTo(401);
  }
}
