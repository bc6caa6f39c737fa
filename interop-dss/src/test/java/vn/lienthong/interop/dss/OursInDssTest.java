package vn.lienthong.interop.dss;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.lienthong.signature.cades.CadesExtender;
import vn.lienthong.signature.cades.CadesSigner;
import vn.lienthong.signature.jws.JwsSerialization;
import vn.lienthong.signature.jws.JwsSigner;
import vn.lienthong.signature.pades.PadesParameters;
import vn.lienthong.signature.pades.PadesSigner;
import vn.lienthong.signature.pades.Placement;
import vn.lienthong.signature.pades.SignatureAppearance;
import vn.lienthong.signature.testpki.TestPki;
import vn.lienthong.signature.xades.DetachedDocument;
import vn.lienthong.signature.xades.XadesPackaging;
import vn.lienthong.signature.xades.XadesSigner;

/**
 * Every format and level LienThong makes, signed with the test PKI and validated by EU DSS 6.4
 * (trusting the test root, given the test CAs' CRLs, default policy): each signature must be
 * TOTAL_PASSED at the level we claim, and for PDFs the last signature must cover the whole file. A
 * new level is one more row in {@link #outputs()}. The signed files and DSS's simple reports stay
 * in {@code target/interop/}, with the test CA and its CRLs.
 */
class OursInDssTest {

  /** What one of our signers produced: the file, its extension, and any detached content. */
  record Signed(byte[] file, String extension, byte @Nullable [] detached) {}

  /** Produces a signed file. */
  @FunctionalInterface
  interface Producer {
    Signed produce() throws Exception;
  }

  /** One row: our output, the level DSS must see, and how many signatures the file holds. */
  record Output(String name, String level, int signatures, Producer producer) {
    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * What DSS calls our JAdES B-B. It long answered JSON-NOT-ETSI: DSS 6.4 follows ETSI TS 119 182-1
   * v1.2.1, where {@code iat} replaced {@code sigT} as the claimed signing time, and for signatures
   * claimed on or after 2025-07-15 it requires {@code iat} (and refuses {@code sigT} next to it).
   * Our headers carried {@code sigT}; they now carry {@code iat} and DSS recognises JAdES.
   */
  private static final String JADES_B_B = "JAdES-BASELINE-B";

  private static DssOracle oracle;

  @BeforeAll
  static void setUp() throws Exception {
    oracle = new DssOracle();
    TestPki pki = TestPki.shared();
    Files.createDirectories(DssOracle.OUTPUT);
    Files.writeString(DssOracle.OUTPUT.resolve("test-ca.pem"), pki.rootPem());
    Files.writeString(
        DssOracle.OUTPUT.resolve("test-issuing-ca.pem"), TestPki.pem(pki.intermediate()));
    Files.write(DssOracle.OUTPUT.resolve("test-ca.crl"), pki.rootCrl().getEncoded());
    Files.write(DssOracle.OUTPUT.resolve("test-issuing-ca.crl"), pki.crl().getEncoded());
  }

  @AfterAll
  static void tearDown() {
    oracle.close();
  }

  static Stream<Output> outputs() {
    byte[] xml = Samples.xml(200);
    byte[] content = "Quyết định số 02/QĐ-UBND ngày 01/7/2025".getBytes(StandardCharsets.UTF_8);
    return Stream.of(
        new Output(
            "xades-b-b-enveloped",
            "XAdES-BASELINE-B",
            1,
            () -> xml(XadesSigner.create().sign(xml, params(), key()))),
        new Output(
            "xades-b-b-enveloped-ecdsa-p256",
            "XAdES-BASELINE-B",
            1,
            () ->
                xml(
                    XadesSigner.create()
                        .sign(xml, Samples.parameters(ecdsa()), Samples.key(ecdsa())))),
        new Output(
            "xades-b-t-enveloped",
            "XAdES-BASELINE-T",
            1,
            () ->
                xml(
                    XadesSigner.builder()
                        .level(vn.lienthong.signature.SignatureLevel.B_T)
                        .timestampSource(Samples.tsa())
                        .build()
                        .sign(xml, params(), key()))),
        new Output(
            "xades-b-lt-enveloped",
            "XAdES-BASELINE-LT",
            1,
            () ->
                xml(
                    XadesSigner.builder()
                        .level(vn.lienthong.signature.SignatureLevel.B_LT)
                        .timestampSource(Samples.tsa())
                        .certificateVerifier(Samples.verifier())
                        .build()
                        .sign(xml, params(), key()))),
        new Output(
            "xades-b-lta-enveloped",
            "XAdES-BASELINE-LTA",
            1,
            () ->
                xml(
                    XadesSigner.builder()
                        .level(vn.lienthong.signature.SignatureLevel.B_LTA)
                        .timestampSource(Samples.tsa())
                        .certificateVerifier(Samples.verifier())
                        .build()
                        .sign(xml, params(), key()))),
        new Output(
            "cades-b-lt-attached",
            "CAdES-BASELINE-LT",
            1,
            () ->
                p7m(
                    CadesSigner.builder()
                        .attached(true)
                        .level(vn.lienthong.signature.SignatureLevel.B_LT)
                        .timestampSource(Samples.tsa())
                        .certificateVerifier(Samples.verifier())
                        .build()
                        .sign(content, params(), key()))),
        new Output(
            "pades-b-lta-invisible",
            "PAdES-BASELINE-LTA",
            1,
            () ->
                pdf(
                    PadesSigner.create()
                        .sign(
                            Samples.pdf(1),
                            PadesParameters.builder(params())
                                .level(vn.lienthong.signature.SignatureLevel.B_LTA)
                                .timestampSource(Samples.tsa())
                                .certificateVerifier(Samples.verifier())
                                .build(),
                            key()))),
        new Output(
            "cades-b-b-detached",
            "CAdES-BASELINE-B",
            1,
            () -> p7s(CadesSigner.create().sign(content, params(), key()), content)),
        new Output(
            "cades-b-t-detached",
            "CAdES-BASELINE-T",
            1,
            () ->
                p7s(
                    CadesSigner.builder()
                        .level(vn.lienthong.signature.SignatureLevel.B_T)
                        .timestampSource(Samples.tsa())
                        .build()
                        .sign(content, params(), key()),
                    content)),
        new Output(
            "cades-b-lt-detached",
            "CAdES-BASELINE-LT",
            1,
            () ->
                p7s(
                    CadesSigner.builder()
                        .level(vn.lienthong.signature.SignatureLevel.B_LT)
                        .timestampSource(Samples.tsa())
                        .certificateVerifier(Samples.verifier())
                        .build()
                        .sign(content, params(), key()),
                    content)),
        new Output(
            "pades-b-b-invisible",
            "PAdES-BASELINE-B",
            1,
            () ->
                pdf(
                    PadesSigner.create()
                        .sign(Samples.pdf(1), PadesParameters.builder(params()).build(), key()))),
        new Output(
            "pades-b-b-invisible-ecdsa-p256",
            "PAdES-BASELINE-B",
            1,
            () ->
                pdf(
                    PadesSigner.create()
                        .sign(
                            Samples.pdf(1),
                            PadesParameters.builder(Samples.parameters(ecdsa())).build(),
                            Samples.key(ecdsa())))),
        new Output(
            "pades-b-t-invisible",
            "PAdES-BASELINE-T",
            1,
            () ->
                pdf(
                    PadesSigner.create()
                        .sign(
                            Samples.pdf(1),
                            PadesParameters.builder(params())
                                .timestampSource(Samples.tsa())
                                .build(),
                            key()))),
        new Output(
            "pades-b-b-decree30-person-and-agency",
            "PAdES-BASELINE-B",
            2,
            () -> pdf(decree30(Samples.pdf(2)))),
        new Output(
            "pades-b-b-electronic-copy",
            "PAdES-BASELINE-B",
            1,
            () ->
                pdf(
                    PadesSigner.create()
                        .sign(
                            Samples.pdf(1),
                            PadesParameters.builder(Samples.parameters(Samples.agency()))
                                .appearance(
                                    SignatureAppearance.electronicCopy("SAO Y", Samples.AGENCY))
                                .build(),
                            Samples.key(Samples.agency())))),
        new Output(
            "jades-b-b-compact",
            JADES_B_B,
            1,
            () -> json(JwsSigner.create().sign(content, params(), key()))),
        new Output(
            "jades-b-b-json-flattened",
            JADES_B_B,
            1,
            () ->
                json(
                    JwsSigner.builder()
                        .serialization(JwsSerialization.JSON_FLATTENED)
                        .build()
                        .sign(content, params(), key()))));
  }

  /**
   * CAdES B-LTA rows: archive-time-stamp-v3 with ats-hash-index-v3, attached and detached, made at
   * once and by extending a B-LT signature twice (a second archive timestamp over the first).
   */
  static Stream<Output> cadesArchiveOutputs() {
    byte[] content = "Quyết định số 03/QĐ-UBND ngày 01/7/2025".getBytes(StandardCharsets.UTF_8);
    return Stream.of(
        new Output(
            "cades-b-lta-attached",
            "CAdES-BASELINE-LTA",
            1,
            () -> p7m(cadesLta(true).sign(content, params(), key()))),
        new Output(
            "cades-b-lta-detached",
            "CAdES-BASELINE-LTA",
            1,
            () -> p7s(cadesLta(false).sign(content, params(), key()), content)),
        new Output(
            "cades-b-lta-detached-extended-twice",
            "CAdES-BASELINE-LTA",
            1,
            () -> {
              byte[] lt =
                  CadesSigner.builder()
                      .level(vn.lienthong.signature.SignatureLevel.B_LT)
                      .timestampSource(Samples.tsa())
                      .certificateVerifier(Samples.verifier())
                      .build()
                      .sign(content, params(), key());
              CadesExtender extender =
                  CadesExtender.builder()
                      .timestampSource(Samples.tsa())
                      .certificateVerifier(Samples.verifier())
                      .build();
              byte[] once =
                  extender.extend(lt, content, vn.lienthong.signature.SignatureLevel.B_LTA);
              return p7s(
                  extender.extend(once, content, vn.lienthong.signature.SignatureLevel.B_LTA),
                  content);
            }));
  }

  /** JAdES B-T rows: a sigTst in etsiU (base64url component), flattened and general JSON. */
  static Stream<Output> jadesTimestampOutputs() {
    byte[] content = "{\"maHoSo\":\"000.00.01.H01-250701-0001\"}".getBytes(StandardCharsets.UTF_8);
    return Stream.of(
        new Output(
            "jades-b-t",
            "JAdES-BASELINE-T",
            1,
            () -> json(jadesBt(JwsSerialization.JSON_FLATTENED).sign(content, params(), key()))),
        new Output(
            "jades-b-t-json-general",
            "JAdES-BASELINE-T",
            1,
            () -> json(jadesBt(JwsSerialization.JSON_GENERAL).sign(content, params(), key()))));
  }

  private static JwsSigner jadesBt(JwsSerialization serialization) {
    return JwsSigner.builder()
        .serialization(serialization)
        .level(vn.lienthong.signature.SignatureLevel.B_T)
        .timestampSource(Samples.tsa())
        .build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jadesTimestampOutputs")
  void dssGivesTotalPassedForJadesBt(Output output) throws Exception {
    dssGivesTotalPassedAtOurLevel(output);
  }

  private static CadesSigner cadesLta(boolean attached) {
    return CadesSigner.builder()
        .attached(attached)
        .level(vn.lienthong.signature.SignatureLevel.B_LTA)
        .timestampSource(Samples.tsa())
        .certificateVerifier(Samples.verifier())
        .build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cadesArchiveOutputs")
  void dssGivesTotalPassedForCadesBLta(Output output) throws Exception {
    dssGivesTotalPassedAtOurLevel(output);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outputs")
  void dssGivesTotalPassedAtOurLevel(Output output) throws Exception {
    Signed signed = output.producer().produce();
    List<DssOracle.Verdict> verdicts =
        oracle.validate(
            output.name(), signed.extension(), signed.file(), signed.detached(), List.of());
    String why = verdicts.toString();

    assertThat(verdicts).as(why).hasSize(output.signatures());
    for (DssOracle.Verdict v : verdicts) {
      assertThat(v.indication()).as(why).isEqualTo("TOTAL_PASSED");
      assertThat(v.format()).as(why).isEqualTo(output.level());
    }
    if (signed.extension().equals("pdf") && output.level().endsWith("-LTA")) {
      // After the signature come the DSS and the document timestamp (which covers the whole file):
      // DSS scopes the signature to its own revision and must find nothing else changed after it.
      assertThat(verdicts.get(0).modificationsDetected())
          .as("modifications after the signature; " + why)
          .isFalse();
    } else if (signed.extension().equals("pdf")) {
      DssOracle.Verdict last =
          verdicts.stream().max(Comparator.comparingLong(DssOracle.Verdict::byteRangeEnd)).get();
      assertThat(last.byteRangeEnd())
          .as("end of the last byte range; " + why)
          .isEqualTo(signed.file().length);
      assertThat(last.fullScope()).as("DSS's scope of the last signature; " + why).isTrue();
    }
  }

  /** The detached file of the detached XAdES rows, written beside the signatures. */
  static final String DETACHED_NAME = "quyet-dinh-02.pdf";

  /** A XAdES signer of a packaging and level, its sources from the test PKI. */
  private static XadesSigner xadesSigner(
      XadesPackaging packaging, vn.lienthong.signature.SignatureLevel level, boolean base64) {
    XadesSigner.Builder b =
        XadesSigner.builder().packaging(packaging).base64Content(base64).level(level);
    if (level != vn.lienthong.signature.SignatureLevel.B_B) {
      b.timestampSource(Samples.tsa());
    }
    if (level == vn.lienthong.signature.SignatureLevel.B_LT
        || level == vn.lienthong.signature.SignatureLevel.B_LTA) {
      b.certificateVerifier(Samples.verifier());
    }
    return b.build();
  }

  /** XAdES enveloping (XML and base64 content) and detached, at every level. */
  static Stream<Output> xadesPackagingOutputs() {
    byte[] xml = Samples.xml(200);
    byte[] pdf = "%PDF-1.7 Quyết định số 02/QĐ-UBND".getBytes(StandardCharsets.UTF_8);
    List<Output> rows = new java.util.ArrayList<>();
    for (vn.lienthong.signature.SignatureLevel level :
        vn.lienthong.signature.SignatureLevel.values()) {
      String suffix = level.etsiName().toLowerCase(java.util.Locale.ROOT);
      String dssLevel = "XAdES-BASELINE-" + level.etsiName().substring(2);
      rows.add(
          new Output(
              "xades-enveloping-" + suffix,
              dssLevel,
              1,
              () ->
                  xml(
                      xadesSigner(XadesPackaging.ENVELOPING, level, false)
                          .sign(xml, params(), key()))));
      rows.add(
          new Output(
              "xades-detached-" + suffix,
              dssLevel,
              1,
              () ->
                  new Signed(
                      xadesSigner(XadesPackaging.DETACHED, level, false)
                          .sign(List.of(DetachedDocument.of(DETACHED_NAME, pdf)), params(), key()),
                      "xml",
                      pdf)));
    }
    rows.add(
        new Output(
            "xades-enveloping-base64-b-b",
            "XAdES-BASELINE-B",
            1,
            () ->
                xml(
                    xadesSigner(
                            XadesPackaging.ENVELOPING,
                            vn.lienthong.signature.SignatureLevel.B_B,
                            true)
                        .sign(pdf, params(), key()))));
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("xadesPackagingOutputs")
  void dssGivesTotalPassedToOurEnvelopingAndDetachedXades(Output output) throws Exception {
    Signed signed = output.producer().produce();
    List<DssOracle.Verdict> verdicts =
        signed.detached() == null
            ? oracle.validate(output.name(), "xml", signed.file(), null, List.of())
            : oracle.validateXadesDetached(
                output.name(), signed.file(), signed.detached(), DETACHED_NAME);
    String why = verdicts.toString();
    assertThat(verdicts).as(why).hasSize(1);
    assertThat(verdicts.get(0).indication()).as(why).isEqualTo("TOTAL_PASSED");
    assertThat(verdicts.get(0).format()).as(why).isEqualTo(output.level());
  }

  private static byte[] decree30(byte[] pdf) throws Exception {
    TestPki.Signer person = Samples.person();
    byte[] once =
        PadesSigner.create()
            .sign(
                pdf,
                PadesParameters.builder(Samples.parameters(person))
                    .appearance(
                        SignatureAppearance.competentPerson(
                            Samples.signaturePng(),
                            Placement.aboveText(Samples.SIGNER_NAME_ON_PAGE, 120, 60)))
                    .build(),
                Samples.key(person));
    TestPki.Signer agency = Samples.agency();
    return PadesSigner.create()
        .sign(
            once,
            PadesParameters.builder(Samples.parameters(agency))
                .appearance(
                    SignatureAppearance.agencySeal(
                        Samples.sealPng(), Samples.AGENCY, Placement.overLastSignature()))
                .build(),
            Samples.key(agency));
  }

  private static TestPki.@org.jspecify.annotations.Nullable Signer ecdsa;

  /** An ECDSA P-256 signer (issued by the test root directly). */
  private static synchronized TestPki.Signer ecdsa() throws Exception {
    if (ecdsa == null) {
      ecdsa = TestPki.shared().ecSigner("secp256r1");
    }
    return ecdsa;
  }

  private static vn.lienthong.signature.SignatureParameters params() throws Exception {
    return Samples.parameters(Samples.person());
  }

  private static vn.lienthong.signature.SigningKey key() throws Exception {
    return Samples.key(Samples.person());
  }

  private static Signed xml(byte[] file) {
    return new Signed(file, "xml", null);
  }

  private static Signed p7s(byte[] file, byte[] content) {
    return new Signed(file, "p7s", content);
  }

  private static Signed p7m(byte[] file) {
    return new Signed(file, "p7m", null);
  }

  private static Signed pdf(byte[] file) {
    return new Signed(file, "pdf", null);
  }

  private static Signed json(String jws) {
    return new Signed(jws.getBytes(StandardCharsets.US_ASCII), "json", null);
  }
}
