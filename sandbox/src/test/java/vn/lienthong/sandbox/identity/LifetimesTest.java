package vn.lienthong.sandbox.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.lienthong.sandbox.Sandbox;

/**
 * Lifetimes and windows, driven by the sandbox clock; and refusals of stale or oversized proofs.
 */
class LifetimesTest {

  /** A clock tests move forward. */
  static final class MovableClock extends Clock {
    private volatile Duration offset = Duration.ZERO;

    void advance(Duration d) {
      offset = offset.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return Instant.now().plus(offset);
    }
  }

  static String npspCode(Sandbox s, String state) throws Exception {
    String iss = s.identity().issuer(IdentityIssuer.NPSP).toString();
    var a =
        TestRelyingParty.get(
            iss
                + "/authorize?response_type=code&scope=openid&client_id="
                + DemoClient.CLIENT_ID
                + "&redirect_uri="
                + URLEncoder.encode(
                    DemoClient.REDIRECT_URIS.get(0).toString(), StandardCharsets.UTF_8)
                + "&state="
                + state
                + "&persona=citizen-duc");
    return TestRelyingParty.query(URI.create(a.headers().firstValue("Location").orElseThrow()))
        .get("code");
  }

  static java.net.http.HttpResponse<String> npspToken(Sandbox s, String code) throws Exception {
    return TestRelyingParty.post(
        s.identity().issuer(IdentityIssuer.NPSP) + "/token",
        TestRelyingParty.form(
            Map.of(
                "grant_type",
                "authorization_code",
                "code",
                code,
                "redirect_uri",
                DemoClient.REDIRECT_URIS.get(0).toString(),
                "client_id",
                DemoClient.CLIENT_ID,
                "client_secret",
                DemoClient.CLIENT_SECRET)));
  }

  @Test
  void authorizationCodeExpiresAfterSixtySeconds() throws Exception {
    MovableClock clock = new MovableClock();
    try (Sandbox s = Sandbox.builder().clock(clock).build().start()) {
      String code = npspCode(s, "t1");
      clock.advance(Duration.ofSeconds(61));
      var r = npspToken(s, code);
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(r.body()).contains("invalid_grant", "expired");
    }
  }

  @Test
  void accessTokenExpiresAfterFiveMinutes() throws Exception {
    MovableClock clock = new MovableClock();
    try (Sandbox s = Sandbox.builder().clock(clock).build().start()) {
      String at =
          TestRelyingParty.JSON
              .readTree(npspToken(s, npspCode(s, "t2")).body())
              .path("access_token")
              .asText();
      String userinfo = s.identity().issuer(IdentityIssuer.NPSP) + "/userinfo";
      assertThat(TestRelyingParty.get(userinfo, "Authorization", "Bearer " + at).statusCode())
          .isEqualTo(200);
      clock.advance(Duration.ofMinutes(6));
      assertThat(TestRelyingParty.get(userinfo, "Authorization", "Bearer " + at).statusCode())
          .isEqualTo(401);
    }
  }

  @Test
  void requestUriExpiresAfterSixtySeconds() throws Exception {
    MovableClock clock = new MovableClock();
    try (Sandbox s = Sandbox.builder().clock(clock).build().start()) {
      TestRelyingParty rp = new TestRelyingParty(s.identity().issuer(IdentityIssuer.CITIZEN));
      String uri =
          TestRelyingParty.JSON
              .readTree(rp.par(rp.parParams(new TestRelyingParty.Login())).body())
              .path("request_uri")
              .asText();
      clock.advance(Duration.ofSeconds(61));
      var a =
          TestRelyingParty.get(
              rp.issuer
                  + "/authorize?client_id="
                  + DemoClient.CLIENT_ID
                  + "&request_uri="
                  + URLEncoder.encode(uri, StandardCharsets.UTF_8)
                  + "&persona=citizen-lan");
      assertThat(a.statusCode()).isEqualTo(400);
      assertThat(a.body()).contains("request-uri.usable");
    }
  }

  @Test
  void staleDpopProofIsRefused() throws Exception {
    try (Sandbox s = Sandbox.create().start()) {
      TestRelyingParty rp = new TestRelyingParty(s.identity().issuer(IdentityIssuer.CITIZEN));
      var l = rp.authorize("citizen-lan", null);
      SignedJWT proof =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.ES256)
                  .type(new JOSEObjectType("dpop+jwt"))
                  .jwk(rp.dpopKey.toPublicJWK())
                  .build(),
              new JWTClaimsSet.Builder()
                  .jwtID(UUID.randomUUID().toString())
                  .claim("htm", "POST")
                  .claim("htu", rp.issuer + "/token")
                  .issueTime(Date.from(Instant.now().minusSeconds(300)))
                  .build());
      proof.sign(new ECDSASigner(rp.dpopKey));
      var r =
          TestRelyingParty.post(
              rp.issuer + "/token",
              TestRelyingParty.form(rp.tokenParams(l)),
              "DPoP",
              proof.serialize());
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(r.body()).contains("invalid_dpop_proof", "iat");
    }
  }

  @Test
  void expiredOrOversizedClientAssertionIsInvalidClient() throws Exception {
    try (Sandbox s = Sandbox.create().start()) {
      TestRelyingParty rp = new TestRelyingParty(s.identity().issuer(IdentityIssuer.CITIZEN));
      var p = rp.parParams(new TestRelyingParty.Login());
      p.put(
          "client_assertion",
          rp.clientAssertion(Instant.now().minusSeconds(30), UUID.randomUUID().toString()));
      var expired = rp.par(p);
      assertThat(expired.statusCode()).isEqualTo(401);
      assertThat(expired.body()).contains("expired");
      p.put("client_assertion", "a".repeat(20_000));
      var huge = rp.par(p);
      assertThat(huge.statusCode()).isEqualTo(401);
      assertThat(huge.body()).contains("longer than");
    }
  }

  @Test
  void newbornCannotLogIn() throws Exception {
    try (Sandbox s = Sandbox.create().start()) {
      String iss = s.identity().issuer(IdentityIssuer.NPSP).toString();
      var a =
          TestRelyingParty.get(
              iss
                  + "/authorize?response_type=code&scope=openid&client_id="
                  + DemoClient.CLIENT_ID
                  + "&redirect_uri="
                  + URLEncoder.encode(
                      DemoClient.REDIRECT_URIS.get(0).toString(), StandardCharsets.UTF_8)
                  + "&state=n&persona=newborn-an");
      assertThat(a.statusCode()).isEqualTo(400);
      assertThat(a.body()).contains("LT-SBX-0012");
    }
  }
}
