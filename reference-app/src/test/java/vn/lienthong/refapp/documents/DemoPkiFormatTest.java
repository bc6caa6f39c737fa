package vn.lienthong.refapp.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.pkcs.Pfx;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.signature.testpki.TestPki;

/**
 * The demo PKCS#12 files are written with one key-derivation iteration (their password is public)
 * so that loading them no longer dominates the start-up; they must stay ordinary PKCS#12 files that
 * the JDK's own key store and OpenSSL read.
 */
class DemoPkiFormatTest {

  @TempDir static Path dir;

  @BeforeAll
  static void generate() {
    DemoPki.loadOrCreate(dir, "Nguyễn Văn An", "ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH", Instant.now());
  }

  @Test
  void demoFilesUseOneIterationForTheMac() throws Exception {
    for (String file : new String[] {DemoPki.APPROVER_FILE, DemoPki.AGENCY_FILE, DemoPki.CA_FILE}) {
      Pfx pfx = Pfx.getInstance(Files.readAllBytes(dir.resolve(file)));
      assertThat(pfx.getMacData()).as(file).isNotNull();
      assertThat(pfx.getMacData().getIterationCount().intValue())
          .as(file)
          .isEqualTo(DemoPki.DEMO_PBE_ITERATIONS);
    }
  }

  @Test
  void jdkKeyStoreReadsTheKeyAndTheWholeChain() throws Exception {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(dir.resolve(DemoPki.AGENCY_FILE))) {
      ks.load(in, TestPki.PASSWORD);
    }
    assertThat(ks.aliases().nextElement()).isEqualTo(DemoPki.AGENCY_ALIAS);
    assertThat(ks.getKey(DemoPki.AGENCY_ALIAS, TestPki.PASSWORD)).isInstanceOf(PrivateKey.class);
    Certificate[] chain = ks.getCertificateChain(DemoPki.AGENCY_ALIAS);
    assertThat(chain).hasSize(3);
  }

  @Test
  void loadingAgainGivesTheSameKeys() {
    DemoPki.Keys a = DemoPki.loadOrCreate(dir, "x", "y", Instant.now());
    DemoPki.Keys b = DemoPki.loadOrCreate(dir, "x", "y", Instant.now());
    assertThat(b.approver().certificateChain()).isEqualTo(a.approver().certificateChain());
    assertThat(b.caKey()).isEqualTo(a.caKey());
  }

  @Test
  void opensslReadsTheFiles() throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder(
                "openssl",
                "pkcs12",
                "-in",
                dir.resolve(DemoPki.APPROVER_FILE).toString(),
                "-passin",
                "pass:" + new String(TestPki.PASSWORD),
                "-nodes")
            .redirectErrorStream(true);
    Process p;
    try {
      p = pb.start();
    } catch (java.io.IOException e) {
      Assumptions.abort("openssl is not installed");
      return;
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).contains("BEGIN PRIVATE KEY").contains("BEGIN CERTIFICATE");
  }
}
