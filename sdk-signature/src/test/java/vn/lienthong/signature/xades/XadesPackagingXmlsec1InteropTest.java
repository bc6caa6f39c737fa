package vn.lienthong.signature.xades;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.lienthong.signature.SignatureLevel;
import vn.lienthong.signature.testpki.TestPki;

/**
 * Enveloping and detached XAdES verified by {@code xmlsec1 --verify} (libxmlsec1 with OpenSSL) at
 * every level, trusting the test CA. xmlsec1 classes a relative reference such as {@code
 * quyet-dinh-02.pdf} as "remote": the tests enable that type and {@code --url-map} maps the name to
 * the file beside the sample, so nothing is fetched; {@code --store-references} shows it digested
 * exactly the file's bytes. Samples stay in {@code target/interop/xades/} with the external file.
 */
class XadesPackagingXmlsec1InteropTest {

  private static final Path DIR = XadesLongTermTest.DIR;
  private static final String OBJECT_ID = "http://www.w3.org/2000/09/xmldsig#:Object";

  @BeforeAll
  static void setUp() throws Exception {
    Xmlsec1.assumeInstalled();
    Files.createDirectories(DIR);
    Files.write(DIR.resolve(XadesPackagingTest.DECISION.name()), XadesPackagingTest.PDF);
  }

  private static byte[] sign(XadesPackaging packaging, SignatureLevel level, boolean base64)
      throws Exception {
    TestPki.Signer s = TestPki.shared().personSigner("TEST xmlsec1 " + packaging + " " + level);
    XadesSigner signer = XadesPackagingTest.signer(packaging, level, base64);
    return packaging == XadesPackaging.DETACHED
        ? signer.sign(
            List.of(XadesPackagingTest.DECISION),
            XadesPackagingTest.params(s),
            XadesFixtures.key(s))
        : signer.sign(XadesFixtures.DOCUMENT, XadesPackagingTest.params(s), XadesFixtures.key(s));
  }

  @ParameterizedTest
  @EnumSource(SignatureLevel.class)
  void xmlsec1VerifiesEnvelopingXml(SignatureLevel level) throws Exception {
    Xmlsec1.assertVerified(
        DIR,
        "xades-enveloping-" + XadesPackagingTest.levelName(level) + "-xmlsec1.xml",
        sign(XadesPackaging.ENVELOPING, level, false),
        "--enabled-reference-uris",
        "empty,same-doc",
        "--id-attr:Id",
        OBJECT_ID);
  }

  @Test
  void xmlsec1VerifiesEnvelopingBase64() throws Exception {
    Xmlsec1.assertVerified(
        DIR,
        "xades-enveloping-base64-b-b-xmlsec1.xml",
        sign(XadesPackaging.ENVELOPING, SignatureLevel.B_B, true),
        "--enabled-reference-uris",
        "empty,same-doc",
        "--id-attr:Id",
        OBJECT_ID);
  }

  @ParameterizedTest
  @EnumSource(SignatureLevel.class)
  void xmlsec1VerifiesDetachedWithTheMappedFile(SignatureLevel level) throws Exception {
    String name = "xades-detached-" + XadesPackagingTest.levelName(level) + "-xmlsec1.xml";
    Path file = DIR.resolve(XadesPackagingTest.DECISION.name()).toAbsolutePath();
    Xmlsec1.Result r =
        Xmlsec1.verify(
            DIR,
            name,
            sign(XadesPackaging.DETACHED, level, false),
            "--enabled-reference-uris",
            "empty,same-doc,remote",
            "--url-map:" + XadesPackagingTest.DECISION.name(),
            file.toString(),
            "--store-references");
    assertThat(r.exit()).as("xmlsec1 on %s:%n%s", name, r.output()).isZero();
    assertThat(r.output()).contains("OK").contains("SignedInfo References (ok/all): 2/2");
    // the bytes xmlsec1 digested for the detached reference are exactly the file's
    String digested =
        r.output().substring(r.output().indexOf("== PreDigest data - start buffer:") + 34);
    assertThat(digested).startsWith(new String(XadesPackagingTest.PDF, StandardCharsets.UTF_8));
  }

  @Test
  void xmlsec1RejectsDetachedWhenTheFileWasSwapped() throws Exception {
    Path swapped = DIR.resolve("quyet-dinh-02-swapped.pdf").toAbsolutePath();
    Files.writeString(swapped, "%PDF-1.7 khác");
    Xmlsec1.Result r =
        Xmlsec1.verify(
            DIR,
            "xades-detached-swapped.xml",
            sign(XadesPackaging.DETACHED, SignatureLevel.B_B, false),
            "--enabled-reference-uris",
            "empty,same-doc,remote",
            "--url-map:" + XadesPackagingTest.DECISION.name(),
            swapped.toString());
    assertThat(r.exit()).as(r.output()).isNotZero();
  }
}
