package vn.lienthong.sandbox.internal.identity;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDHEncrypter;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSAEncrypter;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.lienthong.sandbox.identity.HostileMode;

/**
 * Makes ID tokens: ES256-signed with the issuer's current key, then encrypted (RSA-OAEP-256 or
 * ECDH-ES+A256KW, A256GCM) when the client registered an encryption key; or deliberately broken in
 * a {@link HostileMode}.
 */
final class IdTokens {

  private IdTokens() {}

  static String issue(
      String issuer,
      String clientId,
      String subject,
      @Nullable String nonce,
      Instant authTime,
      Instant now,
      Map<String, Object> extraClaims,
      ProviderKeys keys,
      @Nullable JWKSet clientJwks,
      @Nullable HostileMode hostile) {
    JWTClaimsSet.Builder b = new JWTClaimsSet.Builder();
    extraClaims.forEach(b::claim);
    b.issuer(hostile == HostileMode.WRONG_ISS ? issuer + "-impostor" : issuer);
    if (hostile != HostileMode.MISSING_SUB) {
      b.subject(subject);
    }
    if (hostile == HostileMode.WRONG_AUD) {
      b.audience("another-client");
    } else if (hostile == HostileMode.EXTRA_AUD_NO_AZP) {
      b.audience(List.of(clientId, "untrusted-client"));
    } else {
      b.audience(clientId);
    }
    Instant iat = hostile == HostileMode.EXPIRED ? now.minusSeconds(1200) : now;
    Instant exp =
        hostile == HostileMode.EXPIRED
            ? now.minusSeconds(600)
            : now.plus(FlowLimits.ID_TOKEN_LIFETIME);
    if (hostile != HostileMode.MISSING_IAT) {
      b.issueTime(Date.from(iat));
    }
    if (hostile != HostileMode.MISSING_EXP) {
      b.expirationTime(Date.from(exp));
    }
    b.claim("auth_time", authTime.getEpochSecond());
    if (hostile == HostileMode.WRONG_NONCE) {
      b.claim("nonce", "not-your-nonce-" + Ids.random(8));
    } else if (nonce != null && hostile != HostileMode.MISSING_NONCE) {
      b.claim("nonce", nonce);
    }
    String jws = sign(b.build(), keys.current(), hostile);
    Optional<JWK> enc = encryptionKey(clientJwks);
    return enc.isPresent() ? encrypt(jws, enc.get()) : jws;
  }

  private static String sign(JWTClaimsSet claims, ECKey key, @Nullable HostileMode hostile) {
    try {
      if (hostile == HostileMode.ALG_NONE) {
        return new PlainJWT(claims).serialize();
      }
      if (hostile == HostileMode.HS256_PUBLIC_KEY) {
        SignedJWT jwt =
            new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new MACSigner(key.toECPublicKey().getEncoded()));
        return jwt.serialize();
      }
      ECKey signing =
          hostile == HostileMode.UNKNOWN_KID
              ? new ECKeyGenerator(Curve.P_256).keyID("unknown-" + Ids.random(6)).generate()
              : key;
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.ES256)
                  .keyID(signing.getKeyID())
                  .type(JOSEObjectType.JWT)
                  .build(),
              claims);
      jwt.sign(new ECDSASigner(signing));
      String s = jwt.serialize();
      if (hostile == HostileMode.BAD_SIGNATURE) {
        byte[] sig = jwt.getSignature().decode();
        sig[sig.length / 2] ^= 0x5a;
        s = s.substring(0, s.lastIndexOf('.') + 1) + Base64URL.encode(sig);
      }
      return s;
    } catch (JOSEException e) {
      throw new IllegalStateException("ID token signing failed", e);
    }
  }

  private static Optional<JWK> encryptionKey(@Nullable JWKSet jwks) {
    if (jwks == null) {
      return Optional.empty();
    }
    return jwks.getKeys().stream()
        .filter(k -> KeyUse.ENCRYPTION.equals(k.getKeyUse()))
        .filter(k -> k instanceof RSAKey || k instanceof ECKey)
        .findFirst();
  }

  private static String encrypt(String jws, JWK key) {
    try {
      JWEAlgorithm alg =
          key instanceof RSAKey ? JWEAlgorithm.RSA_OAEP_256 : JWEAlgorithm.ECDH_ES_A256KW;
      JWEHeader header =
          new JWEHeader.Builder(alg, EncryptionMethod.A256GCM)
              .contentType("JWT")
              .keyID(key.getKeyID())
              .build();
      JWEObject jwe = new JWEObject(header, new Payload(jws));
      if (key instanceof RSAKey rsa) {
        jwe.encrypt(new RSAEncrypter(rsa));
      } else {
        jwe.encrypt(new ECDHEncrypter((ECKey) key));
      }
      return jwe.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException("ID token encryption failed", e);
    }
  }
}
