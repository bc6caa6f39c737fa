package vn.lienthong.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienthong.sandbox.Sandbox;
import vn.lienthong.sandbox.identity.ClientRegistration;
import vn.lienthong.sandbox.identity.DemoClient;
import vn.lienthong.sandbox.identity.IdentityIssuer;
import vn.lienthong.sandbox.persona.Persona;
import vn.lienthong.sandbox.persona.PersonaKind;
import vn.lienthong.sandbox.persona.Personas;
import vn.lienthong.sandbox.persona.RelationKind;

/** Examples of docs/sandbox.md. */
class SandboxExamples {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void start() throws Exception {
    ECKey myKey =
        new ECKeyGenerator(Curve.P_256).keyID("my-app-1").keyUse(KeyUse.SIGNATURE).generate();

    // tag::start[]
    try (Sandbox sandbox = Sandbox.builder().build().start()) { // random free port on 127.0.0.1
      URI issuer = sandbox.identity().issuer(IdentityIssuer.CITIZEN); // http://127.0.0.1:<port>/idp
      sandbox
          .identity()
          .registerClient(
              ClientRegistration.builder()
                  .clientId("my-commune-app")
                  .redirectUri(URI.create("http://127.0.0.1:8080/callback"))
                  .jwks(new JWKSet(myKey.toPublicJWK())) // private_key_jwt (and JWE if use=enc)
                  .build());
      // point the relying party at issuer + "/.well-known/openid-configuration"
    }
    // end::start[]
  }

  @Test
  void personas() {
    // tag::personas[]
    Persona mother = Personas.require("citizen-lan"); // Nguyễn Thị Lan, 001192004521, LoA2
    Persona newborn = Personas.require("newborn-an"); // no personal id yet: birth not registered
    boolean related =
        newborn.relations().stream()
            .anyMatch(r -> r.kind() == RelationKind.MOTHER && r.personaId().equals(mother.id()));
    String commune = mother.residence().commune().code(); // 00004 (Phường Ba Đình, Hà Nội)
    List<Persona> officers = Personas.ofKind(PersonaKind.OFFICER);
    // end::personas[]
    assertThat(related).isTrue();
    assertThat(commune).isEqualTo("00004");
    assertThat(officers).hasSize(6);
  }

  @Test
  void npspLogin() throws Exception {
    try (Sandbox sandbox = Sandbox.create().start()) {
      // tag::npsp[]
      String issuer = sandbox.identity().issuer(IdentityIssuer.NPSP).toString();
      String redirect =
          URLEncoder.encode(DemoClient.REDIRECT_URIS.get(0).toString(), StandardCharsets.UTF_8);
      HttpResponse<String> authorize =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create(
                          issuer
                              + "/authorize?response_type=code&scope=openid&acr_values=LoA1"
                              + "&client_id="
                              + DemoClient.CLIENT_ID
                              + "&redirect_uri="
                              + redirect
                              + "&state=xyz"))
                  .header("X-Sandbox-Persona", "citizen-hoa") // no picker page: log in at once
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      String location =
          authorize.headers().firstValue("Location").orElseThrow(); // ...?code=...&state=xyz
      String code = location.replaceAll(".*[?&]code=([^&]+).*", "$1");
      String basic =
          Base64.getEncoder()
              .encodeToString(
                  (DemoClient.CLIENT_ID + ":" + DemoClient.CLIENT_SECRET)
                      .getBytes(StandardCharsets.UTF_8));
      HttpResponse<String> token =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(issuer + "/token"))
                  .header("Authorization", "Basic " + basic) // client_secret_basic
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "grant_type=authorization_code&code="
                              + code
                              + "&redirect_uri="
                              + redirect))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      String accessToken = JSON.readTree(token.body()).path("access_token").asText();
      HttpResponse<String> userinfo =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(issuer + "/userinfo"))
                  .header("Authorization", "Bearer " + accessToken)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      JsonNode claims = JSON.readTree(userinfo.body());
      // {"SoDinhDanh":"079185006712","HoVaTen":"Lê Thị Hoa","NgayThangNamSinh":"19851130",
      //  "GioiTinh":"2","LoaiTaiKhoan":"1","ThuongTru":"..., Phường Sài Gòn, Thành phố Hồ Chí
      // Minh",
      //  "loginIdp":"BCA","LoA":"LoA1", ...}
      // end::npsp[]
      assertThat(claims.path("HoVaTen").asText()).isEqualTo("Lê Thị Hoa");
      assertThat(claims.path("SoDinhDanh").asText()).isEqualTo("079185006712");
    }
  }

  @Test
  void hostile() throws Exception {
    try (Sandbox sandbox = Sandbox.create().start()) {
      String issuer = sandbox.identity().issuer(IdentityIssuer.NPSP).toString();
      String redirect =
          URLEncoder.encode(DemoClient.REDIRECT_URIS.get(0).toString(), StandardCharsets.UTF_8);
      // tag::hostile[]
      HttpResponse<String> authorize =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create(
                          issuer
                              + "/authorize?response_type=code&scope=openid&state=s1"
                              + "&client_id="
                              + DemoClient.CLIENT_ID
                              + "&redirect_uri="
                              + redirect
                              + "&persona=citizen-tuan&hostile=alg-none")) // or header
                  // X-Sandbox-Hostile
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      // ... redeem the code as usual: the ID token in the token response is unsigned,
      // and a correct relying party must refuse the login.
      // end::hostile[]
      String code =
          authorize
              .headers()
              .firstValue("Location")
              .orElseThrow()
              .replaceAll(".*[?&]code=([^&]+).*", "$1");
      HttpResponse<String> token =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(issuer + "/token"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "grant_type=authorization_code&code="
                              + code
                              + "&redirect_uri="
                              + redirect
                              + "&client_id="
                              + DemoClient.CLIENT_ID
                              + "&client_secret="
                              + DemoClient.CLIENT_SECRET))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      JWT idToken = JWTParser.parse(JSON.readTree(token.body()).path("id_token").asText());
      assertThat(idToken).isInstanceOf(PlainJWT.class);
    }
  }
}
