package vn.lienthong.sandbox.internal.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.lienthong.sandbox.identity.ClientRegistration;
import vn.lienthong.sandbox.internal.http.HttpCall;
import vn.lienthong.sandbox.internal.http.HttpReply;
import vn.lienthong.sandbox.internal.http.ReplyException;

/**
 * Authenticates clients at the PAR and token endpoints: {@code private_key_jwt} (RFC 7523, ES256 or
 * PS256, {@code exp} at most two minutes ahead, single-use {@code jti}) on strict issuers, client
 * secrets (basic or post) on the NPSP and VNeID issuers. Failures are {@code invalid_client} (401).
 */
final class ClientAuthentication {

  static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
  private static final Set<JWSAlgorithm> ALGORITHMS =
      Set.of(JWSAlgorithm.ES256, JWSAlgorithm.PS256);

  private final IdentityProvider provider;

  ClientAuthentication(IdentityProvider provider) {
    this.provider = provider;
  }

  /** Verifies a client assertion; {@code audiences} are the values {@code aud} may hold. */
  ClientRegistration privateKeyJwt(
      Map<String, String> form, Set<String> audiences, ReplayCache replay, Instant now) {
    if (!ASSERTION_TYPE.equals(form.get("client_assertion_type"))) {
      throw fail("client_assertion_type must be " + ASSERTION_TYPE + " (private_key_jwt)");
    }
    String raw = form.get("client_assertion");
    if (raw == null || raw.isEmpty()) {
      throw fail("client_assertion missing");
    }
    if (raw.length() > FlowLimits.MAX_JWT_CHARS) {
      throw fail("client_assertion longer than " + FlowLimits.MAX_JWT_CHARS + " characters");
    }
    SignedJWT jwt;
    JWTClaimsSet claims;
    try {
      jwt = SignedJWT.parse(raw);
      claims = jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      throw fail("client_assertion is not a signed JWT");
    }
    if (!ALGORITHMS.contains(jwt.getHeader().getAlgorithm())) {
      throw fail("client_assertion alg must be ES256 or PS256");
    }
    String clientId = claims.getIssuer();
    if (clientId == null || !clientId.equals(claims.getSubject())) {
      throw fail("client_assertion iss and sub must both be the client_id");
    }
    String formId = form.get("client_id");
    if (formId != null && !formId.equals(clientId)) {
      throw fail("client_id does not match the client_assertion");
    }
    ClientRegistration client = provider.client(clientId).orElseThrow(() -> fail("unknown client"));
    JWKSet jwks = client.jwks().orElseThrow(() -> fail("client has no registered JWKS"));
    if (!verify(jwt, jwks)) {
      throw fail("client_assertion signature does not verify with the client's registered keys");
    }
    if (claims.getAudience().stream().noneMatch(audiences::contains)) {
      throw fail("client_assertion aud must be the issuer");
    }
    Date exp = claims.getExpirationTime();
    if (exp == null) {
      throw fail("client_assertion exp missing");
    }
    Instant expiry = exp.toInstant();
    if (expiry.isBefore(now.minus(FlowLimits.CLOCK_SKEW))) {
      throw fail("client_assertion expired");
    }
    if (expiry.isAfter(
        now.plus(FlowLimits.CLIENT_ASSERTION_MAX_LIFETIME).plus(FlowLimits.CLOCK_SKEW))) {
      throw fail("client_assertion exp is more than 2 minutes ahead");
    }
    Date iat = claims.getIssueTime();
    if (iat != null
        && expiry.isAfter(iat.toInstant().plus(FlowLimits.CLIENT_ASSERTION_MAX_LIFETIME))) {
      throw fail("client_assertion lifetime (exp - iat) exceeds 2 minutes");
    }
    String jti = claims.getJWTID();
    if (jti == null || jti.isEmpty() || jti.length() > FlowLimits.MAX_VALUE_CHARS) {
      throw fail("client_assertion jti missing");
    }
    if (!replay.firstUse(clientId + " " + jti, expiry.plus(FlowLimits.CLOCK_SKEW), now)) {
      throw fail("client_assertion jti already used");
    }
    return client;
  }

  /** Authenticates a client secret sent by HTTP Basic or in the form. */
  ClientRegistration clientSecret(HttpCall call, Map<String, String> form) {
    String id;
    String secret;
    var basic = call.header("Authorization").filter(h -> h.regionMatches(true, 0, "Basic ", 0, 6));
    if (basic.isPresent()) {
      if (form.containsKey("client_secret")) {
        throw fail("use one client authentication method, not two");
      }
      String decoded;
      try {
        decoded =
            new String(
                Base64.getDecoder().decode(basic.get().substring(6).trim()),
                StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw fail("malformed Basic credentials");
      }
      int colon = decoded.indexOf(':');
      if (colon < 0) {
        throw fail("malformed Basic credentials");
      }
      id = java.net.URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8);
      secret = java.net.URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8);
    } else {
      id = form.get("client_id");
      secret = form.get("client_secret");
      if (id == null || secret == null) {
        throw fail("client authentication missing (client_secret_basic or client_secret_post)");
      }
    }
    ClientRegistration client = provider.client(id).orElseThrow(() -> fail("unknown client"));
    String expected = client.clientSecret().orElseThrow(() -> fail("client has no secret"));
    if (!MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8))) {
      throw fail("wrong client secret");
    }
    return client;
  }

  static boolean verify(SignedJWT jwt, JWKSet jwks) {
    String kid = jwt.getHeader().getKeyID();
    List<JWK> candidates = new ArrayList<>();
    for (JWK k : jwks.getKeys()) {
      if ((kid == null || kid.equals(k.getKeyID())) && !KeyUse.ENCRYPTION.equals(k.getKeyUse())) {
        candidates.add(k);
      }
    }
    for (JWK k : candidates) {
      try {
        JWSVerifier v;
        if (k instanceof ECKey ec
            && JWSAlgorithm.Family.EC.contains(jwt.getHeader().getAlgorithm())) {
          v = new ECDSAVerifier(ec);
        } else if (k instanceof RSAKey rsa
            && JWSAlgorithm.Family.RSA.contains(jwt.getHeader().getAlgorithm())) {
          v = new RSASSAVerifier(rsa);
        } else {
          continue;
        }
        if (jwt.verify(v)) {
          return true;
        }
      } catch (JOSEException e) {
        // try the next key
      }
    }
    return false;
  }

  private static ReplyException fail(String description) {
    return new ReplyException(
        HttpReply.oauthError(401, "invalid_client", description)
            .header("WWW-Authenticate", "Bearer error=\"invalid_client\""));
  }
}
