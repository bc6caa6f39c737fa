package vn.lienthong.sandbox.internal.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.lienthong.sandbox.internal.http.HttpCall;

/**
 * Verifies DPoP proofs (RFC 9449 section 4.3): one {@code DPoP} header, {@code typ dpop+jwt}, an
 * asymmetric algorithm, a public {@code jwk} that verifies the signature, {@code htm} and {@code
 * htu} matching the request, {@code iat} within the window, a fresh {@code jti}, and {@code ath}
 * when an access token is presented. Returns the key's thumbprint for {@code cnf.jkt}.
 */
final class DpopVerifier {

  /** Why a proof was refused. */
  static final class DpopException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DpopException(String message) {
      super(message, null, false, false);
    }
  }

  private static final JOSEObjectType TYPE = new JOSEObjectType("dpop+jwt");
  private static final Set<JWSAlgorithm> ALGORITHMS =
      Set.of(JWSAlgorithm.ES256, JWSAlgorithm.PS256);

  private DpopVerifier() {}

  static String verify(
      HttpCall call, URI endpoint, @Nullable String accessToken, ReplayCache replay, Instant now) {
    if (call.headerCount("DPoP") != 1) {
      throw new DpopException(
          call.headerCount("DPoP") == 0 ? "DPoP proof missing" : "more than one DPoP header");
    }
    String raw = call.header("DPoP").orElse("");
    if (raw.length() > FlowLimits.MAX_JWT_CHARS) {
      throw new DpopException("DPoP proof too long");
    }
    SignedJWT jwt;
    JWTClaimsSet claims;
    try {
      jwt = SignedJWT.parse(raw);
      claims = jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      throw new DpopException("DPoP proof is not a signed JWT");
    }
    var header = jwt.getHeader();
    if (!TYPE.equals(header.getType())) {
      throw new DpopException("DPoP proof typ must be dpop+jwt");
    }
    if (!ALGORITHMS.contains(header.getAlgorithm())) {
      throw new DpopException("DPoP proof alg must be ES256 or PS256");
    }
    JWK jwk = header.getJWK();
    if (jwk == null || jwk.isPrivate()) {
      throw new DpopException("DPoP proof must carry a public jwk");
    }
    try {
      boolean ok;
      if (jwk instanceof ECKey ec && header.getAlgorithm().equals(JWSAlgorithm.ES256)) {
        ok = jwt.verify(new ECDSAVerifier(ec));
      } else if (jwk instanceof RSAKey rsa && header.getAlgorithm().equals(JWSAlgorithm.PS256)) {
        ok = jwt.verify(new RSASSAVerifier(rsa));
      } else {
        ok = false;
      }
      if (!ok) {
        throw new DpopException("DPoP proof signature does not verify");
      }
    } catch (JOSEException e) {
      throw new DpopException("DPoP proof signature does not verify");
    }
    if (!call.method().equals(str(claims, "htm"))) {
      throw new DpopException("DPoP proof htm does not match the request method");
    }
    if (!sameUri(str(claims, "htu"), endpoint)) {
      throw new DpopException("DPoP proof htu does not match the endpoint " + endpoint);
    }
    Date iat = claims.getIssueTime();
    if (iat == null
        || Duration.between(iat.toInstant(), now).abs().compareTo(FlowLimits.DPOP_IAT_WINDOW) > 0) {
      throw new DpopException("DPoP proof iat missing or outside the 60-second window");
    }
    String jti = claims.getJWTID();
    if (jti == null || jti.isEmpty() || jti.length() > FlowLimits.MAX_VALUE_CHARS) {
      throw new DpopException("DPoP proof jti missing");
    }
    if (accessToken != null) {
      String ath = str(claims, "ath");
      if (ath == null || !ath.equals(sha256(accessToken))) {
        throw new DpopException("DPoP proof ath does not match the access token");
      }
    }
    String jkt;
    try {
      jkt = jwk.computeThumbprint().toString();
    } catch (JOSEException e) {
      throw new DpopException("DPoP proof jwk has no thumbprint");
    }
    if (!replay.firstUse(
        jkt + " " + jti, now.plus(FlowLimits.DPOP_IAT_WINDOW.multipliedBy(2)), now)) {
      throw new DpopException("DPoP proof jti already used (replay)");
    }
    return jkt;
  }

  static String sha256(String token) {
    try {
      return Base64URL.encode(
              MessageDigest.getInstance("SHA-256")
                  .digest(token.getBytes(StandardCharsets.US_ASCII)))
          .toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing", e);
    }
  }

  private static @Nullable String str(JWTClaimsSet claims, String name) {
    Object v = claims.getClaim(name);
    return v instanceof String s ? s : null;
  }

  private static boolean sameUri(@Nullable String htu, URI endpoint) {
    if (htu == null) {
      return false;
    }
    try {
      URI u = new URI(htu);
      return u.getScheme() != null
          && u.getScheme().equalsIgnoreCase(endpoint.getScheme())
          && u.getHost() != null
          && u.getHost().equalsIgnoreCase(endpoint.getHost())
          && u.getPort() == endpoint.getPort()
          && endpoint.getRawPath().equals(u.getRawPath());
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }
}
