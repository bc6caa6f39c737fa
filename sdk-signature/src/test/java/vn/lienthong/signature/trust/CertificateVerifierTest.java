package vn.lienthong.signature.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.signature.SignatureErrorCode;
import vn.lienthong.signature.testpki.TestPki;
import vn.lienthong.signature.testpki.TestPkiServer;

class CertificateVerifierTest {

  private static final TestPki PKI = TestPki.shared();

  private static CertificateVerifier.Builder online() {
    return CertificateVerifier.builder()
        .trustAnchors(TrustAnchors.of("TEST", List.of(PKI.root())))
        .timeout(Duration.ofSeconds(5));
  }

  @Test
  void goodCertificateIsTrustedWithOnlineOcspProof() throws Exception {
    TestPki.Signer s = PKI.personSigner("TEST Nguyễn Văn An");
    CertificateVerification v = online().build().verify(s.certificate(), List.of(s.issuer()));
    assertThat(v.status()).isEqualTo(CertificateStatus.TRUSTED);
    assertThat(v.revocationChecked()).isTrue();
    assertThat(v.anchorSet()).contains("TEST");
    assertThat(v.chain()).containsExactly(s.certificate(), PKI.intermediate(), PKI.root());
    assertThat(v.proofs().ocspResponses()).isNotEmpty();
  }

  @Test
  void revokedCertificateWithoutProofOfExistenceIsRevokedNoPoe() throws Exception {
    TestPki.Signer s = PKI.revokedSigner(Instant.now().minus(1, ChronoUnit.DAYS));
    CertificateVerification v = online().build().verify(s.certificate(), List.of(s.issuer()));
    assertThat(v.status()).isEqualTo(CertificateStatus.REVOKED_NO_POE);
    assertThat(v.revocationTime()).isPresent();
  }

  @Test
  void revokedBeforeProvenSignatureTimeIsRevoked() throws Exception {
    Instant revokedAt = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    TestPki.Signer s = PKI.revokedSigner(revokedAt);
    Instant now = Instant.now();
    CertificateVerification v =
        online()
            .build()
            .verify(
                s.certificate(),
                List.of(s.issuer()),
                RevocationData.NONE,
                now.minus(1, ChronoUnit.HOURS),
                true,
                now);
    assertThat(v.status()).isEqualTo(CertificateStatus.REVOKED);
    assertThat(v.revocationTime()).contains(revokedAt);
  }

  @Test
  void revokedAfterProvenSignatureTimeStaysTrusted() throws Exception {
    TestPki.Signer s = PKI.revokedSigner(Instant.now().minus(1, ChronoUnit.HOURS));
    Instant now = Instant.now();
    CertificateVerification v =
        online()
            .build()
            .verify(
                s.certificate(),
                List.of(s.issuer()),
                RevocationData.NONE,
                now.minus(3, ChronoUnit.HOURS),
                true,
                now);
    assertThat(v.status()).isEqualTo(CertificateStatus.TRUSTED);
    assertThat(v.revocationTime()).isPresent();
  }

  @Test
  void revokedIntermediateIsCaRevoked() throws Exception {
    TestPki.Signer s = PKI.revokedCaSigner();
    CertificateVerification v = online().build().verify(s.certificate(), List.of(s.issuer()));
    assertThat(v.status()).isEqualTo(CertificateStatus.CA_REVOKED);
  }

  @Test
  void unreachableRevocationServicesGiveRevocationUnknown() throws Exception {
    TestPki.Signer s = PKI.personSigner("TEST Offline");
    TestPkiServer server = PKI.server();
    server.ocspAvailable(false);
    server.crlAvailable(false);
    try {
      CertificateVerification v = online().build().verify(s.certificate(), List.of(s.issuer()));
      assertThat(v.status()).isEqualTo(CertificateStatus.REVOCATION_UNKNOWN);
      CertificateVerification lenient =
          online().revocationRequired(false).build().verify(s.certificate(), List.of(s.issuer()));
      assertThat(lenient.status()).isEqualTo(CertificateStatus.TRUSTED);
      assertThat(lenient.revocationChecked()).isFalse();
    } finally {
      server.ocspAvailable(true);
      server.crlAvailable(true);
    }
  }

  @Test
  void fallsBackToCrlWhenOcspIsDownAndCachesIt() throws Exception {
    TestPki.Signer s = PKI.personSigner("TEST Crl Fallback");
    TestPki.Signer other = PKI.personSigner("TEST Crl Fallback 2");
    TestPkiServer server = PKI.server();
    CertificateVerifier verifier = online().build();
    server.ocspAvailable(false);
    try {
      int before = server.requestCount(TestPki.ISSUING_CRL_PATH);
      assertThat(verifier.verify(s.certificate(), List.of(s.issuer())).status())
          .isEqualTo(CertificateStatus.TRUSTED);
      assertThat(verifier.verify(other.certificate(), List.of(other.issuer())).status())
          .isEqualTo(CertificateStatus.TRUSTED);
      assertThat(server.requestCount(TestPki.ISSUING_CRL_PATH) - before).isEqualTo(1);
    } finally {
      server.ocspAvailable(true);
    }
  }

  @Test
  void embeddedProofsValidateOfflineAtAPastTime() throws Exception {
    TestPki.Signer s =
        PKI.personSigner(
            "TEST Expired With Proofs",
            Instant.now().minus(30, ChronoUnit.DAYS),
            Instant.now().minus(1, ChronoUnit.DAYS));
    Instant signatureTime = Instant.now().minus(10, ChronoUnit.DAYS);
    RevocationData embedded = new RevocationData(List.of(PKI.crl(), PKI.rootCrl()), List.of());
    CertificateVerifier offline = online().online(false).build();
    CertificateVerification proven =
        offline.verify(
            s.certificate(), List.of(s.issuer()), embedded, signatureTime, true, Instant.now());
    assertThat(proven.status()).isEqualTo(CertificateStatus.TRUSTED);
    CertificateVerification unproven =
        offline.verify(
            s.certificate(), List.of(s.issuer()), embedded, signatureTime, false, Instant.now());
    assertThat(unproven.status()).isEqualTo(CertificateStatus.OUT_OF_VALIDITY);
  }

  @Test
  void offlineWithoutProofsIsRevocationUnknown() throws Exception {
    TestPki.Signer s = PKI.personSigner("TEST No Proofs");
    CertificateVerification v =
        online().online(false).build().verify(s.certificate(), List.of(s.issuer()));
    assertThat(v.status()).isEqualTo(CertificateStatus.REVOCATION_UNKNOWN);
  }

  @Test
  void notYetValidAndNoChainAreTold() throws Exception {
    TestPki.Signer future =
        PKI.personSigner(
            "TEST Future",
            Instant.now().plus(2, ChronoUnit.DAYS),
            Instant.now().plus(30, ChronoUnit.DAYS));
    CertificateVerifier verifier = online().build();
    assertThat(verifier.verify(future.certificate(), List.of(future.issuer())).status())
        .isEqualTo(CertificateStatus.NOT_YET_VALID);
    TestPki.Signer s = PKI.personSigner("TEST Missing Intermediate");
    assertThat(verifier.verify(s.certificate(), List.of()).status())
        .isEqualTo(CertificateStatus.NO_CHAIN);
  }

  @Test
  void aiaFetchingCompletesAMissingIntermediateWhenEnabled() throws Exception {
    TestPki.Signer s = PKI.personSigner("TEST Aia");
    CertificateVerification v =
        online().aiaFetching(true).build().verify(s.certificate(), List.of());
    assertThat(v.status()).isEqualTo(CertificateStatus.TRUSTED);
    assertThat(v.chain()).contains(PKI.intermediate());
  }

  @Test
  void trustAnchorsLoadFromPemAndRejectNonCaCertificates(@TempDir Path dir) throws Exception {
    Path pem = dir.resolve("vgca.pem");
    Files.writeString(pem, TestPki.pem(PKI.root()), StandardCharsets.US_ASCII);
    TrustAnchors vgca = TrustAnchors.vgca(pem);
    assertThat(vgca.name()).isEqualTo("VGCA");
    assertThat(vgca.certificates()).containsExactly(PKI.root());
    Path leaf = dir.resolve("leaf.pem");
    Files.writeString(leaf, TestPki.pem(PKI.personSigner("TEST Leaf").certificate()));
    assertThatThrownBy(() -> TrustAnchors.neac(leaf))
        .isInstanceOf(ConfigurationException.class)
        .extracting(e -> ((ConfigurationException) e).errorCode())
        .isEqualTo(SignatureErrorCode.TRUST_ANCHOR_FILE_INVALID);
    assertThatThrownBy(() -> TrustAnchors.neac(dir.resolve("missing.pem")))
        .isInstanceOf(ConfigurationException.class);
  }

  @Test
  void builderRequiresAnchorsAndBoundsTheTimeout() {
    assertThatThrownBy(() -> CertificateVerifier.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("trustAnchors");
    assertThatThrownBy(() -> CertificateVerifier.builder().timeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
