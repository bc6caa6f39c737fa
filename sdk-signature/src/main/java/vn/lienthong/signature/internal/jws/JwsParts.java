package vn.lienthong.signature.internal.jws;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.signature.SignatureErrorCode;

/**
 * One signature of a JWS as found in its serialisation, not yet decoded.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param protectedHeader the base64url protected header
 * @param unprotectedHeader the JSON unprotected header, or null
 * @param payload the payload part as written (base64url, raw for {@code b64: false}), or null
 * @param signature the base64url signature value
 */
public record JwsParts(
    String protectedHeader,
    @Nullable Map<String, Object> unprotectedHeader,
    @Nullable String payload,
    String signature) {

  /**
   * Splits a JWS in compact or JSON (general or flattened) serialisation.
   *
   * @param jws the JWS text, already size-checked
   * @param maxSignatures the most signatures accepted
   * @return its signatures, at least one
   * @throws InvalidInputException if it is not well-formed ({@code LT-SIG-0402})
   */
  public static List<JwsParts> split(String jws, int maxSignatures) {
    String text = jws.strip();
    if (text.startsWith("{")) {
      return json(text, maxSignatures);
    }
    int first = text.indexOf('.');
    int second = first < 0 ? -1 : text.indexOf('.', first + 1);
    if (second < 0 || text.indexOf('.', second + 1) >= 0) {
      throw malformed("compact serialisation needs exactly three parts");
    }
    String payload = text.substring(first + 1, second);
    return List.of(
        new JwsParts(
            text.substring(0, first),
            null,
            payload.isEmpty() ? null : payload,
            text.substring(second + 1)));
  }

  private static List<JwsParts> json(String text, int maxSignatures) {
    Map<String, Object> json;
    try {
      json = JSONObjectUtils.parse(text, text.length());
    } catch (ParseException | RuntimeException e) {
      throw malformed("not a JSON object");
    }
    String payload = string(json, "payload", false);
    Object signatures = json.get("signatures");
    List<JwsParts> parts = new ArrayList<>();
    if (signatures == null) {
      parts.add(entry(json, payload));
    } else {
      if (json.containsKey("signature") || json.containsKey("protected")) {
        throw malformed("both general and flattened members");
      }
      if (!(signatures instanceof List<?> list) || list.isEmpty()) {
        throw malformed("\"signatures\" is not a non-empty array");
      }
      if (list.size() > maxSignatures) {
        throw malformed("more than " + maxSignatures + " signatures");
      }
      for (Object o : list) {
        if (!(o instanceof Map<?, ?>)) {
          throw malformed("a signature is not a JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) o;
        parts.add(entry(m, payload));
      }
    }
    return parts;
  }

  private static JwsParts entry(Map<String, Object> m, @Nullable String payload) {
    Object header = m.get("header");
    if (header != null && !(header instanceof Map<?, ?>)) {
      throw malformed("\"header\" is not a JSON object");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> unprotected = (Map<String, Object>) header;
    String protectedHeader = string(m, "protected", true);
    String signature = string(m, "signature", true);
    return new JwsParts(
        protectedHeader == null ? "" : protectedHeader,
        unprotected,
        payload,
        signature == null ? "" : signature);
  }

  private static @Nullable String string(Map<String, Object> m, String name, boolean required) {
    Object v = m.get(name);
    if (v == null && !required) {
      return null;
    }
    if (!(v instanceof String s)) {
      throw malformed("\"" + name + "\" is missing or not a string");
    }
    return s;
  }

  /**
   * Returns the error for a malformed JWS.
   *
   * @param reason what is wrong, without personal data
   * @return the exception to throw
   */
  public static InvalidInputException malformed(String reason) {
    return new InvalidInputException(
        SignatureErrorCode.JWS_MALFORMED,
        ErrorDetails.field("jws").rule("signature.jws.syntax").with("reason", reason));
  }
}
