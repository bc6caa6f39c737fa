package vn.lienthong.refapp.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.refapp.AppConfig;
import vn.lienthong.signature.testpki.TestPki;

class SigningKeysTest {

  @TempDir Path dataDir;

  private AppConfig config(Map<String, String> more) {
    AppConfig c = AppConfig.of(Map.of(AppConfig.DATA_DIR, dataDir.toString()));
    return c.with(more);
  }

  @Test
  void generatesADemoPkiAtFirstStartAndReusesItLater() throws Exception {
    X509Certificate first;
    try (SigningKeys keys = SigningKeys.fromConfig(config(Map.of()), Instant.now())) {
      first = keys.approver().certificateChain().get(0);
      List<X509Certificate> chain = keys.approver().certificateChain();
      assertThat(chain).hasSize(3);
      assertThat(chain.get(1).getBasicConstraints())
          .as("intermediate is a CA")
          .isGreaterThanOrEqualTo(0);
      assertThat(chain.get(2).getSubjectX500Principal())
          .isEqualTo(chain.get(2).getIssuerX500Principal());
      assertThat(first.getSubjectX500Principal().getName()).contains("DEMO");
      X509Certificate agency = keys.agency().certificateChain().get(0);
      assertThat(agency.getSubjectX500Principal().getName())
          .contains("ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH");
      assertThat(keys.agency().certificateChain().get(1)).isEqualTo(chain.get(1));
      assertThat(keys.trustAnchors()).containsExactly(chain.get(2));
    }
    Path pki = dataDir.resolve("pki");
    assertThat(pki.resolve("demo-approver.p12")).isRegularFile();
    assertThat(pki.resolve("demo-agency.p12")).isRegularFile();
    assertThat(pki.resolve("demo-root.pem")).isRegularFile();
    try (var files = Files.list(pki)) {
      assertThat(files.map(p -> p.getFileName().toString())).allMatch(n -> n.startsWith("demo-"));
    }
    try (SigningKeys again = SigningKeys.fromConfig(config(Map.of()), Instant.now())) {
      assertThat(again.approver().certificateChain().get(0)).isEqualTo(first);
    }
  }

  @Test
  void renewsDemoKeysAboutToExpire() {
    X509Certificate first;
    try (SigningKeys keys = SigningKeys.fromConfig(config(Map.of()), Instant.now())) {
      first = keys.approver().certificateChain().get(0);
    }
    Instant nearExpiry = first.getNotAfter().toInstant().minusSeconds(3600);
    try (SigningKeys renewed = SigningKeys.fromConfig(config(Map.of()), nearExpiry)) {
      assertThat(renewed.approver().certificateChain().get(0)).isNotEqualTo(first);
    }
  }

  @Test
  void loadsAUserPkcs12ForARole() throws Exception {
    TestPki.Signer signer = TestPki.shared().rsaSigner(2048);
    Path p12 = dataDir.resolve("approver.p12");
    Files.write(p12, signer.pkcs12());
    AppConfig c =
        config(
            Map.of(
                "signing.approver.source",
                "pkcs12",
                "signing.approver.pkcs12.path",
                p12.toString(),
                "signing.approver.pkcs12.password",
                new String(TestPki.PASSWORD),
                "signing.approver.pkcs12.alias",
                "signer"));
    try (SigningKeys keys = SigningKeys.fromConfig(c, Instant.now())) {
      assertThat(keys.approver().certificateChain().get(0)).isEqualTo(signer.certificate());
      assertThat(keys.trustAnchors()).contains(TestPki.shared().root());
      assertThat(keys.agency().certificateChain().get(0).getSubjectX500Principal().getName())
          .contains("DEMO");
    }
  }

  @Test
  void wrongPkcs12PasswordIsAConfigurationError() throws Exception {
    Path p12 = dataDir.resolve("agency.p12");
    Files.write(p12, TestPki.shared().rsaSigner(2048).pkcs12());
    AppConfig c =
        config(
            Map.of(
                "signing.agency.source", "pkcs12",
                "signing.agency.pkcs12.path", p12.toString(),
                "signing.agency.pkcs12.password", "wrong",
                "signing.agency.pkcs12.alias", "signer"));
    assertThatThrownBy(() -> SigningKeys.fromConfig(c, Instant.now()))
        .isInstanceOfSatisfying(
            ConfigurationException.class,
            e -> {
              assertThat(e.code()).isEqualTo("LT-APP-0201");
              assertThat(e.getMessage())
                  .contains("signing.agency.pkcs12.path")
                  .doesNotContain("wrong");
            });
  }

  @Test
  void externalSourceAsksForRegisteredKeys() {
    AppConfig c = config(Map.of("signing.approver.source", "external"));
    assertThatThrownBy(() -> SigningKeys.fromConfig(c, Instant.now()))
        .isInstanceOfSatisfying(
            ConfigurationException.class,
            e -> assertThat(e.getMessage()).contains("signing.approver.source"));
  }

  @Test
  void demoFilesAreReadableByTheOwnerOnly() throws Exception {
    try (SigningKeys keys = SigningKeys.fromConfig(config(Map.of()), Instant.now())) {
      assertThat(keys.approver()).isNotNull();
    }
    Path file = dataDir.resolve("pki").resolve("demo-approver.p12");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(file)) {
      ks.load(in, TestPki.PASSWORD);
    }
    assertThat(ks.aliases().nextElement()).isEqualTo("approver");
  }

  @Test
  void missingPkcs11LibraryIsAConfigurationErrorNamingTheSetting() {
    AppConfig c =
        config(
            Map.of(
                "signing.agency.source", "pkcs11",
                "signing.agency.pkcs11.library", dataDir.resolve("no-such-pkcs11.so").toString(),
                "signing.agency.pkcs11.pin", "pin-secret-9",
                "signing.agency.pkcs11.label", "agency"));
    assertThatThrownBy(() -> SigningKeys.fromConfig(c, Instant.now()))
        .isInstanceOfSatisfying(
            ConfigurationException.class,
            e -> {
              assertThat(e.code()).isEqualTo("LT-APP-0201");
              assertThat(e.getMessage())
                  .contains("signing.agency.pkcs11.library")
                  .doesNotContain("pin-secret-9");
            });
  }
}
