package vn.lienthong.signature.cades;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.cms.CMSSignedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.lienthong.signature.Indication;
import vn.lienthong.signature.Pkcs12SigningKey;
import vn.lienthong.signature.SignatureLevel;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.SubIndication;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.testpki.TestPki;
import vn.lienthong.signature.timestamp.TimestampClient;
import vn.lienthong.signature.trust.CertificateVerifier;
import vn.lienthong.signature.trust.TrustAnchors;

/**
 * CAdES attached (content encapsulated, {@code .p7m}) at B-B, B-T and B-LT, validated by {@link
 * CadesValidator} offline for B-LT and by {@code openssl cms -verify} with CRL checking. Samples
 * stay in {@code target/interop/cades/}.
 */
class CadesAttachedTest {

  private static final Path DIR = Path.of("target", "interop", "cades");
  private static final TestPki PKI = TestPki.shared();
  private static final byte[] CONTENT =
      "Giấy xác nhận tình trạng hôn nhân số 15/XN-UBND".getBytes(StandardCharsets.UTF_8);

  @BeforeAll
  static void setUp() throws Exception {
    Files.createDirectories(DIR);
    Files.writeString(
        DIR.resolve("test-ca-and-crls.pem"),
        PKI.rootPem()
            + TestPki.pem(PKI.intermediate())
            + TestPki.pem(PKI.rootCrl())
            + TestPki.pem(PKI.crl()));
  }

  private static CertificateVerifier verifier(boolean online) {
    return CertificateVerifier.builder()
        .trustAnchors(TrustAnchors.of("TEST", List.of(PKI.root())))
        .online(online)
        .build();
  }

  private static CadesSigner signer(SignatureLevel level) {
    CadesSigner.Builder b = CadesSigner.builder().attached(true).level(level);
    if (level != SignatureLevel.B_B) {
      b.timestampSource(
          TimestampClient.builder()
              .uri(PKI.server().timestampUri())
              .certificateVerifier(verifier(true))
              .timeout(Duration.ofSeconds(5))
              .build());
    }
    if (level == SignatureLevel.B_LT) {
      b.certificateVerifier(verifier(true));
    }
    return b.build();
  }

  private static byte[] sign(SignatureLevel level) throws Exception {
    TestPki.Signer s = PKI.personSigner("TEST Attached " + level.etsiName());
    var key = Pkcs12SigningKey.load(s.pkcs12Stream(), TestPki.PASSWORD, "signer");
    return signer(level)
        .sign(CONTENT, SignatureParameters.builder(key.certificateChain()).build(), key);
  }

  @ParameterizedTest
  @EnumSource(
      value = SignatureLevel.class,
      names = {"B_B", "B_T", "B_LT"})
  void attachedSignatureCarriesItsContentAndValidates(SignatureLevel level) throws Exception {
    byte[] p7m = sign(level);
    String name = "cades-attached-" + level.etsiName().toLowerCase(java.util.Locale.ROOT) + ".p7m";
    Files.write(DIR.resolve(name), p7m);
    if (level == SignatureLevel.B_LT) {
      Files.write(DIR.resolve("cades-attached.p7m"), p7m);
    }
    assertThat(new CMSSignedData(p7m).getSignedContent()).isNotNull();
    assertThat(CadesValidator.encapsulatedContent(p7m))
        .hasValueSatisfying(c -> assertThat(c).isEqualTo(CONTENT));
    ValidationReport r =
        CadesValidator.builder()
            .certificateVerifier(verifier(level != SignatureLevel.B_LT))
            .build()
            .validate(p7m);
    assertThat(r.indication()).as(r.toString()).isEqualTo(Indication.PASSED);
    assertThat(r.level()).contains(level);
    if (onPath("openssl")) {
      Path out = DIR.resolve(name + ".out");
      assertThat(
              run(
                  "openssl",
                  "cms",
                  "-verify",
                  "-binary",
                  "-inform",
                  "DER",
                  "-in",
                  DIR.resolve(name).toString(),
                  "-CAfile",
                  DIR.resolve("test-ca-and-crls.pem").toString(),
                  "-crl_check_all",
                  "-purpose",
                  "any",
                  "-out",
                  out.toString()))
          .isZero();
      assertThat(Files.readAllBytes(out)).isEqualTo(CONTENT);
    }
  }

  @Test
  void changedEncapsulatedContentFails() throws Exception {
    byte[] p7m = sign(SignatureLevel.B_B);
    byte[] needle = "15/XN".getBytes(StandardCharsets.UTF_8);
    int at = indexOf(p7m, needle);
    assertThat(at).isPositive();
    p7m[at] = '6';
    ValidationReport r =
        CadesValidator.builder().certificateVerifier(verifier(true)).build().validate(p7m);
    assertThat(r.indication()).isEqualTo(Indication.FAILED);
    assertThat(r.subIndication()).contains(SubIndication.HASH_FAILURE);
  }

  @Test
  void detachedSignatureHasNoContentToValidate() throws Exception {
    TestPki.Signer s = PKI.personSigner("TEST Detached");
    var key = Pkcs12SigningKey.load(s.pkcs12Stream(), TestPki.PASSWORD, "signer");
    byte[] p7s =
        CadesSigner.create()
            .sign(CONTENT, SignatureParameters.builder(key.certificateChain()).build(), key);
    ValidationReport r =
        CadesValidator.builder().certificateVerifier(verifier(true)).build().validate(p7s);
    assertThat(r.indication()).isEqualTo(Indication.INDETERMINATE);
    assertThat(r.subIndication()).contains(SubIndication.SIGNED_DATA_NOT_FOUND);
    assertThat(CadesValidator.encapsulatedContent(p7s)).isEmpty();
    assertThat(CadesValidator.encapsulatedContent(new byte[] {0x30, 0x03, 1, 2})).isEmpty();
  }

  private static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static int run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(String.join(" ", command) + ": " + out).isZero();
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
