package vn.lienthong.signature.cades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.signature.Indication;
import vn.lienthong.signature.Pkcs12SigningKey;
import vn.lienthong.signature.SignatureErrorCode;
import vn.lienthong.signature.SignatureLevel;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.ValidationFinding;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.testpki.TestPki;
import vn.lienthong.signature.timestamp.TimestampClient;
import vn.lienthong.signature.trust.CertificateVerifier;
import vn.lienthong.signature.trust.TrustAnchors;

/**
 * CAdES B-LTA (archive-time-stamp-v3 with ats-hash-index-v3, ETSI EN 319 122-1 5.5.2-5.5.3), made
 * with the loopback TSA, OCSP and CRL services of the test PKI, attached and detached, extended
 * once and twice, validated offline and at a time when the signer's certificate has expired, and
 * checked by {@code openssl cms -verify}. Attacks: an archive timestamp taken from another
 * signature, archived certificates or CRLs removed after the archive timestamp. Samples stay in
 * {@code target/interop/} ({@code cades-b-lta-attached.p7m}, {@code cades-b-lta-detached.p7s}).
 */
class CadesArchiveTest {

  private static final Path DIR = Path.of("target", "interop");
  private static final TestPki PKI = TestPki.shared();
  private static final byte[] CONTENT =
      "Quyết định số 03/QĐ-UBND ngày 01/7/2025 về lưu trữ hồ sơ".getBytes(StandardCharsets.UTF_8);

  @BeforeAll
  static void setUp() throws Exception {
    Files.createDirectories(DIR);
    Files.write(DIR.resolve("cades-b-lta-content.bin"), CONTENT);
    Files.writeString(
        DIR.resolve("test-ca-and-crls.pem"),
        PKI.rootPem()
            + TestPki.pem(PKI.intermediate())
            + TestPki.pem(PKI.rootCrl())
            + TestPki.pem(PKI.crl()));
  }

  private static CertificateVerifier verifier() {
    return CertificateVerifier.builder()
        .trustAnchors(TrustAnchors.of("TEST", List.of(PKI.root())))
        .build();
  }

  private static CertificateVerifier offline() {
    return CertificateVerifier.builder()
        .trustAnchors(TrustAnchors.of("TEST", List.of(PKI.root())))
        .online(false)
        .build();
  }

  private static TimestampClient tsa() {
    return TimestampClient.builder()
        .uri(PKI.server().timestampUri())
        .certificateVerifier(verifier())
        .timeout(Duration.ofSeconds(5))
        .build();
  }

  private static CadesSigner signer(SignatureLevel level, boolean attached) {
    return CadesSigner.builder()
        .level(level)
        .attached(attached)
        .timestampSource(tsa())
        .certificateVerifier(verifier())
        .build();
  }

  private static CadesExtender extender() {
    return CadesExtender.builder().timestampSource(tsa()).certificateVerifier(verifier()).build();
  }

  private static byte[] sign(TestPki.Signer s, CadesSigner signer) throws Exception {
    var key = Pkcs12SigningKey.load(s.pkcs12Stream(), TestPki.PASSWORD, "signer");
    return signer.sign(CONTENT, SignatureParameters.builder(key.certificateChain()).build(), key);
  }

  private static ValidationReport validate(byte[] p7s) {
    return CadesValidator.builder().certificateVerifier(offline()).build().validate(p7s, CONTENT);
  }

  private static ValidationReport online(byte[] p7s) {
    return CadesValidator.builder().certificateVerifier(verifier()).build().validate(p7s, CONTENT);
  }

  @Test
  void detachedBLtaCarriesAnIndexedArchiveTimestampAndValidatesOffline() throws Exception {
    byte[] p7s =
        sign(PKI.personSigner("TEST Lưu Trữ Detached"), signer(SignatureLevel.B_LTA, false));
    Files.write(DIR.resolve("cades-b-lta-detached.p7s"), p7s);
    SignerInformation si = signerOf(p7s);
    assertThat(si.getUnsignedAttributes().getAll(ARCHIVE_V3).size()).isEqualTo(1);
    TimeStampToken ats = archiveTokens(si).get(0);
    ASN1Sequence index =
        ASN1Sequence.getInstance(
            ats.getUnsignedAttributes().get(INDEX_V3).getAttrValues().getObjectAt(0));
    assertThat(index.size()).isEqualTo(4);
    // one hash per certificate, per revocation value and per unsigned attribute value
    SignedData sd = signedData(p7s);
    assertThat(ASN1Sequence.getInstance(index.getObjectAt(1)).size())
        .isEqualTo(sd.getCertificates().size());
    assertThat(ASN1Sequence.getInstance(index.getObjectAt(2)).size())
        .isEqualTo(sd.getCRLs().size());
    assertThat(ASN1Sequence.getInstance(index.getObjectAt(3)).size()).isEqualTo(1);

    ValidationReport r = validate(p7s);
    assertThat(r.indication()).as(r.toString()).isEqualTo(Indication.PASSED);
    assertThat(r.level()).contains(SignatureLevel.B_LTA);
    assertThat(r.findings()).contains(ValidationFinding.ARCHIVE_TIMESTAMP_VALID);
  }

  @Test
  void attachedBLtaValidatesFromTheSignatureAlone() throws Exception {
    byte[] p7m =
        sign(PKI.personSigner("TEST Lưu Trữ Attached"), signer(SignatureLevel.B_LTA, true));
    Files.write(DIR.resolve("cades-b-lta-attached.p7m"), p7m);
    ValidationReport r =
        CadesValidator.builder().certificateVerifier(offline()).build().validate(p7m);
    assertThat(r.indication()).as(r.toString()).isEqualTo(Indication.PASSED);
    assertThat(r.level()).contains(SignatureLevel.B_LTA);
  }

  @Test
  void extendingTwiceTimestampsTheFirstArchiveTimestampToo() throws Exception {
    byte[] lt = sign(PKI.personSigner("TEST Gia Hạn"), signer(SignatureLevel.B_LT, false));
    assertThat(validate(lt).level()).contains(SignatureLevel.B_LT);
    byte[] once = extender().extend(lt, CONTENT, SignatureLevel.B_LTA);
    byte[] twice = extender().extend(once, CONTENT, SignatureLevel.B_LTA);
    Files.write(DIR.resolve("cades-b-lta-twice.p7s"), twice);
    SignerInformation si = signerOf(twice);
    List<TimeStampToken> tokens = archiveTokens(si);
    assertThat(tokens).hasSize(2);
    // the later index lists the signature timestamp and the first archive timestamp
    TimeStampToken later =
        tokens
                .get(0)
                .getTimeStampInfo()
                .getGenTime()
                .after(tokens.get(1).getTimeStampInfo().getGenTime())
            ? tokens.get(0)
            : tokens.get(1);
    ASN1Sequence index =
        ASN1Sequence.getInstance(
            later.getUnsignedAttributes().get(INDEX_V3).getAttrValues().getObjectAt(0));
    assertThat(ASN1Sequence.getInstance(index.getObjectAt(3)).size()).isEqualTo(2);
    ValidationReport r = validate(twice);
    assertThat(r.indication()).as(r.toString()).isEqualTo(Indication.PASSED);
    assertThat(r.level()).contains(SignatureLevel.B_LTA);
  }

  @Test
  void extendsAnAttachedBtSignatureToBLta() throws Exception {
    byte[] bt =
        sign(
            PKI.personSigner("TEST B-T to B-LTA"),
            CadesSigner.builder()
                .level(SignatureLevel.B_T)
                .attached(true)
                .timestampSource(tsa())
                .build());
    byte[] lta = extender().extend(bt, SignatureLevel.B_LTA);
    ValidationReport r =
        CadesValidator.builder().certificateVerifier(offline()).build().validate(lta);
    assertThat(r.indication()).as(r.toString()).isEqualTo(Indication.PASSED);
    assertThat(r.level()).contains(SignatureLevel.B_LTA);
  }

  @Test
  void validatesAfterTheSignersCertificateExpiredWithTheArchivedProofs() throws Exception {
    Instant now = Instant.now();
    TestPki.Signer shortLived =
        PKI.personSigner(
            "TEST Hết Hạn Sau", now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofMinutes(30)));
    byte[] lta = sign(shortLived, signer(SignatureLevel.B_LTA, false));
    byte[] bt =
        sign(
            shortLived,
            CadesSigner.builder().level(SignatureLevel.B_T).timestampSource(tsa()).build());
    Clock later = Clock.fixed(now.plus(Duration.ofHours(3)), ZoneOffset.UTC);
    CadesValidator atLater =
        CadesValidator.builder()
            .certificateVerifier(
                CertificateVerifier.builder()
                    .trustAnchors(TrustAnchors.of("TEST", List.of(PKI.root())))
                    .online(false)
                    .clock(later)
                    .build())
            .clock(later)
            .build();
    ValidationReport r = atLater.validate(lta, CONTENT);
    assertThat(r.indication()).as(r.toString()).isEqualTo(Indication.PASSED);
    assertThat(r.level()).contains(SignatureLevel.B_LTA);
    assertThat(r.bestSignatureTime().orElseThrow())
        .isBefore(shortLived.certificate().getNotAfter().toInstant());
    // without the archived proofs, offline and three hours later, nothing proves the chain
    assertThat(atLater.validate(bt, CONTENT).indication()).isNotEqualTo(Indication.PASSED);
  }

  @Test
  void archiveTimestampFromAnotherSignatureIsRejected() throws Exception {
    byte[] a = sign(PKI.personSigner("TEST LTA A"), signer(SignatureLevel.B_LTA, false));
    byte[] b = sign(PKI.personSigner("TEST LTA B"), signer(SignatureLevel.B_LTA, false));
    SignerInformation sa = signerOf(a);
    SignerInformation sb = signerOf(b);
    AttributeTable swapped =
        sb.getUnsignedAttributes()
            .remove(ARCHIVE_V3)
            .add(
                ARCHIVE_V3,
                sa.getUnsignedAttributes().get(ARCHIVE_V3).getAttrValues().getObjectAt(0));
    byte[] forged =
        CMSSignedData.replaceSigners(
                new CMSSignedData(b),
                new SignerInformationStore(
                    SignerInformation.replaceUnsignedAttributes(sb, swapped)))
            .getEncoded("DER");
    ValidationReport r = validate(forged);
    assertThat(r.findings()).contains(ValidationFinding.ARCHIVE_TIMESTAMP_INVALID);
    assertThat(r.level()).contains(SignatureLevel.B_LT);
  }

  @Test
  void archivedCrlRemovedAfterTheArchiveTimestampIsDetected() throws Exception {
    byte[] lta = sign(PKI.personSigner("TEST CRL Removed"), signer(SignatureLevel.B_LTA, false));
    SignedData sd = signedData(lta);
    assertThat(sd.getCRLs().size()).isGreaterThan(1);
    byte[] removed = rebuild(sd, sd.getCertificates(), withoutFirst(sd.getCRLs()));
    // online, so that the removed proof can be fetched again: only the archive timestamp fails
    ValidationReport r = online(removed);
    assertThat(r.findings()).contains(ValidationFinding.ARCHIVE_TIMESTAMP_INVALID);
    assertThat(r.level()).isNotEqualTo(java.util.Optional.of(SignatureLevel.B_LTA));
  }

  @Test
  void archivedCertificateRemovedAfterTheArchiveTimestampIsDetected() throws Exception {
    byte[] lta = sign(PKI.personSigner("TEST Cert Removed"), signer(SignatureLevel.B_LTA, false));
    SignedData sd = signedData(lta);
    // remove a certificate other than the signer's, so that the signature itself still verifies
    X509Like signerCert = new X509Like(signerOf(lta));
    ASN1EncodableVector kept = new ASN1EncodableVector();
    boolean dropped = false;
    for (ASN1Encodable c : sd.getCertificates()) {
      if (!dropped && !signerCert.is(c)) {
        dropped = true;
        continue;
      }
      kept.add(c);
    }
    assertThat(dropped).isTrue();
    ValidationReport r = online(rebuild(sd, new DERSet(kept), sd.getCRLs()));
    assertThat(r.findings()).contains(ValidationFinding.ARCHIVE_TIMESTAMP_INVALID);
    assertThat(r.level()).isNotEqualTo(java.util.Optional.of(SignatureLevel.B_LTA));
  }

  @Test
  void validationDataAddedAfterTheArchiveTimestampIsAllowed() throws Exception {
    byte[] lta = sign(PKI.personSigner("TEST Added Later"), signer(SignatureLevel.B_LTA, false));
    SignedData sd = signedData(lta);
    ASN1EncodableVector more = new ASN1EncodableVector();
    for (ASN1Encodable c : sd.getCRLs()) {
      more.add(c);
    }
    more.add(ASN1Primitive.fromByteArray(PKI.crl().getEncoded()));
    ValidationReport r = validate(rebuild(sd, sd.getCertificates(), new DERSet(more)));
    assertThat(r.level()).contains(SignatureLevel.B_LTA);
  }

  @Test
  void extenderRefusesOtherContentGarbageAndBb() throws Exception {
    byte[] lt = sign(PKI.personSigner("TEST Refusals"), signer(SignatureLevel.B_LT, false));
    assertThatThrownBy(
            () ->
                extender()
                    .extend(lt, "khác".getBytes(StandardCharsets.UTF_8), SignatureLevel.B_LTA))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).errorCode())
                    .isEqualTo(SignatureErrorCode.CADES_CONTENT_MISMATCH));
    assertThatThrownBy(
            () ->
                extender().extend(new byte[] {0x30, 0x03, 1, 2, 3}, CONTENT, SignatureLevel.B_LTA))
        .hasMessageContaining("LT-SIG-1201");
    assertThatThrownBy(() -> extender().extend(lt, CONTENT, SignatureLevel.B_B))
        .hasMessageContaining("LT-SIG-1201");
    assertThatThrownBy(() -> extender().extend(lt, SignatureLevel.B_LTA))
        .hasMessageContaining("LT-SIG-1201");
    assertThatThrownBy(
            () -> CadesSigner.builder().level(SignatureLevel.B_LTA).timestampSource(tsa()).build())
        .hasMessageContaining("LT-SIG-0704");
  }

  @Test
  void opensslStillVerifiesBLtaAttachedAndDetached() throws Exception {
    assumeTrue(onPath("openssl"), "openssl is not installed");
    Path detached = DIR.resolve("cades-b-lta-openssl.p7s");
    Files.write(
        detached, sign(PKI.personSigner("TEST OpenSSL LTA"), signer(SignatureLevel.B_LTA, false)));
    Path attached = DIR.resolve("cades-b-lta-openssl.p7m");
    Files.write(
        attached, sign(PKI.personSigner("TEST OpenSSL LTA"), signer(SignatureLevel.B_LTA, true)));
    String ca = DIR.resolve("test-ca-and-crls.pem").toString();
    assertThat(
            run(
                "openssl",
                "cms",
                "-verify",
                "-binary",
                "-inform",
                "DER",
                "-in",
                detached.toString(),
                "-content",
                DIR.resolve("cades-b-lta-content.bin").toString(),
                "-CAfile",
                ca,
                "-crl_check_all",
                "-purpose",
                "any",
                "-out",
                "/dev/null"))
        .isZero();
    assertThat(
            run(
                "openssl",
                "cms",
                "-verify",
                "-binary",
                "-inform",
                "DER",
                "-in",
                attached.toString(),
                "-CAfile",
                ca,
                "-crl_check_all",
                "-purpose",
                "any",
                "-out",
                "/dev/null"))
        .isZero();
  }

  // ---- helpers ----

  private static final org.bouncycastle.asn1.ASN1ObjectIdentifier ARCHIVE_V3 =
      new org.bouncycastle.asn1.ASN1ObjectIdentifier("0.4.0.1733.2.4");
  private static final org.bouncycastle.asn1.ASN1ObjectIdentifier INDEX_V3 =
      new org.bouncycastle.asn1.ASN1ObjectIdentifier("0.4.0.19122.1.5");

  /** Matches the signer's certificate among the SignedData's certificates. */
  private record X509Like(SignerInformation signer) {
    boolean is(ASN1Encodable certificate) {
      return signer
          .getSID()
          .match(
              new org.bouncycastle.cert.X509CertificateHolder(
                  org.bouncycastle.asn1.x509.Certificate.getInstance(certificate)));
    }
  }

  private static SignerInformation signerOf(byte[] cms) throws Exception {
    return new CMSSignedData(cms).getSignerInfos().getSigners().iterator().next();
  }

  private static SignedData signedData(byte[] cms) throws Exception {
    return SignedData.getInstance(
        ContentInfo.getInstance(ASN1Primitive.fromByteArray(cms)).getContent());
  }

  private static List<TimeStampToken> archiveTokens(SignerInformation si) throws Exception {
    List<TimeStampToken> list = new java.util.ArrayList<>();
    ASN1EncodableVector all = si.getUnsignedAttributes().getAll(ARCHIVE_V3);
    for (int i = 0; i < all.size(); i++) {
      ASN1Encodable v =
          org.bouncycastle.asn1.cms.Attribute.getInstance(all.get(i))
              .getAttrValues()
              .getObjectAt(0);
      list.add(new TimeStampToken(new CMSSignedData(v.toASN1Primitive().getEncoded("DER"))));
    }
    return list;
  }

  private static ASN1Set withoutFirst(ASN1Set set) {
    ASN1EncodableVector v = new ASN1EncodableVector();
    for (int i = 1; i < set.size(); i++) {
      v.add(set.getObjectAt(i));
    }
    return new DERSet(v);
  }

  private static byte[] rebuild(SignedData sd, ASN1Set certificates, ASN1Set crls)
      throws Exception {
    SignedData changed =
        new SignedData(
            sd.getDigestAlgorithms(),
            sd.getEncapContentInfo(),
            certificates,
            crls,
            sd.getSignerInfos());
    return new ContentInfo(CMSObjectIdentifiers.signedData, changed).getEncoded("DER");
  }

  private static int run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    if (p.exitValue() != 0) {
      System.err.println(String.join(" ", command) + ": " + out);
    }
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
