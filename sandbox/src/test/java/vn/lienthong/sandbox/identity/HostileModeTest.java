package vn.lienthong.sandbox.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.lienthong.sandbox.Sandbox;

/**
 * Every hostile mode produces the defect it names, and a strict independent validator (Nimbus
 * {@link DefaultJWTProcessor} with issuer, audience, nonce and required claims) rejects each ID
 * token defect while accepting the normal token.
 */
class HostileModeTest {

  static Sandbox sandbox;
  static TestRelyingParty rp;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.create().start();
    rp = new TestRelyingParty(sandbox.identity().issuer(IdentityIssuer.CITIZEN));
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  static DefaultJWTProcessor<SecurityContext> validator(JWKSet jwks, String nonce) {
    DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
    p.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, null));
    p.setJWSKeySelector(
        new JWSVerificationKeySelector<>(JWSAlgorithm.ES256, new ImmutableJWKSet<>(jwks)));
    p.setJWTClaimsSetVerifier(
        new DefaultJWTClaimsVerifier<>(
            Set.of(DemoClient.CLIENT_ID),
            new JWTClaimsSet.Builder().issuer(rp.issuer).claim("nonce", nonce).build(),
            Set.of("sub", "iat", "exp"),
            null) {
          @Override
          public void verify(JWTClaimsSet claims, SecurityContext ctx)
              throws com.nimbusds.jwt.proc.BadJWTException {
            super.verify(claims, ctx);
            if (claims.getAudience().size() > 1 && claims.getClaim("azp") == null) {
              throw new com.nimbusds.jwt.proc.BadJWTException("several audiences without azp");
            }
          }
        });
    return p;
  }

  @Test
  void normalTokenPassesTheStrictValidator() throws Exception {
    var l = rp.login("citizen-lan", null);
    String inner = rp.innerIdToken(l.tokenResponse.path("id_token").asText());
    JWTClaimsSet c = validator(rp.jwks(), l.nonce).process(inner, null);
    assertThat(c.getSubject()).startsWith("sbx-");
  }

  @ParameterizedTest
  @EnumSource(
      value = HostileMode.class,
      names = {"AUTHZ_ISS_MISSING", "AUTHZ_ISS_WRONG"},
      mode = EnumSource.Mode.EXCLUDE)
  void everyIdTokenDefectIsRejectedByTheStrictValidator(HostileMode mode) throws Exception {
    var l = rp.login("citizen-lan", mode.parameterValue());
    String inner = rp.innerIdToken(l.tokenResponse.path("id_token").asText());
    assertThatThrownBy(() -> validator(rp.jwks(), l.nonce).process(inner, null))
        .as(mode.name())
        .isInstanceOf(Exception.class);
    assertDefect(mode, JWTParser.parse(inner), l);
  }

  private static void assertDefect(HostileMode mode, JWT jwt, TestRelyingParty.Login l)
      throws Exception {
    JWKSet jwks = rp.jwks();
    JWTClaimsSet c = jwt.getJWTClaimsSet();
    switch (mode) {
      case BAD_SIGNATURE -> {
        SignedJWT s = (SignedJWT) jwt;
        ECKey k = (ECKey) jwks.getKeyByKeyId(s.getHeader().getKeyID());
        assertThat(k).isNotNull();
        assertThat(s.verify(new ECDSAVerifier(k))).isFalse();
        assertThat(c.getIssuer()).isEqualTo(rp.issuer);
      }
      case WRONG_ISS -> assertThat(c.getIssuer()).isNotEqualTo(rp.issuer);
      case WRONG_AUD -> assertThat(c.getAudience()).doesNotContain(DemoClient.CLIENT_ID);
      case EXTRA_AUD_NO_AZP -> {
        assertThat(c.getAudience()).contains(DemoClient.CLIENT_ID).hasSize(2);
        assertThat(c.getClaim("azp")).isNull();
      }
      case EXPIRED -> assertThat(c.getExpirationTime()).isBefore(new Date());
      case MISSING_NONCE -> assertThat(c.getClaim("nonce")).isNull();
      case WRONG_NONCE -> assertThat(c.getStringClaim("nonce")).isNotNull().isNotEqualTo(l.nonce);
      case ALG_NONE -> {
        assertThat(jwt).isInstanceOf(PlainJWT.class);
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("none");
      }
      case HS256_PUBLIC_KEY -> {
        SignedJWT s = (SignedJWT) jwt;
        assertThat(s.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
        ECKey pub = (ECKey) jwks.getKeyByKeyId(s.getHeader().getKeyID());
        assertThat(s.verify(new MACVerifier(pub.toECPublicKey().getEncoded()))).isTrue();
      }
      case UNKNOWN_KID -> {
        SignedJWT s = (SignedJWT) jwt;
        assertThat(s.getHeader().getKeyID()).isNotNull();
        assertThat(jwks.getKeyByKeyId(s.getHeader().getKeyID())).isNull();
      }
      case MISSING_SUB -> assertThat(c.getSubject()).isNull();
      case MISSING_IAT -> assertThat(c.getIssueTime()).isNull();
      case MISSING_EXP -> assertThat(c.getExpirationTime()).isNull();
      default -> throw new AssertionError(mode);
    }
  }

  @Test
  void authorizationResponseIssMissing() throws Exception {
    var l = rp.authorize("citizen-lan", "authz-iss-missing");
    assertThat(TestRelyingParty.query(l.callback)).containsKey("code").doesNotContainKey("iss");
  }

  @Test
  void authorizationResponseIssWrong() throws Exception {
    var l = rp.authorize("citizen-lan", "authz-iss-wrong");
    assertThat(TestRelyingParty.query(l.callback).get("iss")).isNotEqualTo(rp.issuer).isNotBlank();
  }

  @Test
  void hostileHeaderAtAuthorizeWorksToo() throws Exception {
    var l = new TestRelyingParty.Login();
    String uri =
        TestRelyingParty.JSON.readTree(rp.par(rp.parParams(l)).body()).path("request_uri").asText();
    var a =
        TestRelyingParty.get(
            rp.issuer
                + "/authorize?client_id="
                + DemoClient.CLIENT_ID
                + "&request_uri="
                + URLEncoder.encode(uri, StandardCharsets.UTF_8),
            "X-Sandbox-Persona",
            "citizen-lan",
            "X-Sandbox-Hostile",
            "authz-iss-missing");
    assertThat(a.headers().firstValue("Location").orElseThrow())
        .contains("code=")
        .doesNotContain("iss=");
  }

  @Test
  void unknownHostileModeIsRejected() throws Exception {
    var p = rp.parParams(new TestRelyingParty.Login());
    p.put("hostile", "sneaky");
    var r = rp.par(p);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("LT-SBX-0013");
  }

  @Test
  void parameterValuesRoundTrip() {
    for (HostileMode m : HostileMode.values()) {
      assertThat(HostileMode.parse(m.parameterValue())).hasValue(m);
    }
    assertThat(HostileMode.ALG_NONE.parameterValue()).isEqualTo("alg-none");
    assertThat(HostileMode.HS256_PUBLIC_KEY.parameterValue()).isEqualTo("hs256-public-key");
  }
}
