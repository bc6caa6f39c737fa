package vn.lienthong.signature.internal.jws;

import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * JAdES B-T (ETSI TS 119 182-1, 5.3): the {@code sigTst} unsigned component in the {@code etsiU}
 * array of the JWS unprotected header. Each {@code etsiU} element is the base64url encoding of a
 * JSON object with one member, here {@code {"sigTst":{"tstTokens":[{"val":"<base64 DER
 * token>"}]}}}; the token's message imprint is computed over the base64url-encoded JWS Signature
 * Value as it appears in the JWS (its ASCII bytes). Reading also accepts clear (not encoded)
 * components, which the specification allows when every element of the array is clear. Thread-safe
 * (stateless).
 */
public final class JadesTimestamps {

  /** The unprotected header member holding the unsigned components. */
  public static final String ETSI_U = "etsiU";

  /** The most {@code etsiU} elements read. */
  public static final int MAX_COMPONENTS = 16;

  /** The most signature timestamps read from one signature. */
  public static final int MAX_TIMESTAMPS = 4;

  private JadesTimestamps() {}

  /**
   * Returns the bytes a signature timestamp covers.
   *
   * @param encodedSignature the base64url JWS Signature Value as it appears in the JWS
   * @return its ASCII bytes
   */
  public static byte[] imprintInput(String encodedSignature) {
    return encodedSignature.getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * Builds the unprotected header carrying one signature timestamp, its component base64url
   * encoded.
   *
   * @param token the DER timestamp token
   * @return the header, {@code {"etsiU":["<base64url sigTst>"]}}
   */
  public static Map<String, Object> unprotectedHeader(byte[] token) {
    Map<String, Object> val = new LinkedHashMap<>();
    val.put("val", Base64.getEncoder().encodeToString(token));
    Map<String, Object> container = new LinkedHashMap<>();
    container.put("tstTokens", List.of(val));
    Map<String, Object> component = new LinkedHashMap<>();
    component.put("sigTst", container);
    String encoded = Base64URL.encode(JSONObjectUtils.toJSONString(component)).toString();
    Map<String, Object> header = new LinkedHashMap<>();
    header.put(ETSI_U, List.of(encoded));
    return header;
  }

  /**
   * Reads the signature timestamp tokens of a signature's unprotected header.
   *
   * @param unprotected the unprotected header, or null
   * @return the DER tokens, at most {@link #MAX_TIMESTAMPS}; an unreadable one as an empty array
   */
  public static List<byte[]> signatureTimestamps(@Nullable Map<String, Object> unprotected) {
    List<byte[]> tokens = new ArrayList<>();
    Object etsiU = unprotected == null ? null : unprotected.get(ETSI_U);
    if (!(etsiU instanceof List<?> components)) {
      return tokens;
    }
    Boolean encoded = null;
    int read = 0;
    for (Object c : components) {
      if (++read > MAX_COMPONENTS || tokens.size() >= MAX_TIMESTAMPS) {
        break;
      }
      boolean isString = c instanceof String;
      if (encoded != null && encoded != isString) {
        // mixed encoded and clear components: the specification forbids it
        tokens.add(new byte[0]);
        break;
      }
      encoded = isString;
      Map<String, Object> component = component(c);
      if (component == null || !component.containsKey("sigTst")) {
        continue;
      }
      tokens.addAll(tokens(component.get("sigTst")));
    }
    return tokens.size() > MAX_TIMESTAMPS ? tokens.subList(0, MAX_TIMESTAMPS) : tokens;
  }

  @SuppressWarnings("unchecked")
  private static @Nullable Map<String, Object> component(Object c) {
    if (c instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    if (!(c instanceof String s)) {
      return null;
    }
    byte[] json = JwsValidation.decode(s);
    if (json == null) {
      return Map.of("sigTst", "unreadable");
    }
    try {
      return JSONObjectUtils.parse(new String(json, StandardCharsets.UTF_8));
    } catch (ParseException | RuntimeException e) {
      return Map.of("sigTst", "unreadable");
    }
  }

  private static List<byte[]> tokens(@Nullable Object sigTst) {
    List<byte[]> list = new ArrayList<>();
    if (!(sigTst instanceof Map<?, ?> container)
        || !(container.get("tstTokens") instanceof List<?> tstTokens)
        || tstTokens.isEmpty()) {
      list.add(new byte[0]);
      return list;
    }
    for (Object t : tstTokens) {
      if (list.size() >= MAX_TIMESTAMPS) {
        break;
      }
      if (t instanceof Map<?, ?> token && token.get("val") instanceof String val) {
        try {
          list.add(Base64.getDecoder().decode(val));
        } catch (IllegalArgumentException e) {
          list.add(new byte[0]);
        }
      } else {
        list.add(new byte[0]);
      }
    }
    return list;
  }
}
