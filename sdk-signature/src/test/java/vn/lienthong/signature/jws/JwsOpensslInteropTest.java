package vn.lienthong.signature.jws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.lienthong.signature.jws.JwsFixtures.REPORT;

import com.nimbusds.jose.util.Base64URL;
import java.io.File;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lienthong.signature.Indication;
import vn.lienthong.signature.RsaPadding;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.testpki.TestPki;

/**
 * Interop with an independent implementation, OpenSSL 3: our JWS (PS256, RS256, ES256) verify with
 * {@code openssl dgst -verify} over the signing input, and a JWS whose signature OpenSSL made
 * ({@code openssl dgst -sign}) validates here. The ECDSA DER/raw conversion uses Bouncy Castle
 * ASN.1, not Nimbus. Files stay in {@code target/interop/jws/}.
 */
class JwsOpensslInteropTest {

  private static final Path DIR = Path.of("target", "interop", "jws");

  @BeforeAll
  static void setUp() throws Exception {
    Files.createDirectories(DIR);
    Files.writeString(DIR.resolve("test-ca.pem"), TestPki.shared().rootPem());
  }

  @Test
  void opensslVerifiesOurPs256Rs256AndEs256() throws Exception {
    assumeTrue(onPath("openssl"), "openssl is not installed");
    TestPki pki = TestPki.shared();
    TestPki.Signer rsa = pki.rsaSigner(2048);
    assertThat(verifyWithOpenssl("jws-ps256", rsa, RsaPadding.PSS)).isZero();
    assertThat(verifyWithOpenssl("jws-rs256", rsa, RsaPadding.PKCS1_V1_5)).isZero();
    assertThat(verifyWithOpenssl("jws-es256", pki.ecSigner("secp256r1"), RsaPadding.PSS)).isZero();
  }

  @Test
  void opensslRejectsTamperedSigningInput() throws Exception {
    assumeTrue(onPath("openssl"), "openssl is not installed");
    TestPki.Signer s = TestPki.shared().rsaSigner(2048);
    String jws = JwsFixtures.sign(JwsSigner.create(), s);
    String[] p = jws.split("\\.");
    Path pub = writePublicKey("tampered", s);
    Path input = DIR.resolve("tampered.input");
    Files.writeString(input, p[0] + "." + Base64URL.encode("{}"), StandardCharsets.US_ASCII);
    Path sig = DIR.resolve("tampered.sig");
    Files.write(sig, new Base64URL(p[2]).decode());
    assertThat(dgstVerify(pub, sig, input, true)).isNotZero();
  }

  @Test
  void validatesJwsSignedByOpenssl() throws Exception {
    assumeTrue(onPath("openssl"), "openssl is not installed");
    TestPki pki = TestPki.shared();
    for (String alg : List.of("ES256", "PS256", "RS256")) {
      TestPki.Signer s = alg.startsWith("E") ? pki.ecSigner("secp256r1") : pki.rsaSigner(2048);
      String x5c =
          "[\""
              + JwsFixtures.b64(s.certificate().getEncoded())
              + "\",\""
              + JwsFixtures.b64(s.issuer().getEncoded())
              + "\"]";
      String headerJson =
          "{\"alg\":\""
              + alg
              + "\",\"x5c\":"
              + x5c
              + ",\"sigT\":\"2025-07-01T00:00:00Z\",\"crit\":[\"sigT\"]}";
      String header = Base64URL.encode(headerJson).toString();
      String signingInput = header + "." + Base64URL.encode(REPORT);
      Path input = DIR.resolve("openssl-" + alg + ".input");
      Files.writeString(input, signingInput, StandardCharsets.US_ASCII);
      Path key = DIR.resolve("openssl-" + alg + ".key.pem");
      Files.writeString(
          key,
          "-----BEGIN PRIVATE KEY-----\n"
              + Base64.getMimeEncoder().encodeToString(s.keys().getPrivate().getEncoded())
              + "\n-----END PRIVATE KEY-----\n");
      Path sig = DIR.resolve("openssl-" + alg + ".sig");
      List<String> cmd =
          new ArrayList<>(List.of("openssl", "dgst", "-sha256", "-sign", key.toString()));
      if (alg.equals("PS256")) {
        cmd.addAll(List.of("-sigopt", "rsa_padding_mode:pss", "-sigopt", "rsa_pss_saltlen:32"));
      }
      cmd.addAll(List.of("-out", sig.toString(), input.toString()));
      assertThat(run(cmd)).isZero();
      byte[] value = Files.readAllBytes(sig);
      if (alg.equals("ES256")) {
        value = derToRaw(value, 32);
      }
      String jws = signingInput + "." + Base64URL.encode(value);
      Files.writeString(DIR.resolve("openssl-" + alg + ".jws"), jws);
      assertThat(JwsFixtures.validator().validate(jws).indication())
          .as(alg)
          .isEqualTo(Indication.PASSED);
    }
  }

  private static int verifyWithOpenssl(String name, TestPki.Signer s, RsaPadding padding)
      throws Exception {
    SignatureParameters p =
        SignatureParameters.builder(List.of(s.certificate(), s.issuer()))
            .rsaPadding(padding)
            .build();
    String jws = JwsSigner.create().sign(REPORT, p, JwsFixtures.key(s));
    Files.writeString(DIR.resolve(name + ".jws"), jws);
    String[] parts = jws.split("\\.");
    Path input = DIR.resolve(name + ".input");
    Files.writeString(input, parts[0] + "." + parts[1], StandardCharsets.US_ASCII);
    byte[] value = new Base64URL(parts[2]).decode();
    boolean ec = s.certificate().getPublicKey().getAlgorithm().equals("EC");
    Path sig = DIR.resolve(name + ".sig");
    Files.write(sig, ec ? rawToDer(value) : value);
    return dgstVerify(writePublicKey(name, s), sig, input, padding == RsaPadding.PSS && !ec);
  }

  private static Path writePublicKey(String name, TestPki.Signer s) throws Exception {
    Path pub = DIR.resolve(name + ".pub.pem");
    Files.writeString(
        pub,
        "-----BEGIN PUBLIC KEY-----\n"
            + Base64.getMimeEncoder().encodeToString(s.certificate().getPublicKey().getEncoded())
            + "\n-----END PUBLIC KEY-----\n");
    return pub;
  }

  private static int dgstVerify(Path pub, Path sig, Path input, boolean pss) throws Exception {
    List<String> cmd =
        new ArrayList<>(List.of("openssl", "dgst", "-sha256", "-verify", pub.toString()));
    if (pss) {
      cmd.addAll(List.of("-sigopt", "rsa_padding_mode:pss", "-sigopt", "rsa_pss_saltlen:32"));
    }
    cmd.addAll(List.of("-signature", sig.toString(), input.toString()));
    return run(cmd);
  }

  private static byte[] rawToDer(byte[] raw) throws Exception {
    int n = raw.length / 2;
    return new DERSequence(
            new ASN1Integer[] {
              new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(raw, 0, n))),
              new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(raw, n, 2 * n)))
            })
        .getEncoded();
  }

  private static byte[] derToRaw(byte[] der, int n) {
    ASN1Sequence seq = ASN1Sequence.getInstance(der);
    byte[] out = new byte[2 * n];
    for (int i = 0; i < 2; i++) {
      byte[] v = ASN1Integer.getInstance(seq.getObjectAt(i)).getPositiveValue().toByteArray();
      int len = Math.min(v.length, n);
      System.arraycopy(v, v.length - len, out, (i + 1) * n - len, len);
    }
    return out;
  }

  private static int run(List<String> cmd) throws Exception {
    Process p =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(DIR.resolve("openssl.log").toFile())
            .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return p.exitValue();
  }

  private static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }
}
