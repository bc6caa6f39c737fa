package vn.lienthong.sandbox.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWKSet;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lienthong.sandbox.Sandbox;

class DiscoveryAndKeysTest {

  static Sandbox sandbox;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() {
    sandbox = Sandbox.create().start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  static HttpResponse<String> get(String url) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(java.net.URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void strictDiscoveryAnnouncesFapiProfile() throws Exception {
    String issuer = sandbox.identity().issuer(IdentityIssuer.CITIZEN).toString();
    var r = get(issuer + "/.well-known/openid-configuration");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode m = JSON.readTree(r.body());
    assertThat(m.path("issuer").asText()).isEqualTo(issuer);
    assertThat(m.path("pushed_authorization_request_endpoint").asText()).isEqualTo(issuer + "/par");
    assertThat(m.path("require_pushed_authorization_requests").asBoolean()).isTrue();
    assertThat(m.path("authorization_response_iss_parameter_supported").asBoolean()).isTrue();
    assertThat(m.path("token_endpoint_auth_methods_supported").toString())
        .isEqualTo("[\"private_key_jwt\"]");
    assertThat(m.path("code_challenge_methods_supported").toString()).isEqualTo("[\"S256\"]");
    assertThat(m.path("dpop_signing_alg_values_supported").toString()).contains("ES256");
  }

  @Test
  void officerIssuerHasItsOwnIdentifier() throws Exception {
    String issuer = sandbox.identity().issuer(IdentityIssuer.OFFICER).toString();
    assertThat(issuer).endsWith("/officer-idp");
    JsonNode m = JSON.readTree(get(issuer + "/.well-known/openid-configuration").body());
    assertThat(m.path("issuer").asText()).isEqualTo(issuer);
  }

  @Test
  void npspDiscoveryUsesClientSecrets() throws Exception {
    String issuer = sandbox.identity().issuer(IdentityIssuer.NPSP).toString();
    JsonNode m = JSON.readTree(get(issuer + "/.well-known/openid-configuration").body());
    assertThat(m.path("token_endpoint_auth_methods_supported").toString())
        .contains("client_secret_post", "client_secret_basic");
    assertThat(m.has("pushed_authorization_request_endpoint")).isFalse();
  }

  @Test
  void jwksPublishesOnlyPublicEs256Keys() throws Exception {
    var r = get(sandbox.identity().issuer(IdentityIssuer.CITIZEN) + "/jwks");
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/jwk-set+json");
    JWKSet set = JWKSet.parse(r.body());
    assertThat(set.getKeys()).isNotEmpty();
    assertThat(set.getKeys()).allSatisfy(k -> assertThat(k.isPrivate()).isFalse());
    assertThat(set.getKeys().get(0).getKeyID()).isNotBlank();
    assertThat(r.body()).doesNotContain("\"d\"");
  }

  @Test
  void rotationPublishesNewKeyAndKeepsPreviousUntilNextRotation() throws Exception {
    try (Sandbox s = Sandbox.create().start()) {
      String first = s.identity().publicKeys(IdentityIssuer.CITIZEN).getKeys().get(0).getKeyID();
      var r =
          HTTP.send(
              HttpRequest.newBuilder(
                      java.net.URI.create(
                          s.identity().issuer(IdentityIssuer.CITIZEN) + "/admin/rotate-keys"))
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
      String second = JSON.readTree(r.body()).path("kid").asText();
      JWKSet after =
          JWKSet.parse(get(s.identity().issuer(IdentityIssuer.CITIZEN) + "/jwks").body());
      assertThat(after.getKeys()).extracting(k -> k.getKeyID()).containsExactly(second, first);
      String third = s.identity().rotateKeys(IdentityIssuer.CITIZEN);
      assertThat(s.identity().publicKeys(IdentityIssuer.CITIZEN).getKeys())
          .extracting(k -> k.getKeyID())
          .containsExactly(third, second);
      assertThat(s.identity().publicKeys(IdentityIssuer.NPSP).getKeys().get(0).getKeyID())
          .isNotIn(first, second, third);
    }
  }

  @Test
  void adminEndpointRegistersAClient() throws Exception {
    var pub = DemoClient.privateJwks().toPublicJWKSet();
    String body =
        "{\"client_id\":\"admin-registered\",\"redirect_uris\":[\"http://127.0.0.1:9/cb\"],\"jwks\":"
            + pub.toString(true)
            + "}";
    var r =
        HTTP.send(
            HttpRequest.newBuilder(
                    java.net.URI.create(
                        sandbox.identity().issuer(IdentityIssuer.CITIZEN) + "/admin/clients"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(201);
    assertThat(r.body()).contains("admin-registered");
  }

  @Test
  void adminEndpointRefusesPrivateKeys() throws Exception {
    String body =
        "{\"client_id\":\"leaky\",\"redirect_uris\":[\"http://127.0.0.1:9/cb\"],\"jwks\":"
            + DemoClient.privateJwks().toString(false)
            + "}";
    var r =
        HTTP.send(
            HttpRequest.newBuilder(
                    java.net.URI.create(
                        sandbox.identity().issuer(IdentityIssuer.CITIZEN) + "/admin/clients"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("LT-SBX-0014").contains("jwk.public-only");
  }
}
