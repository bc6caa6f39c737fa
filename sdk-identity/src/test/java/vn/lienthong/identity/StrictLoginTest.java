package vn.lienthong.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSAEncrypter;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.LienThongException;
import vn.lienthong.core.id.Gender;

/**
 * The STRICT profile over real HTTP on loopback against WireMock stubs serving tokens minted here:
 * the happy path, and the OpenID Foundation relying-party negative tests, each with its own code.
 */
class StrictLoginTest {

  private final FakeOp op = new FakeOp();

  @AfterEach
  void stop() {
    op.close();
  }

  static void rejected(IdentityErrorCode code, ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOf(LienThongException.class)
        .satisfies(
            e ->
                assertThat(((LienThongException) e).errorCode())
                    .as("%s caused by %s", e.getMessage(), e.getCause())
                    .isEqualTo(code));
  }

  private void rejectsToken(IdentityErrorCode code, Consumer<JWTClaimsSet.Builder> shape) {
    OidcLogin rp = op.rp().build();
    rejected(code, () -> op.login(rp, shape));
  }

  private void rejectsSerialized(IdentityErrorCode code, OidcLogin rp, TokenMaker maker)
      throws Exception {
    FakeOp.Pending p = op.start(rp);
    op.tokenResponse(maker.make(op.claims(p.nonce).build()), "DPoP");
    op.userInfo(Map.of("sub", "sub-an-0001"));
    rejected(code, () -> rp.finish(p.callback(), p.request.state()));
  }

  interface TokenMaker {
    String make(JWTClaimsSet claims) throws Exception;
  }

  @Test
  void logsInWithParPkceDpopAndPrivateKeyJwt() {
    OidcLogin rp = op.rp().build();
    CitizenIdentity who = op.login(rp, c -> {});

    assertThat(who.personalId().value()).isEqualTo(FakeOp.PERSONAL_ID);
    assertThat(who.fullName()).isEqualTo("Nguyễn Văn An");
    assertThat(who.birthDate()).contains(LocalDate.of(1990, 5, 17));
    assertThat(who.gender()).isEqualTo(Gender.MALE);
    assertThat(who.assurance()).isEqualTo(AssuranceLevel.LEVEL_2);
    assertThat(who.accountType()).isEqualTo(AccountType.CITIZEN);
    assertThat(who.profile()).isEqualTo(IdentityProfile.STRICT);
    assertThat(who.toString()).doesNotContain(FakeOp.PERSONAL_ID).doesNotContain("Văn An");

    Map<String, String> par = op.lastPar();
    assertThat(par).containsEntry("code_challenge_method", "S256").containsKey("nonce");
    assertThat(par.get("client_assertion_type"))
        .isEqualTo("urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
    LoggedRequest token = op.tokenRequests().get(0);
    assertThat(token.getHeader("DPoP")).isNotBlank();
    Map<String, String> form = FakeOp.form(token.getBodyAsString());
    assertThat(form).containsKey("code_verifier").containsEntry("grant_type", "authorization_code");
    LoggedRequest ui = op.server.findAll(getRequestedFor(urlPathEqualTo("/idp/userinfo"))).get(0);
    assertThat(ui.getHeader("Authorization")).startsWith("DPoP ");
  }

  @Test
  void clientAssertionsLiveAtMostTwoMinutesWithFreshJtiAndIssuerAudience() throws Exception {
    OidcLogin rp = op.rp().build();
    op.login(rp, c -> {});
    op.login(rp, c -> {});
    List<String> jtis = new java.util.ArrayList<>();
    for (LoggedRequest r : op.tokenRequests()) {
      JWTClaimsSet a =
          SignedJWT.parse(FakeOp.form(r.getBodyAsString()).get("client_assertion"))
              .getJWTClaimsSet();
      assertThat(a.getExpirationTime().getTime() - a.getIssueTime().getTime())
          .isLessThanOrEqualTo(120_000);
      assertThat(a.getAudience()).containsExactly(op.issuer);
      assertThat(a.getIssuer()).isEqualTo(FakeOp.CLIENT_ID);
      jtis.add(a.getJWTID());
    }
    assertThat(jtis).hasSize(2).doesNotHaveDuplicates();
  }

  @Test
  void dpopProofsAreFreshAndBoundToMethodUriAndAccessToken() throws Exception {
    OidcLogin rp = op.rp().build();
    op.login(rp, c -> {});
    SignedJWT tokenProof = SignedJWT.parse(op.tokenRequests().get(0).getHeader("DPoP"));
    SignedJWT uiProof =
        SignedJWT.parse(
            op.server
                .findAll(getRequestedFor(urlPathEqualTo("/idp/userinfo")))
                .get(0)
                .getHeader("DPoP"));
    assertThat(tokenProof.getHeader().getType().getType()).isEqualTo("dpop+jwt");
    assertThat(tokenProof.getJWTClaimsSet().getStringClaim("htm")).isEqualTo("POST");
    assertThat(tokenProof.getJWTClaimsSet().getStringClaim("htu")).isEqualTo(op.issuer + "/token");
    assertThat(uiProof.getJWTClaimsSet().getStringClaim("htm")).isEqualTo("GET");
    assertThat(uiProof.getJWTClaimsSet().getStringClaim("ath")).isNotBlank();
    assertThat(uiProof.getJWTClaimsSet().getJWTID())
        .isNotEqualTo(tokenProof.getJWTClaimsSet().getJWTID());
  }

  @Test
  void rejectsDpopProofTheProviderCallsReplayed() {
    OidcLogin rp = op.rp().build();
    FakeOp.Pending p = op.start(rp);
    op.server.stubFor(
        post(urlEqualTo("/idp/token"))
            .willReturn(
                FakeOp.json(
                    400,
                    "{\"error\":\"invalid_dpop_proof\",\"error_description\":\"jti replayed\"}")));
    rejected(
        IdentityErrorCode.DPOP_PROOF_REJECTED, () -> rp.finish(p.callback(), p.request.state()));
  }

  @Test
  void retriesOnceWithTheProvidersDpopNonce() {
    OidcLogin rp = op.rp().build();
    FakeOp.Pending p = op.start(rp);
    String idToken = op.sign(op.claims(p.nonce).build());
    op.server.stubFor(
        post(urlEqualTo("/idp/token"))
            .inScenario("nonce")
            .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("DPoP-Nonce", "n-1")
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"error\":\"use_dpop_nonce\"}"))
            .willSetStateTo("nonce-sent"));
    op.server.stubFor(
        post(urlEqualTo("/idp/token"))
            .inScenario("nonce")
            .whenScenarioStateIs("nonce-sent")
            .willReturn(
                FakeOp.json(
                    200,
                    "{\"access_token\":\"at\",\"token_type\":\"DPoP\",\"id_token\":\""
                        + idToken
                        + "\"}")));
    op.userInfo(Map.of("sub", "sub-an-0001"));
    assertThat(rp.finish(p.callback(), p.request.state()).subject()).isEqualTo("sub-an-0001");
  }

  @Test
  void rejectsInvalidEs256Signature() throws Exception {
    ECKey other = new ECKeyGenerator(Curve.P_256).keyID("op-ec-1").generate();
    rejectsSerialized(
        IdentityErrorCode.ID_TOKEN_SIGNATURE_INVALID,
        op.rp().build(),
        c -> op.sign(c, other, JWSAlgorithm.ES256, true));
  }

  @Test
  void rejectsInvalidPs256Signature() throws Exception {
    RSAKey other = new RSAKeyGenerator(2048).keyID("op-rsa-1").generate();
    rejectsSerialized(
        IdentityErrorCode.ID_TOKEN_SIGNATURE_INVALID,
        op.rp().build(),
        c -> op.sign(c, other, JWSAlgorithm.PS256, true));
  }

  @Test
  void acceptsPs256FromThePublishedRsaKey() throws Exception {
    OidcLogin rp = op.rp().build();
    FakeOp.Pending p = op.start(rp);
    op.tokenResponse(
        op.sign(op.claims(p.nonce).build(), op.rsaKey, JWSAlgorithm.PS256, true), "DPoP");
    op.userInfo(Map.of("sub", "sub-an-0001"));
    assertThat(rp.finish(p.callback(), p.request.state()).assurance())
        .isEqualTo(AssuranceLevel.LEVEL_2);
  }

  @Test
  void rejectsRs256WhichFapiDoesNotAllow() throws Exception {
    rejectsSerialized(
        IdentityErrorCode.ID_TOKEN_ALGORITHM_NOT_ALLOWED,
        op.rp().build(),
        c -> op.sign(c, op.rsaKey, JWSAlgorithm.RS256, true));
  }

  @Test
  void rejectsAlgNone() throws Exception {
    rejectsSerialized(
        IdentityErrorCode.ID_TOKEN_UNSIGNED, op.rp().build(), c -> new PlainJWT(c).serialize());
  }

  @Test
  void rejectsHs256KeyedWithThePublicKey() throws Exception {
    byte[] publicBytes = op.rsaKey.toPublicJWK().toJSONString().getBytes();
    rejectsSerialized(
        IdentityErrorCode.ID_TOKEN_ALGORITHM_NOT_ALLOWED,
        op.rp().build(),
        c -> {
          SignedJWT j = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), c);
          j.sign(new MACSigner(publicBytes));
          return j.serialize();
        });
  }

  @Test
  void rejectsWrongIssuer() {
    rejectsToken(IdentityErrorCode.ID_TOKEN_ISSUER_MISMATCH, c -> c.issuer("https://evil.example"));
  }

  @Test
  void rejectsWrongAudience() {
    rejectsToken(IdentityErrorCode.ID_TOKEN_AUDIENCE_MISMATCH, c -> c.audience("someone-else"));
  }

  @Test
  void rejectsExtraUntrustedAudienceWithoutAzp() {
    rejectsToken(
        IdentityErrorCode.ID_TOKEN_UNTRUSTED_AUDIENCE,
        c -> c.audience(List.of(FakeOp.CLIENT_ID, "untrusted-client")));
  }

  @Test
  void acceptsExtraAudienceWhenAzpNamesThisClient() {
    OidcLogin rp = op.rp().build();
    assertThat(
            op.login(
                rp,
                c -> c.audience(List.of(FakeOp.CLIENT_ID, "other")).claim("azp", FakeOp.CLIENT_ID)))
        .isNotNull();
  }

  @Test
  void rejectsMissingSubject() {
    rejectsToken(IdentityErrorCode.ID_TOKEN_SUBJECT_MISSING, c -> c.subject(null));
  }

  @Test
  void rejectsMissingIssuedAt() {
    rejectsToken(IdentityErrorCode.ID_TOKEN_ISSUED_AT_MISSING, c -> c.issueTime(null));
  }

  @Test
  void rejectsMissingExpiry() {
    rejectsToken(IdentityErrorCode.ID_TOKEN_EXPIRY_MISSING, c -> c.expirationTime(null));
  }

  @Test
  void rejectsExpiredIdToken() {
    rejectsToken(
        IdentityErrorCode.ID_TOKEN_EXPIRED,
        c -> c.expirationTime(Date.from(Instant.now().minusSeconds(3600))));
  }

  @Test
  void acceptsExpiryWithinTheClockSkew() {
    OidcLogin rp = op.rp().build();
    assertThat(op.login(rp, c -> c.expirationTime(Date.from(Instant.now().minusSeconds(20)))))
        .isNotNull();
  }

  @Test
  void rejectsIdTokenIssuedInTheFuture() {
    rejectsToken(
        IdentityErrorCode.ID_TOKEN_ISSUED_IN_FUTURE,
        c -> c.issueTime(Date.from(Instant.now().plusSeconds(3600))));
  }

  @Test
  void rejectsMissingNonce() {
    rejectsToken(IdentityErrorCode.ID_TOKEN_NONCE_MISSING, c -> c.claim("nonce", null));
  }

  @Test
  void rejectsWrongNonce() {
    rejectsToken(IdentityErrorCode.ID_TOKEN_NONCE_MISMATCH, c -> c.claim("nonce", "replayed"));
  }

  @Test
  void acceptsAbsentKidWhenTheProviderPublishesOneKey() throws Exception {
    op.publish(op.ecKey);
    OidcLogin rp = op.rp().build();
    FakeOp.Pending p = op.start(rp);
    op.tokenResponse(
        op.sign(op.claims(p.nonce).build(), op.ecKey, JWSAlgorithm.ES256, false), "DPoP");
    op.userInfo(Map.of("sub", "sub-an-0001"));
    assertThat(rp.finish(p.callback(), p.request.state())).isNotNull();
  }

  @Test
  void rejectsAbsentKidWhenTheProviderPublishesSeveralKeys() throws Exception {
    ECKey second = new ECKeyGenerator(Curve.P_256).keyID("op-ec-2").generate();
    op.publish(op.ecKey, second);
    rejectsSerialized(
        IdentityErrorCode.ID_TOKEN_KEY_AMBIGUOUS,
        op.rp().build(),
        c -> op.sign(c, op.ecKey, JWSAlgorithm.ES256, false));
  }

  @Test
  void rejectsUnknownKid() throws Exception {
    ECKey unknown = new ECKeyGenerator(Curve.P_256).keyID("nobody").generate();
    rejectsSerialized(
        IdentityErrorCode.ID_TOKEN_KEY_UNKNOWN,
        op.rp().build(),
        c -> op.sign(c, unknown, JWSAlgorithm.ES256, true));
  }

  @Test
  void acceptsRotatedSigningKeyAfterRefreshingTheKeySet() throws Exception {
    MutableClock clock = new MutableClock();
    OidcLogin rp = op.rp().clock(clock).jwksRefreshInterval(Duration.ofSeconds(10)).build();
    op.login(rp, c -> {}); // caches the key set
    ECKey rotated = new ECKeyGenerator(Curve.P_256).keyID("op-ec-rotated").generate();
    op.publish(rotated, op.ecKey);

    // Within the refresh interval the cache does not go back to the provider: rate limit.
    FakeOp.Pending early = op.start(rp);
    op.tokenResponse(
        op.sign(op.claims(early.nonce).build(), rotated, JWSAlgorithm.ES256, true), "DPoP");
    rejected(
        IdentityErrorCode.ID_TOKEN_KEY_UNKNOWN,
        () -> rp.finish(early.callback(), early.request.state()));

    clock.advance(Duration.ofSeconds(11));
    FakeOp.Pending later = op.start(rp);
    op.tokenResponse(
        op.sign(op.claims(later.nonce).build(), rotated, JWSAlgorithm.ES256, true), "DPoP");
    assertThat(rp.finish(later.callback(), later.request.state())).isNotNull();
  }

  @Test
  void rejectsDiscoveryNamingAnotherIssuer() {
    op.stubDiscovery("https://evil.example/idp", true);
    OidcLogin rp = op.rp().build();
    rejected(IdentityErrorCode.DISCOVERY_ISSUER_MISMATCH, rp::start);
  }

  @Test
  void rejectsCallbackWithoutIss() {
    OidcLogin rp = op.rp().build();
    FakeOp.Pending p = op.start(rp);
    URI cb = URI.create("https://xa.example.vn/cb?code=c&state=" + p.state);
    rejected(
        IdentityErrorCode.AUTHORIZATION_ISSUER_MISSING, () -> rp.finish(cb, p.request.state()));
  }

  @Test
  void rejectsCallbackWithWrongIss() {
    OidcLogin rp = op.rp().build();
    FakeOp.Pending p = op.start(rp);
    URI cb =
        URI.create(
            "https://xa.example.vn/cb?code=c&state=" + p.state + "&iss=https://evil.example");
    rejected(
        IdentityErrorCode.AUTHORIZATION_ISSUER_MISMATCH, () -> rp.finish(cb, p.request.state()));
  }

  @Test
  void rejectsStateMismatch() {
    OidcLogin rp = op.rp().build();
    FakeOp.Pending p = op.start(rp);
    URI cb = URI.create("https://xa.example.vn/cb?code=c&state=forged&iss=" + op.issuer);
    rejected(IdentityErrorCode.STATE_MISMATCH, () -> rp.finish(cb, p.request.state()));
  }

  @Test
  void rejectsCodeReplay() {
    OidcLogin rp = op.rp().build();
    FakeOp.Pending p = op.start(rp);
    op.tokenResponse(op.sign(op.claims(p.nonce).build()), "DPoP");
    op.userInfo(Map.of("sub", "sub-an-0001"));
    rp.finish(p.callback(), p.request.state());
    rejected(IdentityErrorCode.CODE_REPLAYED, () -> rp.finish(p.callback(), p.request.state()));
  }

  @Test
  void reportsTheProvidersErrorResponse() {
    OidcLogin rp = op.rp().build();
    FakeOp.Pending p = op.start(rp);
    URI cb =
        URI.create(
            "https://xa.example.vn/cb?error=access_denied&state=" + p.state + "&iss=" + op.issuer);
    rejected(IdentityErrorCode.AUTHORIZATION_DENIED, () -> rp.finish(cb, p.request.state()));
  }

  @Test
  void rejectsBearerTokenWhereDpopIsRequired() {
    OidcLogin rp = op.rp().build();
    FakeOp.Pending p = op.start(rp);
    op.tokenResponse(op.sign(op.claims(p.nonce).build()), "Bearer");
    rejected(
        IdentityErrorCode.TOKEN_NOT_SENDER_CONSTRAINED,
        () -> rp.finish(p.callback(), p.request.state()));
  }

  @Test
  void rejectsUserinfoAboutAnotherSubject() {
    OidcLogin rp = op.rp().build();
    FakeOp.Pending p = op.start(rp);
    op.tokenResponse(op.sign(op.claims(p.nonce).build()), "DPoP");
    op.userInfo(Map.of("sub", "someone-else"));
    rejected(
        IdentityErrorCode.USERINFO_SUBJECT_MISMATCH,
        () -> rp.finish(p.callback(), p.request.state()));
  }

  @Test
  void rejectsLoginBelowTheMinimumAssurance() {
    OidcLogin rp = op.rp().minimumAssurance(AssuranceLevel.LEVEL_2).build();
    rejected(IdentityErrorCode.ASSURANCE_TOO_LOW, () -> op.login(rp, c -> c.claim("acr", "LoA1")));
  }

  @Test
  void rejectsExpiredLoginState() {
    MutableClock clock = new MutableClock();
    OidcLogin rp = op.rp().clock(clock).build();
    FakeOp.Pending p = op.start(rp);
    clock.advance(Duration.ofMinutes(11));
    rejected(
        IdentityErrorCode.LOGIN_STATE_EXPIRED, () -> rp.finish(p.callback(), p.request.state()));
  }

  @Test
  void loginStateSurvivesItsTextForm() {
    OidcLogin rp = op.rp().build();
    FakeOp.Pending p = op.start(rp);
    LoginState restored = LoginState.decode(p.request.state().encoded());
    op.tokenResponse(op.sign(op.claims(p.nonce).build()), "DPoP");
    op.userInfo(Map.of("sub", "sub-an-0001"));
    assertThat(rp.finish(p.callback(), restored).subject()).isEqualTo("sub-an-0001");
    assertThat(restored.toString()).doesNotContain(restored.codeVerifier());
    rejected(IdentityErrorCode.LOGIN_STATE_INVALID, () -> LoginState.decode("not-a-state"));
  }

  @Test
  void decryptsAnEncryptedIdTokenAndRefusesAPlainOneOnceAKeyIsRegistered() throws Exception {
    RSAKey encKey = new RSAKeyGenerator(2048).generate();
    OidcLogin rp = op.rp().idTokenDecryptionKey(encKey.toKeyPair()).build();
    FakeOp.Pending p = op.start(rp);
    String jws = op.sign(op.claims(p.nonce).build());
    JWEObject jwe =
        new JWEObject(
            new JWEHeader.Builder(JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A256GCM)
                .contentType("JWT")
                .build(),
            new Payload(SignedJWT.parse(jws)));
    jwe.encrypt(new RSAEncrypter(encKey.toRSAPublicKey()));
    op.tokenResponse(jwe.serialize(), "DPoP");
    op.userInfo(Map.of("sub", "sub-an-0001"));
    assertThat(rp.finish(p.callback(), p.request.state()).subject()).isEqualTo("sub-an-0001");

    rejectsSerialized(IdentityErrorCode.ID_TOKEN_ENCRYPTION_REQUIRED, rp, c -> op.sign(c));
  }

  @Test
  void refusesUnsafeConfiguration() {
    rejected(
        IdentityErrorCode.CONFIGURATION_INVALID,
        () -> op.rp().issuer(URI.create("http://id.example.vn/idp")).build());
    rejected(IdentityErrorCode.CONFIGURATION_INVALID, () -> op.rp().clientSecret("s").build());
    rejected(
        IdentityErrorCode.CONFIGURATION_INVALID, () -> op.rp().idTokenAlgorithms("HS256").build());
    assertThatThrownBy(() -> OidcLogin.builder().clientId("x").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("issuer");
  }

  /** A clock tests can move forward. */
  static final class MutableClock extends Clock {
    private Instant now = Instant.now();

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
