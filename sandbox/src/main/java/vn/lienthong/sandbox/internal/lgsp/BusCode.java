package vn.lienthong.sandbox.internal.lgsp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.sandbox.SandboxErrorCode;

/**
 * A bus error code ({@code LT-BUS-NNNN}) with its category, HTTP status, retryability and titles,
 * read from {@code x-lienthong-codes} of {@code contracts/bus/envelope.yaml} so the sandbox and the
 * contract cannot disagree.
 *
 * @param code the code
 * @param category the error category
 * @param status the HTTP status
 * @param retryable whether a client may retry with the same message id
 * @param titleEn the English title
 * @param titleVi the Vietnamese title
 */
public record BusCode(
    String code, String category, int status, boolean retryable, String titleEn, String titleVi) {

  /** Malformed envelope header. */
  public static final String MALFORMED_HEADER = "LT-BUS-0001";

  /** Missing envelope header. */
  public static final String MISSING_HEADER = "LT-BUS-0002";

  /** Duplicated envelope header. */
  public static final String DUPLICATED_HEADER = "LT-BUS-0003";

  /** Request hash does not match. */
  public static final String HASH_MISMATCH = "LT-BUS-0004";

  /** Unsupported protocol version. */
  public static final String PROTOCOL_VERSION = "LT-BUS-0005";

  /** Body too large. */
  public static final String TOO_LARGE = "LT-BUS-0006";

  /** Unsupported content type. */
  public static final String MEDIA_TYPE = "LT-BUS-0007";

  /** Body outside the contract. */
  public static final String CONTRACT = "LT-BUS-0008";

  /** Message id reused with another body. */
  public static final String ID_REUSED = "LT-BUS-0009";

  /** Missing or invalid credentials. */
  public static final String CREDENTIALS = "LT-BUS-0101";

  /** Token expired. */
  public static final String TOKEN_EXPIRED = "LT-BUS-0102";

  /** Client not allowed. */
  public static final String NOT_ALLOWED = "LT-BUS-0103";

  /** Unknown service. */
  public static final String UNKNOWN_SERVICE = "LT-BUS-0201";

  /** Version not available. */
  public static final String UNKNOWN_VERSION = "LT-BUS-0202";

  /** Provider unavailable. */
  public static final String UNAVAILABLE = "LT-BUS-0303";

  /** Provider answered outside the contract. */
  public static final String OUTSIDE_CONTRACT = "LT-BUS-0304";

  /** Refused by the provider. */
  public static final String REFUSED = "LT-BUS-0501";

  /** No such record. */
  public static final String NO_RECORD = "LT-BUS-0502";

  /** State conflict. */
  public static final String STATE_CONFLICT = "LT-BUS-0503";

  private static final Map<String, BusCode> ALL = load();

  /**
   * Returns a code of the contract.
   *
   * @param code such as {@code LT-BUS-0002}
   * @return the code
   * @throws IllegalArgumentException if the contract does not list it
   */
  public static BusCode of(String code) {
    BusCode c = ALL.get(code);
    if (c == null) {
      throw new IllegalArgumentException("not a bus code of the contract: " + code);
    }
    return c;
  }

  /**
   * Returns every code of the contract.
   *
   * @return code to definition, in contract order
   */
  public static Map<String, BusCode> all() {
    return ALL;
  }

  /**
   * Returns the title in the language asked.
   *
   * @param locale the language
   * @return the title
   */
  public String title(Locale locale) {
    return "en".equals(locale.getLanguage()) ? titleEn : titleVi;
  }

  private static Map<String, BusCode> load() {
    String path = "/contracts/bus/envelope.yaml";
    try (InputStream in = BusCode.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException("missing");
      }
      JsonNode codes =
          new ObjectMapper(new YAMLFactory())
              .readTree(in)
              .at("/components/schemas/BusErrorCode/x-lienthong-codes");
      Map<String, BusCode> m = new LinkedHashMap<>();
      codes
          .properties()
          .forEach(
              e -> {
                JsonNode v = e.getValue();
                m.put(
                    e.getKey(),
                    new BusCode(
                        e.getKey(),
                        v.path("category").asText(),
                        v.path("status").asInt(),
                        v.path("retryable").asBoolean(),
                        v.path("title_en").asText(),
                        v.path("title_vi").asText()));
              });
      if (m.isEmpty()) {
        throw new IOException("no x-lienthong-codes");
      }
      return Collections.unmodifiableMap(m);
    } catch (IOException e) {
      throw new ConfigurationException(
          SandboxErrorCode.CONTRACT_UNREADABLE,
          ErrorDetails.field("contract")
              .rule("load")
              .rejectedValue(path)
              .with("reason", String.valueOf(e.getMessage())),
          e);
    }
  }
}
