package vn.lienthong.sandbox.internal.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.util.ArrayList;
import java.util.List;

/**
 * One issuer's ES256 signing keys: the current one and the one before it (still published after a
 * rotation so tokens it signed keep validating, dropped at the next rotation). Thread-safe.
 */
final class ProviderKeys {

  private final String name;
  private int generation;
  private volatile List<ECKey> keys;

  ProviderKeys(String name) {
    this.name = name;
    this.keys = List.of(generate());
  }

  private ECKey generate() {
    generation++;
    try {
      return new ECKeyGenerator(Curve.P_256)
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.ES256)
          .keyID(name + "-" + generation + "-" + Ids.random(6))
          .generate();
    } catch (JOSEException e) {
      throw new IllegalStateException("EC key generation failed", e);
    }
  }

  /** The key that signs new tokens. */
  ECKey current() {
    return keys.get(0);
  }

  /** Makes a new key current; returns its kid. */
  synchronized String rotate() {
    List<ECKey> next = new ArrayList<>();
    next.add(generate());
    next.add(keys.get(0));
    keys = List.copyOf(next);
    return keys.get(0).getKeyID();
  }

  /** The public keys to publish. */
  JWKSet publicSet() {
    List<JWK> pub = new ArrayList<>();
    for (ECKey k : keys) {
      pub.add(k.toPublicJWK());
    }
    return new JWKSet(pub);
  }
}
