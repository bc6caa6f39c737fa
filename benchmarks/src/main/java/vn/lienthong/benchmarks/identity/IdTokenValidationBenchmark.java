package vn.lienthong.benchmarks.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.lienthong.identity.internal.IdTokenVerifier;
import vn.lienthong.identity.internal.JwksCache;

/**
 * ID token validation, ES256 and RS256, keys cached: the relying party's verifier (explicit
 * algorithms, each check with its own error code) against the baseline, a raw Nimbus {@link
 * DefaultJWTProcessor} with an immutable key set and the same claim checks (iss, aud, sub, iat,
 * exp, nonce). Target: within 10% of the baseline.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar IdTokenValidation -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IdTokenValidationBenchmark {

  private static final String ISSUER = "https://id.example.gov.vn/idp";
  private static final String CLIENT = "commune-portal";
  private static final String NONCE = "n-0S6_WzA2Mj";

  private String es256Token;
  private String rs256Token;
  private IdTokenVerifier ours;
  private DefaultJWTProcessor<SecurityContext> nimbusEs256;
  private DefaultJWTProcessor<SecurityContext> nimbusRs256;

  @Setup
  public void setUp() throws JOSEException {
    ECKey ec = new ECKeyGenerator(Curve.P_256).keyID("ec-1").generate();
    RSAKey rsa = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .audience(CLIENT)
            .subject("sub-an-0001")
            .issueTime(new Date())
            .expirationTime(Date.from(Instant.now().plus(Duration.ofHours(2))))
            .claim("nonce", NONCE)
            .claim("acr", "LoA2")
            .claim("vn_personal_id", "001090123456")
            .claim("name", "Nguyễn Văn An")
            .build();
    SignedJWT es =
        new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("ec-1").build(), claims);
    es.sign(new ECDSASigner(ec));
    es256Token = es.serialize();
    SignedJWT rs =
        new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("rsa-1").build(), claims);
    rs.sign(new RSASSASigner(rsa));
    rs256Token = rs.serialize();

    JWKSet keys = new JWKSet(java.util.List.of(ec.toPublicJWK(), rsa.toPublicJWK()));
    ours =
        new IdTokenVerifier(
            ISSUER,
            CLIENT,
            Set.of(JWSAlgorithm.ES256, JWSAlgorithm.RS256),
            JwksCache.fixed(keys, Clock.systemUTC()),
            null,
            null,
            Clock.systemUTC(),
            Duration.ofSeconds(60));
    nimbusEs256 = nimbus(keys, JWSAlgorithm.ES256);
    nimbusRs256 = nimbus(keys, JWSAlgorithm.RS256);
  }

  private static DefaultJWTProcessor<SecurityContext> nimbus(JWKSet keys, JWSAlgorithm alg) {
    DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
    p.setJWSKeySelector(new JWSVerificationKeySelector<>(alg, new ImmutableJWKSet<>(keys)));
    p.setJWTClaimsSetVerifier(
        new DefaultJWTClaimsVerifier<>(
            CLIENT,
            new JWTClaimsSet.Builder().issuer(ISSUER).claim("nonce", NONCE).build(),
            new HashSet<>(java.util.List.of("sub", "iat", "exp"))));
    return p;
  }

  @Benchmark
  public JWTClaimsSet es256Ours() {
    return ours.verify(es256Token, NONCE);
  }

  @Benchmark
  public JWTClaimsSet es256NimbusBaseline() throws Exception {
    return nimbusEs256.process(es256Token, null);
  }

  @Benchmark
  public JWTClaimsSet rs256Ours() {
    return ours.verify(rs256Token, NONCE);
  }

  @Benchmark
  public JWTClaimsSet rs256NimbusBaseline() throws Exception {
    return nimbusRs256.process(rs256Token, null);
  }
}
