package vn.lienthong.identity.internal;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.KeyLengthException;
import com.nimbusds.jose.crypto.ECDHDecrypter;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.crypto.RSADecrypter;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.identity.IdentityErrorCode;

/**
 * Verifies an ID token step by step with explicitly expected algorithms, never trusting the token's
 * own header to choose how it is checked. Each failed check has its own error code. Thread safe.
 */
public final class IdTokenVerifier {

  /** Longest ID token accepted, in characters (a nested JWE of a large token stays well below). */
  public static final int MAX_TOKEN_LENGTH = 32 * 1024;

  private static final Set<JWEAlgorithm> JWE_ALGORITHMS =
      Set.of(JWEAlgorithm.RSA_OAEP_256, JWEAlgorithm.ECDH_ES_A256KW);

  private final String issuer;
  private final String clientId;
  private final Set<JWSAlgorithm> algorithms;
  private final @Nullable JwksCache jwks;
  private final byte @Nullable [] clientSecret;
  private final @Nullable KeyPair decryptionKey;
  private final Clock clock;
  private final Duration skew;
  private final java.util.concurrent.ConcurrentHashMap<JWK, JWSVerifier> verifiers =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Creates a verifier.
   *
   * @param issuer the expected issuer
   * @param clientId this client's id
   * @param algorithms the accepted signature algorithms
   * @param jwks the provider's keys, or null when only HMAC is accepted
   * @param clientSecret the client secret for HMAC, or null
   * @param decryptionKey the key encrypted tokens are addressed to, or null (then tokens must be
   *     plain JWS)
   * @param clock the clock
   * @param skew the allowed clock skew
   */
  public IdTokenVerifier(
      String issuer,
      String clientId,
      Set<JWSAlgorithm> algorithms,
      @Nullable JwksCache jwks,
      @Nullable String clientSecret,
      @Nullable KeyPair decryptionKey,
      Clock clock,
      Duration skew) {
    this.issuer = issuer;
    this.clientId = clientId;
    this.algorithms = Set.copyOf(algorithms);
    this.jwks = jwks;
    this.clientSecret = clientSecret == null ? null : clientSecret.getBytes(StandardCharsets.UTF_8);
    this.decryptionKey = decryptionKey;
    this.clock = clock;
    this.skew = skew;
  }

  /**
   * Verifies a token.
   *
   * @param token the compact ID token
   * @param nonce the nonce this login sent
   * @return the verified claims
   * @throws vn.lienthong.core.InvalidInputException with the code of the first failed check
   */
  public JWTClaimsSet verify(String token, String nonce) {
    SignedJWT jws = signed(token);
    verifySignature(jws);
    JWTClaimsSet c;
    try {
      c = jws.getJWTClaimsSet();
    } catch (ParseException e) {
      throw malformed("claims are not a JSON object");
    }
    checkClaims(c, nonce);
    return c;
  }

  private SignedJWT signed(String token) {
    if (token.length() > MAX_TOKEN_LENGTH) {
      throw malformed("too long");
    }
    JWT jwt;
    try {
      jwt = JWTParser.parse(token);
    } catch (ParseException | RuntimeException e) {
      throw malformed("not a compact JWT");
    }
    if (jwt instanceof EncryptedJWT) {
      jwt = decrypt((EncryptedJWT) jwt);
    } else if (decryptionKey != null) {
      throw Failures.input(
          IdentityErrorCode.ID_TOKEN_ENCRYPTION_REQUIRED, ErrorDetails.field(issuer));
    }
    if (jwt instanceof PlainJWT) {
      throw Failures.input(IdentityErrorCode.ID_TOKEN_UNSIGNED, ErrorDetails.field(issuer));
    }
    if (!(jwt instanceof SignedJWT)) {
      throw malformed("not a signed JWT");
    }
    return (SignedJWT) jwt;
  }

  private JWT decrypt(EncryptedJWT jwe) {
    KeyPair key = decryptionKey;
    JWEAlgorithm alg = jwe.getHeader().getAlgorithm();
    if (key == null) {
      throw decryptFailed(alg.getName(), "no decryption key is configured");
    }
    if (!JWE_ALGORITHMS.contains(alg)
        || !EncryptionMethod.A256GCM.equals(jwe.getHeader().getEncryptionMethod())) {
      throw decryptFailed(
          alg.getName() + "/" + jwe.getHeader().getEncryptionMethod(),
          "only RSA-OAEP-256 or ECDH-ES+A256KW with A256GCM");
    }
    try {
      if (alg.equals(JWEAlgorithm.RSA_OAEP_256) && key.getPrivate() instanceof RSAPrivateKey) {
        jwe.decrypt(new RSADecrypter(key.getPrivate()));
      } else if (alg.equals(JWEAlgorithm.ECDH_ES_A256KW)
          && key.getPrivate() instanceof ECPrivateKey) {
        jwe.decrypt(new ECDHDecrypter((ECPrivateKey) key.getPrivate()));
      } else {
        throw decryptFailed(alg.getName(), "algorithm does not fit the client's key");
      }
      String payload = jwe.getPayload().toString();
      if (payload.length() > MAX_TOKEN_LENGTH) {
        throw malformed("nested token too long");
      }
      return JWTParser.parse(payload);
    } catch (JOSEException | ParseException | IllegalStateException e) {
      throw decryptFailed(alg.getName(), e.getClass().getSimpleName());
    }
  }

  private void verifySignature(SignedJWT jws) {
    JWSHeader h = jws.getHeader();
    JWSAlgorithm alg = h.getAlgorithm();
    if (!algorithms.contains(alg)) {
      throw Failures.input(
          IdentityErrorCode.ID_TOKEN_ALGORITHM_NOT_ALLOWED,
          ErrorDetails.field(issuer)
              .with("value", alg.getName())
              .with("allowed", algorithms.stream().map(JWSAlgorithm::getName).sorted().toList()));
    }
    String kid = h.getKeyID();
    JWSVerifier verifier;
    try {
      if (JWSAlgorithm.Family.HMAC_SHA.contains(alg)) {
        if (clientSecret == null) {
          throw Failures.config("clientSecret", "HMAC ID tokens need the client secret");
        }
        verifier = new MACVerifier(clientSecret);
      } else {
        verifier = cachedVerifier(selectKey(alg, kid));
      }
      if (!jws.verify(verifier)) {
        throw invalidSignature(alg, kid);
      }
    } catch (KeyLengthException e) {
      throw invalidSignature(alg, kid);
    } catch (JOSEException e) {
      throw invalidSignature(alg, kid);
    }
  }

  private JWK selectKey(JWSAlgorithm alg, @Nullable String kid) {
    JwksCache cache = jwks;
    if (cache == null) {
      throw Failures.config("jwksUri", "signed ID tokens need the provider's key set");
    }
    if (kid != null) {
      JWK key = cache.key(kid);
      if (key == null || !fits(key, alg)) {
        throw Failures.input(
            IdentityErrorCode.ID_TOKEN_KEY_UNKNOWN, ErrorDetails.field(issuer).with("value", kid));
      }
      return key;
    }
    List<JWK> candidates = new ArrayList<>();
    for (JWK k : cache.keys().getKeys()) {
      if (fits(k, alg)) {
        candidates.add(k);
      }
    }
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    if (candidates.isEmpty()) {
      throw Failures.input(
          IdentityErrorCode.ID_TOKEN_KEY_UNKNOWN, ErrorDetails.field(issuer).with("value", "-"));
    }
    throw Failures.input(
        IdentityErrorCode.ID_TOKEN_KEY_AMBIGUOUS,
        ErrorDetails.field(issuer).with("count", candidates.size()));
  }

  private static boolean fits(JWK k, JWSAlgorithm alg) {
    if (k.getKeyUse() != null && !KeyUse.SIGNATURE.equals(k.getKeyUse())) {
      return false;
    }
    if (k.getAlgorithm() != null && !k.getAlgorithm().equals(alg)) {
      return false;
    }
    if (JWSAlgorithm.Family.EC.contains(alg)) {
      return k instanceof ECKey;
    }
    return k instanceof RSAKey;
  }

  /** Verifiers are thread-safe and keep the converted public key: one per published key. */
  private JWSVerifier cachedVerifier(JWK key) throws JOSEException {
    JWSVerifier v = verifiers.get(key);
    if (v == null) {
      v = verifierFor(key);
      if (verifiers.size() >= JwksCache.MAX_KEYS * 2) {
        verifiers.clear();
      }
      verifiers.put(key, v);
    }
    return v;
  }

  private static JWSVerifier verifierFor(JWK key) throws JOSEException {
    if (key instanceof ECKey) {
      return new ECDSAVerifier((ECKey) key);
    }
    RSAKey rsa = (RSAKey) key;
    if (rsa.size() < 2048) {
      throw new JOSEException("RSA key under 2048 bits");
    }
    return new RSASSAVerifier(rsa);
  }

  private void checkClaims(JWTClaimsSet c, String nonce) {
    if (!issuer.equals(c.getIssuer())) {
      throw Failures.input(
          IdentityErrorCode.ID_TOKEN_ISSUER_MISMATCH,
          ErrorDetails.field("iss")
              .with("value", String.valueOf(c.getIssuer()))
              .with("expected", issuer));
    }
    List<String> aud = c.getAudience();
    if (aud == null || !aud.contains(clientId)) {
      throw Failures.input(
          IdentityErrorCode.ID_TOKEN_AUDIENCE_MISMATCH,
          ErrorDetails.field("aud").with("value", String.valueOf(aud)).with("expected", clientId));
    }
    Object azp = c.getClaim("azp");
    if ((aud.size() > 1 && azp == null) || (azp != null && !clientId.equals(azp))) {
      throw Failures.input(
          IdentityErrorCode.ID_TOKEN_UNTRUSTED_AUDIENCE,
          ErrorDetails.field("azp")
              .with(
                  "value",
                  aud.stream().filter(a -> !a.equals(clientId)).collect(Collectors.joining(",")))
              .with("expected", clientId));
    }
    String sub = c.getSubject();
    if (sub == null || sub.isEmpty()) {
      throw Failures.input(IdentityErrorCode.ID_TOKEN_SUBJECT_MISSING, ErrorDetails.field(issuer));
    }
    Instant now = clock.instant();
    Date exp = c.getExpirationTime();
    if (exp == null) {
      throw Failures.input(IdentityErrorCode.ID_TOKEN_EXPIRY_MISSING, ErrorDetails.field(issuer));
    }
    if (exp.toInstant().plus(skew).isBefore(now)) {
      throw Failures.input(
          IdentityErrorCode.ID_TOKEN_EXPIRED,
          ErrorDetails.field("exp").with("value", exp.toInstant()).with("skew", skew));
    }
    Date iat = c.getIssueTime();
    if (iat == null) {
      throw Failures.input(
          IdentityErrorCode.ID_TOKEN_ISSUED_AT_MISSING, ErrorDetails.field(issuer));
    }
    if (iat.toInstant().minus(skew).isAfter(now)) {
      throw Failures.input(
          IdentityErrorCode.ID_TOKEN_ISSUED_IN_FUTURE,
          ErrorDetails.field("iat").with("value", iat.toInstant()).with("skew", skew));
    }
    Object n = c.getClaim("nonce");
    if (n == null) {
      throw Failures.input(IdentityErrorCode.ID_TOKEN_NONCE_MISSING, ErrorDetails.field(issuer));
    }
    if (!java.security.MessageDigest.isEqual(
        nonce.getBytes(StandardCharsets.UTF_8),
        String.valueOf(n).getBytes(StandardCharsets.UTF_8))) {
      throw Failures.input(IdentityErrorCode.ID_TOKEN_NONCE_MISMATCH, ErrorDetails.field("nonce"));
    }
  }

  private RuntimeException malformed(String reason) {
    return Failures.input(
        IdentityErrorCode.ID_TOKEN_MALFORMED,
        ErrorDetails.field(issuer).with("limit", MAX_TOKEN_LENGTH).with("reason", reason));
  }

  private RuntimeException decryptFailed(String value, String reason) {
    return Failures.input(
        IdentityErrorCode.ID_TOKEN_DECRYPTION_FAILED,
        ErrorDetails.field(issuer).with("value", value).with("reason", reason));
  }

  private RuntimeException invalidSignature(JWSAlgorithm alg, @Nullable String kid) {
    return Failures.input(
        IdentityErrorCode.ID_TOKEN_SIGNATURE_INVALID,
        ErrorDetails.field(issuer)
            .with("value", alg.getName())
            .with("kid", kid == null ? "-" : kid));
  }
}
