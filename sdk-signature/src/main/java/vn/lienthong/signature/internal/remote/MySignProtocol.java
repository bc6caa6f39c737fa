package vn.lienthong.signature.internal.remote;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.RemoteServiceException;
import vn.lienthong.signature.SignatureErrorCode;

/**
 * Every Viettel MySign field name, path and status code in one place (preview: built from request
 * and response shapes observed in public integration guides, not certified by Viettel). Paths are
 * relative to a base such as {@code https://remotesigning.viettel.vn/}.
 */
public final class MySignProtocol {

  /** Login: client credentials and the signer's user id give a per-user access token. */
  public static final String PATH_LOGIN = "vtss/service/ras/v1/login";

  /** The signer's credentials and certificate chains. */
  public static final String PATH_CERTIFICATES = "vtss/service/certificates/info";

  /**
   * Sign-hash request; with {@code async=1} it returns a transaction id and pushes to the phone.
   */
  public static final String PATH_SIGN_HASH = "vtss/service/signHash";

  /** Transaction status. */
  public static final String PATH_STATUS = "vtss/service/requests/status";

  static final String CLIENT_ID = "client_id";
  static final String CLIENT_SECRET = "client_secret";
  static final String PROFILE_ID = "profile_id";
  static final String USER_ID = "user_id";
  static final String ACCESS_TOKEN = "access_token";
  static final String EXPIRES_IN = "expires_in";
  static final String CREDENTIAL_ID = "credential_id";
  static final String CREDENTIAL_ID_SIGN = "credentialID";
  static final String CERT = "cert";
  static final String CERTIFICATES = "certificates";
  static final String KEY = "key";
  static final String ALGO = "algo";
  static final String NUM_SIGNATURES = "numSignatures";
  static final String DESCRIPTION = "description";
  static final String DOCUMENTS = "documents";
  static final String DOCUMENT_ID = "document_id";
  static final String DOCUMENT_NAME = "document_name";
  static final String HASH = "hash";
  static final String HASH_ALGO = "hashAlgo";
  static final String SIGN_ALGO = "signAlgo";
  static final String ASYNC = "async";
  static final String TRANSACTION_ID = "transactionId";
  static final String SIGNATURES = "signatures";
  static final String STATUS = "status";
  static final String ERROR = "error";

  /** Status: signed. */
  static final String DONE = "1";

  /** Status: waiting for the signer, or the signer confirmed and the service is signing. */
  static final List<String> PENDING = List.of("4000", "6000");

  /** Status: the signer did not confirm in time. */
  static final String EXPIRED = "4001";

  /** Status: internal error of the service. */
  static final String INTERNAL = "50000";

  /** The profile id the guides show. */
  public static final String DEFAULT_PROFILE = "adss:ras:profile:001";

  private MySignProtocol() {}

  /**
   * The login body.
   *
   * @param clientId the client id
   * @param secret the client secret
   * @param profileId the profile id
   * @param userId the signer's user id
   * @return the body
   */
  public static Map<String, Object> login(
      String clientId, char[] secret, String profileId, String userId) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(CLIENT_ID, clientId);
    m.put(CLIENT_SECRET, new String(secret));
    m.put(PROFILE_ID, profileId);
    m.put(USER_ID, userId);
    return m;
  }

  /**
   * The certificate look-up body: the login fields plus chain and key details.
   *
   * @param login the login fields
   * @return the body
   */
  public static Map<String, Object> certificates(Map<String, Object> login) {
    Map<String, Object> m = new LinkedHashMap<>(login);
    m.put(CERTIFICATES, "chain");
    m.put("certInfo", true);
    m.put("authInfo", true);
    return m;
  }

  /**
   * A credential the look-up returned.
   *
   * @param id the credential id
   * @param chain signer first
   * @param keyAlgorithms the key's algorithm OIDs
   */
  public record Credential(String id, List<X509Certificate> chain, List<String> keyAlgorithms) {}

  /**
   * Reads the look-up answer: a JSON array, which the HTTP layer wraps as {@code {"items": [...]}}.
   *
   * @param a the answer
   * @param items the array
   * @return the credentials
   */
  public static List<Credential> credentials(RemoteHttp.Answer a, List<?> items) {
    List<Credential> out = new ArrayList<>();
    for (Object o : items) {
      if (!(o instanceof Map<?, ?> raw)) {
        throw RemoteHttp.invalid(a.uri(), a.status(), "credential is not an object");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> c = (Map<String, Object>) raw;
      Map<String, Object> cert = Json.object(c, CERT);
      Map<String, Object> key = Json.object(c, KEY);
      if (cert == null) {
        throw RemoteHttp.invalid(a.uri(), a.status(), "member cert missing");
      }
      out.add(
          new Credential(
              Json.string(a.uri(), a.status(), c, CREDENTIAL_ID),
              Json.chain(
                  a.uri(), a.status(), Json.strings(a.uri(), a.status(), cert, CERTIFICATES)),
              key == null || Json.array(key, ALGO) == null
                  ? List.of()
                  : Json.strings(a.uri(), a.status(), key, ALGO)));
    }
    return out;
  }

  /**
   * The sign-hash body ({@code async=1}: answer with a transaction id, then poll).
   *
   * @param clientId the client id
   * @param secret the client secret
   * @param credentialId the credential
   * @param description the text shown on the phone
   * @param hashes the hashes
   * @param hashOid the hash algorithm OID
   * @param signOid the signature algorithm OID
   * @return the body
   */
  public static Map<String, Object> signHash(
      String clientId,
      char[] secret,
      String credentialId,
      String description,
      List<byte[]> hashes,
      String hashOid,
      String signOid) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(CLIENT_ID, clientId);
    m.put(CLIENT_SECRET, new String(secret));
    m.put(CREDENTIAL_ID_SIGN, credentialId);
    m.put(NUM_SIGNATURES, hashes.size());
    m.put(DESCRIPTION, b64(description));
    List<Map<String, String>> docs = new ArrayList<>();
    List<String> h = new ArrayList<>();
    for (int i = 0; i < hashes.size(); i++) {
      docs.add(Map.of(DOCUMENT_ID, Integer.toString(i), DOCUMENT_NAME, b64("hash-" + i)));
      h.add(Base64.getEncoder().encodeToString(hashes.get(i)));
    }
    m.put(DOCUMENTS, docs);
    m.put(HASH, h);
    m.put(HASH_ALGO, hashOid);
    m.put(SIGN_ALGO, signOid);
    m.put(ASYNC, 1);
    return m;
  }

  /**
   * The status body.
   *
   * @param transactionId the transaction
   * @return the body
   */
  public static Map<String, Object> status(String transactionId) {
    return Map.of(TRANSACTION_ID, transactionId);
  }

  /**
   * Checks an answer for HTTP and {@code error} failures.
   *
   * @param a the answer
   * @param transactionId the transaction, or null
   * @return the answer
   */
  public static RemoteHttp.Answer checked(RemoteHttp.Answer a, @Nullable String transactionId) {
    String error = Json.optString(a.json(), ERROR);
    if (a.status() == 401 || a.status() == 403) {
      throw RemoteErrors.unauthorised(a.uri(), a.status(), error);
    }
    if (a.status() != 200) {
      throw RemoteErrors.refused(a.uri(), a.status(), transactionId, error, "HTTP " + a.status());
    }
    if (error != null && !error.equals("0")) {
      throw RemoteErrors.refused(a.uri(), a.status(), transactionId, error, "error");
    }
    return a;
  }

  /**
   * Reads the token of a login answer.
   *
   * @param a the answer
   * @return the token and its lifetime in seconds
   */
  public static Map.Entry<String, Long> token(RemoteHttp.Answer a) {
    String e = Json.optString(a.json(), EXPIRES_IN);
    long seconds;
    try {
      seconds = e == null ? 3600 : Long.parseLong(e.strip());
    } catch (NumberFormatException x) {
      seconds = 3600;
    }
    return Map.entry(a.string(ACCESS_TOKEN), seconds);
  }

  /**
   * Reads a sign-hash answer: a transaction id to poll, or values directly.
   *
   * @param a the answer
   * @return the transaction id, or null when values came back at once
   */
  public static @Nullable String transactionId(RemoteHttp.Answer a) {
    return Json.optString(a.json(), TRANSACTION_ID);
  }

  /**
   * Reads the values of a sign-hash or status answer.
   *
   * @param a the answer
   * @param count the number of hashes sent
   * @return the values
   */
  public static List<byte[]> values(RemoteHttp.Answer a, int count) {
    List<String> v = Json.strings(a.uri(), a.status(), a.json(), SIGNATURES);
    if (v.size() != count) {
      throw RemoteHttp.invalid(a.uri(), a.status(), "expected " + count + " signatures");
    }
    List<byte[]> out = new ArrayList<>();
    for (String s : v) {
      out.add(Json.base64(a.uri(), a.status(), s, "signature"));
    }
    return out;
  }

  /**
   * Reads a status answer: empty while pending.
   *
   * @param a the answer
   * @param transactionId the transaction
   * @param count the number of hashes sent
   * @return the values, or empty while pending
   * @throws RemoteServiceException {@code LT-SIG-0516}, {@code LT-SIG-0513} or {@code LT-SIG-0514}
   *     by status code
   */
  public static Optional<List<byte[]>> poll(RemoteHttp.Answer a, String transactionId, int count) {
    checked(a, transactionId);
    String status = Json.optString(a.json(), STATUS);
    if (DONE.equals(status)) {
      return Optional.of(values(a, count));
    }
    if (status == null || PENDING.contains(status)) {
      return Optional.empty();
    }
    if (EXPIRED.equals(status)) {
      throw new RemoteServiceException(
          SignatureErrorCode.REMOTE_CONFIRMATION_TIMEOUT,
          vn.lienthong.core.ErrorDetails.field("transactionId")
              .rejectedValue(transactionId)
              .with("timeout", "the provider's limit"),
          a.status(),
          transactionId,
          status,
          null);
    }
    if (INTERNAL.equals(status)) {
      throw RemoteHttp.unavailable(a.uri(), a.status(), "status " + status, null);
    }
    throw RemoteErrors.refused(a.uri(), a.status(), transactionId, status, "status");
  }

  private static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }
}
