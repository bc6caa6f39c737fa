package vn.lienthong.signature.xades;

import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.lienthong.signature.Pkcs12SigningKey;
import vn.lienthong.signature.SignatureParameters;
import vn.lienthong.signature.testpki.TestPki;

/** Documents and keys shared by the XAdES tests. */
final class XadesFixtures {

  static final byte[] DOCUMENT =
      ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              + "<HoSo xmlns=\"urn:lienthong:test\">\n"
              + "  <MaHoSo>000.00.01.H01-250701-0001</MaHoSo>\n"
              + "  <NguoiNop>Nguyễn Văn A</NguoiNop>\n"
              + "  <NoiDung Id=\"noi-dung\">Đăng ký khai sinh</NoiDung>\n"
              + "</HoSo>\n")
          .getBytes(StandardCharsets.UTF_8);

  private XadesFixtures() {}

  static Pkcs12SigningKey key(TestPki.Signer s) throws Exception {
    return Pkcs12SigningKey.load(s.pkcs12Stream(), TestPki.PASSWORD, "signer");
  }

  static byte[] sign(TestPki.Signer s, SignatureParameters.Builder b) throws Exception {
    return XadesSigner.create().sign(DOCUMENT, b.build(), key(s));
  }

  static byte[] signRsa() throws Exception {
    TestPki.Signer s = TestPki.shared().rsaSigner(2048);
    return sign(s, SignatureParameters.builder(List.of(s.certificate(), s.issuer())));
  }

  static XadesValidator validator() {
    return XadesValidator.builder().trustAnchors(List.of(TestPki.shared().root())).build();
  }

  static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
