package vn.lienthong.interop.dss;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.lienthong.signature.Indication;
import vn.lienthong.signature.SignedScope;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.cades.CadesValidator;
import vn.lienthong.signature.pades.PadesValidator;
import vn.lienthong.signature.xades.DetachedDocument;
import vn.lienthong.signature.xades.XadesValidator;

/**
 * XAdES (enveloped with either transform, enveloping, detached), CAdES (detached) and PAdES at B-B
 * and B-T made by EU DSS 6.4 with a key of the test PKI (B-T timestamped by the test PKI's loopback
 * TSA), validated by our validators: PASSED, with DSS's level and the right signer. The DSS-made
 * files stay in {@code target/interop/dss-made/}.
 */
class DssInOursTest {

  /** The level pairs: DSS's name for what it makes, ours for what we must report. */
  enum Level {
    B_B(vn.lienthong.signature.SignatureLevel.B_B),
    B_T(vn.lienthong.signature.SignatureLevel.B_T);

    final vn.lienthong.signature.SignatureLevel ours;

    Level(vn.lienthong.signature.SignatureLevel ours) {
      this.ours = ours;
    }

    String dss(String format) {
      return format + "-BASELINE-" + name().substring(2);
    }
  }

  private static IsolatedDss dss;
  private static final java.nio.file.Path DIR = DssOracle.OUTPUT.resolve("dss-made");

  @BeforeAll
  static void setUp() throws Exception {
    dss = new IsolatedDss(Samples.person());
    Files.createDirectories(DIR);
  }

  @AfterAll
  static void tearDown() {
    dss.close();
  }

  /**
   * DSS's enveloped XAdES with the XMLDSig enveloped-signature transform (a DSS option); DSS's
   * default XPath Filter 2.0 form is {@link #ourXadesValidatorPassesDssDefaultXpathFilter2}.
   */
  @ParameterizedTest
  @EnumSource(Level.class)
  void ourXadesValidatorPassesDssXades(Level level) throws Exception {
    byte[] signed = dss.signXades(Samples.xml(20), level.dss("XAdES"), true);
    Files.write(DIR.resolve("xades-" + level + ".xml"), signed);
    ValidationReport r =
        XadesValidator.builder().certificateVerifier(Samples.verifier()).build().validate(signed);
    assertPassed(r, level);
  }

  /**
   * DSS's default enveloped XAdES: an XPath Filter 2.0 transform subtracting {@code
   * /descendant::ds:Signature}, which our validator accepts as covering the whole document.
   */
  @ParameterizedTest
  @EnumSource(Level.class)
  void ourXadesValidatorPassesDssDefaultXpathFilter2(Level level) throws Exception {
    byte[] signed = dss.signXades(Samples.xml(20), level.dss("XAdES"), false);
    Files.write(DIR.resolve("xades-" + level + "-xpath-filter2.xml"), signed);
    assertThat(new String(signed, StandardCharsets.UTF_8)).contains("xmldsig-filter2");
    ValidationReport r =
        XadesValidator.builder().certificateVerifier(Samples.verifier()).build().validate(signed);
    assertPassed(r, level);
    assertThat(r.fullDocumentSigned()).isTrue();
    assertThat(r.signedScopes())
        .extracting(SignedScope::type)
        .containsExactly(SignedScope.Type.FULL_DOCUMENT);
  }

  @ParameterizedTest
  @EnumSource(Level.class)
  void ourXadesValidatorPassesDssEnvelopingXades(Level level) throws Exception {
    byte[] content = "Quyết định số 02/QĐ-UBND".getBytes(StandardCharsets.UTF_8);
    byte[] signed =
        dss.signXadesPackaging(content, "quyet-dinh.txt", level.dss("XAdES"), "ENVELOPING");
    Files.write(DIR.resolve("xades-enveloping-" + level + ".xml"), signed);
    ValidationReport r =
        XadesValidator.builder().certificateVerifier(Samples.verifier()).build().validate(signed);
    assertPassed(r, level);
    assertThat(r.fullDocumentSigned()).isTrue();
    assertThat(r.signedScopes())
        .extracting(SignedScope::type)
        .containsExactly(SignedScope.Type.ENVELOPED_OBJECT);
  }

  @ParameterizedTest
  @EnumSource(Level.class)
  void ourXadesValidatorPassesDssDetachedXades(Level level) throws Exception {
    byte[] content = "Quyết định số 02/QĐ-UBND".getBytes(StandardCharsets.UTF_8);
    byte[] signed =
        dss.signXadesPackaging(content, "quyet-dinh.txt", level.dss("XAdES"), "DETACHED");
    Files.write(DIR.resolve("xades-detached-" + level + ".xml"), signed);
    Files.write(DIR.resolve("quyet-dinh.txt"), content);
    XadesValidator validator =
        XadesValidator.builder().certificateVerifier(Samples.verifier()).build();
    ValidationReport r =
        validator.validate(signed, List.of(DetachedDocument.of("quyet-dinh.txt", content)));
    assertPassed(r, level);
    assertThat(r.signedScopes())
        .containsExactly(new SignedScope(SignedScope.Type.DETACHED_DOCUMENT, "quyet-dinh.txt"));
    assertThat(validator.validate(signed).indication()).isEqualTo(Indication.INDETERMINATE);
  }

  @ParameterizedTest
  @EnumSource(Level.class)
  void ourCadesValidatorPassesDssCades(Level level) throws Exception {
    byte[] content = "Quyết định số 02/QĐ-UBND".getBytes(StandardCharsets.UTF_8);
    byte[] p7s = dss.signCades(content, level.dss("CAdES"));
    Files.write(DIR.resolve("cades-" + level + ".p7s"), p7s);
    Files.write(DIR.resolve("cades-" + level + ".bin"), content);
    ValidationReport r =
        CadesValidator.builder()
            .certificateVerifier(Samples.verifier())
            .build()
            .validate(p7s, content);
    assertPassed(r, level);
  }

  @ParameterizedTest
  @EnumSource(Level.class)
  void ourPadesValidatorPassesDssPades(Level level) throws Exception {
    byte[] signed = dss.signPades(Samples.pdf(1), level.dss("PAdES"));
    Files.write(DIR.resolve("pades-" + level + ".pdf"), signed);
    List<ValidationReport> reports =
        PadesValidator.builder().certificateVerifier(Samples.verifier()).build().validate(signed);
    assertThat(reports).hasSize(1);
    assertPassed(reports.get(0), level);
    assertThat(reports.get(0).fullDocumentSigned()).isTrue();
  }

  private static void assertPassed(ValidationReport r, Level level) throws Exception {
    assertThat(r.indication()).as(r.toString()).isEqualTo(Indication.PASSED);
    assertThat(r.level()).as(r.toString()).contains(level.ours);
    assertThat(r.signingCertificate()).contains(Samples.person().certificate());
    assertThat(r.signerName()).contains(Samples.PERSON);
    if (level == Level.B_T) {
      assertThat(r.timestampTime()).as(r.toString()).isPresent();
    }
  }
}
