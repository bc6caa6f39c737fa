package vn.lienthong.registry;

import vn.lienthong.core.ErrorCode;

/**
 * The error codes of sdk-registry-clients, {@code LT-REG-NNNN}: {@code 00xx} bus calls and registry
 * clients, {@code 01xx} durable outbox and exchange log, {@code 02xx} edXML document exchange,
 * {@code 09xx} configuration.
 *
 * <p>Texts live in {@code vn/lienthong/registry/messages_vi.properties} and {@code
 * messages_en.properties}. Every constant ends with a comma; the closing semicolon stays alone on
 * the last line, so sections can grow independently.
 *
 * @since 0.1.0
 */
public enum RegistryErrorCode implements ErrorCode {
  // ---- 00xx: bus calls, authentication, registry and portal clients ----
  /**
   * The provider or bus rejected the request as malformed or outside the protocol (category
   * client).
   */
  REMOTE_CLIENT_ERROR("LT-REG-0001", false, 400),
  /** The bus or provider refused the credentials (category authentication). */
  REMOTE_AUTHENTICATION_FAILED("LT-REG-0002", false, 401),
  /** The bus could not route the call to the service (category routing). */
  REMOTE_ROUTING_FAILED("LT-REG-0003", false, 404),
  /** The provider is unreachable, timed out or unavailable (category provider-down). */
  PROVIDER_DOWN("LT-REG-0004", true, 503),
  /** The bus itself failed (category bus-internal). */
  BUS_INTERNAL_ERROR("LT-REG-0005", true, 502),
  /** The provider refused the request for a business reason (category business). */
  BUSINESS_ERROR("LT-REG-0006", false, 422),
  /** The provider rejected the request because it exceeded a quota; retry after a pause. */
  REMOTE_RATE_LIMITED("LT-REG-0007", true, 429),
  /** The provider saw the message id before with another body. */
  REMOTE_MESSAGE_ID_REUSED("LT-REG-0008", false, 409),
  /** The response does not echo the request's message id. */
  RESPONSE_MESSAGE_ID_MISMATCH("LT-REG-0010", false, 502),
  /** The response's request hash does not match the request sent. */
  RESPONSE_REQUEST_HASH_MISMATCH("LT-REG-0011", false, 502),
  /** A required envelope header is missing from the response. */
  RESPONSE_HEADER_MISSING("LT-REG-0012", false, 502),
  /** An envelope header appears more than once in the response. */
  RESPONSE_HEADER_DUPLICATED("LT-REG-0013", false, 502),
  /** An envelope header of the response is malformed or names an unsupported protocol version. */
  RESPONSE_HEADER_MALFORMED("LT-REG-0014", false, 502),
  /** The response has a content type the operation does not produce. */
  RESPONSE_CONTENT_TYPE("LT-REG-0015", false, 502),
  /** The response body exceeds the size cap. */
  RESPONSE_TOO_LARGE("LT-REG-0016", false, 502),
  /** The response body is not well-formed or not what the contract describes. */
  RESPONSE_MALFORMED("LT-REG-0017", false, 502),
  /** The caller reused a message id with a different body. */
  MESSAGE_ID_REUSED("LT-REG-0018", false, 400),
  /** The request body does not satisfy the service contract; nothing was sent. */
  REQUEST_OUTSIDE_CONTRACT("LT-REG-0019", false, 400),
  /** The call did not complete within its timeout. */
  CALL_TIMED_OUT("LT-REG-0020", true, 504),
  /** The connection to the bus failed. */
  CONNECTION_FAILED("LT-REG-0021", true, 502),
  /** The circuit breaker is open after repeated failures of the service; nothing was sent. */
  CIRCUIT_OPEN("LT-REG-0022", true, 503),
  /** Too many calls are in flight to the service; nothing was sent. */
  BULKHEAD_FULL("LT-REG-0023", true, 503),
  /** The LGSP token endpoint refused the client credentials. */
  TOKEN_REFUSED("LT-REG-0024", false, 401),
  /** The LGSP token endpoint is unreachable or answered with a server error. */
  TOKEN_ENDPOINT_UNAVAILABLE("LT-REG-0025", true, 503),
  /** The LGSP token endpoint answered with something that is not a valid token response. */
  TOKEN_RESPONSE_MALFORMED("LT-REG-0026", false, 502),
  /** The SOAP service answered with a fault. */
  SOAP_FAULT("LT-REG-0027", false, 502),
  /** The calling thread was interrupted while waiting for the bus. */
  CALL_INTERRUPTED("LT-REG-0028", false, 503),
  /** A value given to a registry or portal client is not acceptable on the wire. */
  INVALID_REQUEST_VALUE("LT-REG-0029", false, 400),

  // ---- 01xx: durable outbox and exchange log (audit) ----

  /** A message given to the outbox breaks a rule (missing part, too long, bad characters). */
  OUTBOX_MESSAGE_INVALID("LT-REG-0101"),
  /** A message with the same id is already in the outbox. */
  OUTBOX_DUPLICATE_MESSAGE_ID("LT-REG-0102", false, 409),
  /** The outbox database failed; the operation may succeed later. */
  OUTBOX_DATABASE_FAILED("LT-REG-0103", true, 503),
  /** The database product is not one the outbox, inbox or exchange log supports. */
  DATABASE_NOT_SUPPORTED("LT-REG-0104", false, 500),
  /** The receiver's inbox (de-duplication table) failed; the message may be processed later. */
  INBOX_DATABASE_FAILED("LT-REG-0105", true, 503),
  /** An exchange-log record breaks a rule (missing part, too long, bad digest). */
  EXCHANGE_RECORD_INVALID("LT-REG-0106"),
  /** The exchange log database failed; the append may succeed later. */
  EXCHANGE_LOG_DATABASE_FAILED("LT-REG-0107", true, 503),
  /** An exchange-log export file cannot be written or read, or is not in the export format. */
  EXCHANGE_LOG_FILE_FAILED("LT-REG-0108", false, 500),

  // ---- 02xx: edXML document exchange ----

  /** An edXML package larger than the size cap; rejected unread. */
  EDXML_TOO_LARGE("LT-REG-0201", false, 413),
  /** An edXML package that is not well-formed XML or declares a DTD. */
  EDXML_MALFORMED("LT-REG-0202"),
  /** An edXML package or status message that does not satisfy the QCVN 102:2016 structure. */
  EDXML_STRUCTURE("LT-REG-0203"),
  /** The manifest and the attachments of an edXML package do not name the same parts. */
  EDXML_MANIFEST_MISMATCH("LT-REG-0204"),
  /** A part given to an edXML builder is missing or invalid. */
  EDXML_INVALID_PART("LT-REG-0205"),

// ---- 09xx: configuration ----

;

  private final String code;
  private final boolean retryable;
  private final int httpStatus;

  RegistryErrorCode(String code) {
    this(code, false, 400);
  }

  RegistryErrorCode(String code, boolean retryable, int httpStatus) {
    this.code = code;
    this.retryable = retryable;
    this.httpStatus = httpStatus;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String bundleBaseName() {
    return "vn.lienthong.registry.messages";
  }

  @Override
  public boolean retryable() {
    return retryable;
  }

  @Override
  public int httpStatus() {
    return httpStatus;
  }
}
