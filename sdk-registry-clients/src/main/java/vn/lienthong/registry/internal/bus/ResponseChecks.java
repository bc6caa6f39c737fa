package vn.lienthong.registry.internal.bus;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.lienthong.registry.BusException;
import vn.lienthong.registry.RegistryErrorCode;

/** Checks a response's envelope: echoed message id and request hash, protocol, content type. */
public final class ResponseChecks {

  private final String service;
  private final String messageId;
  private final String requestHash;

  /**
   * Creates the checks of one call.
   *
   * @param service the service (for messages)
   * @param messageId the message id sent
   * @param requestHash the hash of the body sent
   */
  public ResponseChecks(String service, String messageId, String requestHash) {
    this.service = service;
    this.messageId = messageId;
    this.requestHash = requestHash;
  }

  /**
   * Returns the single value of a header, checking it is not duplicated.
   *
   * @param headers the headers
   * @param name the name
   * @param required whether it must be present
   * @return the value, or null when absent and not required
   * @throws BusException if duplicated, or missing while required
   */
  public @Nullable String single(HttpHeaders headers, String name, boolean required) {
    List<String> values = headers.allValues(name);
    if (values.size() > 1) {
      throw protocol(RegistryErrorCode.RESPONSE_HEADER_DUPLICATED, name, null);
    }
    if (values.isEmpty()) {
      if (required) {
        throw protocol(RegistryErrorCode.RESPONSE_HEADER_MISSING, name, null);
      }
      return null;
    }
    return values.get(0);
  }

  /**
   * Checks the envelope headers of a response.
   *
   * @param headers the headers
   * @param success whether the status is 2xx (then every envelope header is required)
   * @return whether the provider replayed a stored response
   * @throws BusException for a missing, duplicated or malformed header, a different message id or
   *     request hash
   */
  public boolean checkEnvelope(HttpHeaders headers, boolean success) {
    String version = single(headers, Envelope.H_PROTOCOL_VERSION, success);
    if (version != null
        && (!WireChecks.isProtocolVersion(version) || !version.startsWith(Envelope.MAJOR + "."))) {
      throw protocol(
          RegistryErrorCode.RESPONSE_HEADER_MALFORMED, Envelope.H_PROTOCOL_VERSION, version);
    }
    String id = single(headers, Envelope.H_ID, success);
    if (id != null && !id.equals(messageId)) {
      throw protocol(RegistryErrorCode.RESPONSE_MESSAGE_ID_MISMATCH, Envelope.H_ID, id);
    }
    String hash = single(headers, Envelope.H_REQUEST_HASH, success);
    if (hash != null) {
      if (!WireChecks.isRequestHash(hash)) {
        throw protocol(RegistryErrorCode.RESPONSE_HEADER_MALFORMED, Envelope.H_REQUEST_HASH, hash);
      }
      if (!hash.equals(requestHash)) {
        throw protocol(
            RegistryErrorCode.RESPONSE_REQUEST_HASH_MISMATCH, Envelope.H_REQUEST_HASH, hash);
      }
    }
    String replayed = single(headers, Envelope.H_REPLAYED, false);
    if (replayed != null && !replayed.equals("true")) {
      throw protocol(RegistryErrorCode.RESPONSE_HEADER_MALFORMED, Envelope.H_REPLAYED, replayed);
    }
    return replayed != null;
  }

  /**
   * Checks the content type against the expected media types.
   *
   * @param headers the headers
   * @param status the status (for the message)
   * @param expected acceptable media types (without parameters)
   * @return the content type
   * @throws BusException if it is missing, duplicated, another type or not UTF-8
   */
  public String checkContentType(HttpHeaders headers, int status, String... expected) {
    String raw = single(headers, "Content-Type", true);
    String type = mediaType(raw);
    for (String e : expected) {
      if (type.equals(e) && utf8(raw)) {
        return raw;
      }
    }
    throw BusErrors.error(RegistryErrorCode.RESPONSE_CONTENT_TYPE)
        .service(service)
        .messageId(messageId)
        .status(status)
        .value(raw)
        .arg("expected", String.join(" or ", expected))
        .build();
  }

  /**
   * Returns the media type without parameters, lower case.
   *
   * @param raw the header value
   * @return the media type
   */
  public static String mediaType(@Nullable String raw) {
    if (raw == null) {
      return "";
    }
    int semi = raw.indexOf(';');
    return (semi < 0 ? raw : raw.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
  }

  private static final String CHARSET = "charset";

  /**
   * Tells whether a Content-Type's charset parameter, if any, is UTF-8: the first {@code charset=}
   * parameter, its value optionally quoted, compared without case.
   */
  private static boolean utf8(String raw) {
    int semi = raw.indexOf(';');
    while (semi >= 0) {
      int next = raw.indexOf(';', semi + 1);
      String param = raw.substring(semi + 1, next < 0 ? raw.length() : next).strip();
      int eq = param.indexOf('=');
      if (eq > 0 && param.substring(0, eq).strip().equalsIgnoreCase(CHARSET)) {
        String value = param.substring(eq + 1).strip();
        if (value.startsWith("\"")) {
          value = value.substring(1);
        }
        int end = 0;
        while (end < value.length()
            && value.charAt(end) != '"'
            && !Character.isWhitespace(value.charAt(end))) {
          end++;
        }
        value = value.substring(0, end);
        if (!value.isEmpty()) {
          return value.equalsIgnoreCase("utf-8") || value.equalsIgnoreCase("utf8");
        }
      }
      semi = next;
    }
    return true;
  }

  /**
   * Builds a protocol error about a header.
   *
   * @param code the code
   * @param header the header
   * @param value the offending value, or null
   * @return the exception
   */
  public BusException protocol(RegistryErrorCode code, String header, @Nullable String value) {
    BusErrors e = BusErrors.error(code).service(service).messageId(messageId).field(header);
    if (value != null) {
      e.value(value);
    }
    return e.build();
  }

  /**
   * Builds a malformed-body error.
   *
   * @param status the status
   * @param where JSON pointer or part
   * @param reason why
   * @param cause the cause, or null
   * @return the exception
   */
  public BusException malformed(
      int status, String where, String reason, @Nullable Throwable cause) {
    return BusErrors.error(RegistryErrorCode.RESPONSE_MALFORMED)
        .service(service)
        .messageId(messageId)
        .status(status)
        .field(where)
        .arg("reason", reason)
        .cause(cause)
        .build();
  }
}
