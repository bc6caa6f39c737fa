package vn.lienthong.signature.internal.remote;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Every VNPT SmartCA field name and path in one place (preview: built from request and response
 * shapes observed in public integration guides, not certified by VNPT). Paths are relative to a
 * base such as {@code https://gwsca.vnpt.vn/sca/sp769/v1/}.
 */
public final class SmartCaProtocol {

  /** Certificate look-up. */
  public static final String PATH_CERTIFICATE = "credentials/get_certificate";

  /** Sign-hash request; triggers the confirmation on the signer's phone. */
  public static final String PATH_SIGN = "signatures/sign";

  /** Transaction status; {@code %s} is the transaction id. */
  public static final String PATH_STATUS = "signatures/sign/%s/status";

  static final String SP_ID = "sp_id";
  static final String SP_PASSWORD = "sp_password";
  static final String USER_ID = "user_id";
  static final String SERIAL_NUMBER = "serial_number";
  static final String TRANSACTION_ID = "transaction_id";
  static final String TRANSACTION_DESC = "transaction_desc";
  static final String SIGN_FILES = "sign_files";
  static final String DATA_TO_BE_SIGNED = "data_to_be_signed";
  static final String DOC_ID = "doc_id";
  static final String FILE_TYPE = "file_type";
  static final String SIGN_TYPE = "sign_type";
  static final String STATUS_CODE = "status_code";
  static final String DATA = "data";
  static final String USER_CERTIFICATES = "user_certificates";
  static final String CERT_DATA = "cert_data";
  static final String CHAIN_DATA = "chain_data";
  static final String CA_CERT = "ca_cert";
  static final String ROOT_CERT = "root_cert";
  static final String SIGNATURES = "signatures";
  static final String SIGNATURE_VALUE = "signature_value";

  private SmartCaProtocol() {}

  /**
   * The fields that authenticate the service partner and name the signer.
   *
   * @param spId the partner id
   * @param spPassword the partner password
   * @param userId the signer's user id
   * @return a mutable map to add to
   */
  public static Map<String, Object> partner(String spId, char[] spPassword, String userId) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(SP_ID, spId);
    m.put(SP_PASSWORD, new String(spPassword));
    m.put(USER_ID, userId);
    return m;
  }

  /**
   * Adds the certificate look-up fields.
   *
   * @param body the partner fields
   * @param serialNumber the certificate serial, or null for all
   * @param transactionId a fresh id
   * @return the body
   */
  public static Map<String, Object> certificateRequest(
      Map<String, Object> body, @Nullable String serialNumber, String transactionId) {
    if (serialNumber != null) {
      body.put(SERIAL_NUMBER, serialNumber);
    }
    body.put(TRANSACTION_ID, transactionId);
    return body;
  }

  /**
   * Adds the sign request fields: one {@code sign_files} entry per hash, hash in hex, {@code
   * sign_type = hash}.
   *
   * @param body the partner fields
   * @param serialNumber the certificate serial
   * @param transactionId a fresh id
   * @param description the text shown on the signer's phone
   * @param hashes the hashes
   * @return the body
   */
  public static Map<String, Object> signRequest(
      Map<String, Object> body,
      String serialNumber,
      String transactionId,
      String description,
      List<byte[]> hashes) {
    List<Map<String, String>> files = new ArrayList<>();
    for (int i = 0; i < hashes.size(); i++) {
      Map<String, String> f = new LinkedHashMap<>();
      f.put(DATA_TO_BE_SIGNED, HexFormat.of().formatHex(hashes.get(i)));
      f.put(DOC_ID, Integer.toString(i));
      f.put(FILE_TYPE, "hash");
      f.put(SIGN_TYPE, "hash");
      files.add(f);
    }
    body.put(SERIAL_NUMBER, serialNumber);
    body.put(TRANSACTION_ID, transactionId);
    body.put(TRANSACTION_DESC, description);
    body.put(SIGN_FILES, files);
    return body;
  }

  /**
   * Checks the envelope {@code {status_code, message, data}}: an answer that is not 200 is a
   * refusal or, for 401/403-like codes, bad partner credentials.
   *
   * @param a the answer
   * @param transactionId the transaction, or null
   * @return the {@code data} member (maybe empty)
   */
  public static Map<String, Object> data(RemoteHttp.Answer a, @Nullable String transactionId) {
    String code = Json.optString(a.json(), STATUS_CODE);
    if (a.status() == 401 || a.status() == 403 || "401".equals(code) || "403".equals(code)) {
      throw RemoteErrors.unauthorised(a.uri(), a.status(), code);
    }
    if (a.status() != 200) {
      throw RemoteHttp.invalid(a.uri(), a.status(), "HTTP " + a.status());
    }
    if (code == null) {
      throw RemoteHttp.invalid(a.uri(), a.status(), "member " + STATUS_CODE + " missing");
    }
    if (!code.equals("200") && !code.equals("0")) {
      throw RemoteErrors.refused(a.uri(), a.status(), transactionId, code, "status_code");
    }
    Map<String, Object> d = Json.object(a.json(), DATA);
    return d == null ? Map.of() : d;
  }

  /**
   * A certificate the look-up returned.
   *
   * @param serialNumber its serial as the service gives it
   * @param chain signer first
   */
  public record Certificate(String serialNumber, List<X509Certificate> chain) {}

  /**
   * Reads the certificates of a look-up answer.
   *
   * @param a the answer
   * @param data its {@code data}
   * @return the certificates
   */
  public static List<Certificate> certificates(RemoteHttp.Answer a, Map<String, Object> data) {
    List<?> items = Json.array(data, USER_CERTIFICATES);
    List<Certificate> out = new ArrayList<>();
    if (items == null) {
      return out;
    }
    for (Object o : items) {
      if (!(o instanceof Map<?, ?> raw)) {
        throw RemoteHttp.invalid(a.uri(), a.status(), USER_CERTIFICATES + " holds a non-object");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> c = (Map<String, Object>) raw;
      List<String> pem = new ArrayList<>();
      pem.add(Json.string(a.uri(), a.status(), c, CERT_DATA));
      Map<String, Object> chain = Json.object(c, CHAIN_DATA);
      for (String k : List.of(CA_CERT, ROOT_CERT)) {
        String v = Json.optString(chain, k);
        if (v != null && !v.isBlank()) {
          pem.add(v);
        }
      }
      out.add(
          new Certificate(
              Json.string(a.uri(), a.status(), c, SERIAL_NUMBER),
              Json.chain(a.uri(), a.status(), pem)));
    }
    return out;
  }

  /**
   * Reads the transaction id the sign request returned.
   *
   * @param a the answer
   * @param data its {@code data}
   * @param sent the id sent, used when the answer has none
   * @return the id to poll
   */
  public static String transactionId(RemoteHttp.Answer a, Map<String, Object> data, String sent) {
    String id = Json.optString(data, TRANSACTION_ID);
    return id == null || id.isBlank() ? sent : id;
  }

  /**
   * Reads the values of a status answer: empty while the signer has not confirmed.
   *
   * @param a the answer
   * @param data its {@code data}
   * @param count the number of hashes sent
   * @return the values in hash order, or empty while pending
   */
  public static Optional<List<byte[]>> signatures(
      RemoteHttp.Answer a, Map<String, Object> data, int count) {
    List<?> items = Json.array(data, SIGNATURES);
    if (items == null || items.isEmpty()) {
      return Optional.empty();
    }
    byte[][] out = new byte[count][];
    for (Object o : items) {
      if (!(o instanceof Map<?, ?> raw)) {
        throw RemoteHttp.invalid(a.uri(), a.status(), SIGNATURES + " holds a non-object");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> s = (Map<String, Object>) raw;
      int i;
      try {
        i = Integer.parseInt(Json.string(a.uri(), a.status(), s, DOC_ID));
      } catch (NumberFormatException e) {
        throw RemoteHttp.invalid(a.uri(), a.status(), "unknown " + DOC_ID);
      }
      if (i < 0 || i >= count) {
        throw RemoteHttp.invalid(a.uri(), a.status(), "unknown " + DOC_ID);
      }
      out[i] =
          Json.base64(
              a.uri(), a.status(), Json.string(a.uri(), a.status(), s, SIGNATURE_VALUE), "value");
    }
    for (byte[] v : out) {
      if (v == null) {
        throw RemoteHttp.invalid(a.uri(), a.status(), "a signature is missing");
      }
    }
    return Optional.of(List.of(out));
  }

  /**
   * Resolves the status path.
   *
   * @param base the base URL
   * @param transactionId the transaction
   * @return the URL
   */
  public static URI statusUri(URI base, String transactionId) {
    return base.resolve(
        String.format(
            PATH_STATUS,
            java.net.URLEncoder.encode(transactionId, java.nio.charset.StandardCharsets.UTF_8)));
  }
}
