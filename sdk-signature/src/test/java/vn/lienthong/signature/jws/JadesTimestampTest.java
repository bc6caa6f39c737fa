package vn.lienthong.signature.jws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.signature.jws.JwsFixtures.REPORT;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.Test;
import vn.lienthong.signature.Indication;
import vn.lienthong.signature.SignatureLevel;
import vn.lienthong.signature.ValidationFinding;
import vn.lienthong.signature.ValidationReport;
import vn.lienthong.signature.testpki.TestPki;
import vn.lienthong.signature.timestamp.TimestampClient;

/**
 * JAdES B-T (ETSI TS 119 182-1, 5.3.4): the {@code sigTst} component, base64url-encoded in the
 * {@code etsiU} unprotected header of the JSON serialisations, over the base64url JWS Signature
 * Value. Attacks: a {@code sigTst} taken from another signature, HS256 with the public key as
 * secret next to a genuine timestamp. The sample stays in {@code target/interop/jades-b-t.json}.
 */
class JadesTimestampTest {

  private static final TestPki PKI = TestPki.shared();

  private static TimestampClient tsa() {
    return TimestampClient.builder()
        .uri(PKI.server().timestampUri())
        .timeout(Duration.ofSeconds(5))
        .build();
  }

  private static JwsSigner bt(JwsSerialization serialization) {
    return JwsSigner.builder()
        .serialization(serialization)
        .level(SignatureLevel.B_T)
        .timestampSource(tsa())
        .build();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> signature(String json) throws Exception {
    Map<String, Object> top = JSONObjectUtils.parse(json);
    if (top.containsKey("signatures")) {
      return (Map<String, Object>) ((List<Object>) top.get("signatures")).get(0);
    }
    return top;
  }

  @Test
  void flattenedAndGeneralCarryAnEncodedSigTstAndValidateAsBt() throws Exception {
    TestPki.Signer s = PKI.rsaSigner(2048);
    for (JwsSerialization ser :
        List.of(JwsSerialization.JSON_FLATTENED, JwsSerialization.JSON_GENERAL)) {
      String jws = JwsFixtures.sign(bt(ser), s);
      if (ser == JwsSerialization.JSON_FLATTENED) {
        Path dir = Path.of("target", "interop");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("jades-b-t.json"), jws);
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> header = (Map<String, Object>) signature(jws).get("header");
      List<?> etsiU = (List<?>) header.get("etsiU");
      assertThat(etsiU).hasSize(1);
      Map<String, Object> component =
          JSONObjectUtils.parse(new Base64URL((String) etsiU.get(0)).decodeToString());
      assertThat(component).containsOnlyKeys("sigTst");

      ValidationReport r = JwsFixtures.validator().validate(jws);
      assertThat(r.indication()).as(ser + " " + r).isEqualTo(Indication.PASSED);
      assertThat(r.level()).contains(SignatureLevel.B_T);
      assertThat(r.findings()).contains(ValidationFinding.SIGNATURE_TIMESTAMP_VALID);
      assertThat(r.bestSignatureTime()).isEqualTo(r.timestampTime());
    }
  }

  @Test
  void theTokenImprintIsTheHashOfTheBase64UrlSignatureValue() throws Exception {
    String jws = JwsFixtures.sign(bt(JwsSerialization.JSON_FLATTENED), PKI.rsaSigner(2048));
    Map<String, Object> sig = signature(jws);
    @SuppressWarnings("unchecked")
    Map<String, Object> header = (Map<String, Object>) sig.get("header");
    Map<String, Object> component =
        JSONObjectUtils.parse(
            new Base64URL((String) ((List<?>) header.get("etsiU")).get(0)).decodeToString());
    @SuppressWarnings("unchecked")
    Map<String, Object> tstToken =
        (Map<String, Object>)
            ((List<Object>) ((Map<String, Object>) component.get("sigTst")).get("tstTokens"))
                .get(0);
    TimeStampToken token =
        new TimeStampToken(
            new CMSSignedData(Base64.getDecoder().decode((String) tstToken.get("val"))));
    byte[] expected =
        MessageDigest.getInstance("SHA-256")
            .digest(((String) sig.get("signature")).getBytes(StandardCharsets.US_ASCII));
    assertThat(token.getTimeStampInfo().getMessageImprintDigest()).isEqualTo(expected);
  }

  @Test
  void compactSerialisationCannotCarryBt() {
    assertThatThrownBy(() -> bt(JwsSerialization.COMPACT)).hasMessageContaining("LT-SIG-1203");
    assertThatThrownBy(
            () ->
                JwsSigner.builder()
                    .serialization(JwsSerialization.JSON_FLATTENED)
                    .level(SignatureLevel.B_T)
                    .build())
        .hasMessageContaining("LT-SIG-0704");
    assertThatThrownBy(() -> JwsSigner.builder().level(SignatureLevel.B_LTA))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sigTstOverAnotherSignatureValueIsIgnored() throws Exception {
    TestPki.Signer s = PKI.rsaSigner(2048);
    JwsSigner signer = bt(JwsSerialization.JSON_FLATTENED);
    Map<String, Object> a = signature(JwsFixtures.sign(signer, s));
    Map<String, Object> b =
        signature(
            signer.sign(
                "{\"ketQua\":\"khác\"}".getBytes(StandardCharsets.UTF_8),
                JwsFixtures.parameters(s),
                JwsFixtures.key(s)));
    b.put("header", a.get("header"));
    ValidationReport r = JwsFixtures.validator().validate(JSONObjectUtils.toJSONString(b));
    assertThat(r.findings()).contains(ValidationFinding.SIGNATURE_TIMESTAMP_INVALID);
    assertThat(r.level()).contains(SignatureLevel.B_B);
    assertThat(r.timestampTime()).isEmpty();
  }

  @Test
  void hmacWithThePublicKeyStaysRefusedEvenWithAGenuineTimestamp() throws Exception {
    TestPki.Signer s = PKI.rsaSigner(2048);
    Map<String, Object> h = new LinkedHashMap<>();
    h.put("alg", "HS256");
    h.put("x5c", List.of(JwsFixtures.b64(s.certificate().getEncoded())));
    String header = JwsFixtures.encode(h);
    String payload = Base64URL.encode(REPORT).toString();
    Base64URL mac =
        new MACSigner(s.certificate().getPublicKey().getEncoded())
            .sign(
                new JWSHeader(JWSAlgorithm.HS256),
                (header + "." + payload).getBytes(StandardCharsets.US_ASCII));
    byte[] token =
        tsa()
            .timestamp(
                MessageDigest.getInstance("SHA-256")
                    .digest(mac.toString().getBytes(StandardCharsets.US_ASCII)),
                vn.lienthong.signature.DigestAlgorithm.SHA256);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("payload", payload);
    json.put("protected", header);
    json.put(
        "header",
        Map.of(
            "etsiU",
            List.of(
                Base64URL.encode(
                        JSONObjectUtils.toJSONString(
                            Map.of(
                                "sigTst",
                                Map.of(
                                    "tstTokens",
                                    List.of(
                                        Map.of(
                                            "val", Base64.getEncoder().encodeToString(token)))))))
                    .toString())));
    json.put("signature", mac.toString());
    ValidationReport r = JwsFixtures.validator().validate(JSONObjectUtils.toJSONString(json));
    assertThat(r.indication()).isNotEqualTo(Indication.PASSED);
    assertThat(r.findings()).contains(ValidationFinding.ALGORITHM_NOT_ALLOWED);
  }
}
