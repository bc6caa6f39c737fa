package vn.lienthong.sandbox;

import vn.lienthong.core.ErrorCode;

/**
 * The error codes of sandbox, {@code LT-SBX-NNNN}: {@code 00xx} identity provider, {@code 01xx}
 * registries, portal, document exchange and LGSP token endpoint, {@code 09xx} configuration. The
 * sandbox answers bad requests with RFC 9457 problem details carrying these codes.
 *
 * <p>Texts live in {@code vn/lienthong/sandbox/messages_vi.properties} and {@code
 * messages_en.properties}. Every constant ends with a comma; the closing semicolon stays alone on
 * the last line, so sections can grow independently.
 *
 * @since 0.1.0
 */
public enum SandboxErrorCode implements ErrorCode {
  // ---- 00xx: identity provider ----

  /** A request body is larger than the sandbox accepts. */
  BODY_TOO_LARGE("LT-SBX-0001", false, 413),
  /** The request headers are too many or too large. */
  HEADERS_TOO_LARGE("LT-SBX-0002", false, 431),
  /** A form or query string is malformed (bad percent-encoding, too many parameters). */
  MALFORMED_FORM("LT-SBX-0003"),
  /** A request body is not well-formed JSON. */
  MALFORMED_JSON("LT-SBX-0004"),
  /** No sandbox service or endpoint has this path. */
  NOT_FOUND("LT-SBX-0005", false, 404),
  /** The endpoint exists but not for this method. */
  METHOD_NOT_ALLOWED("LT-SBX-0006", false, 405),
  /** The request body has a media type the endpoint does not take. */
  UNSUPPORTED_MEDIA_TYPE("LT-SBX-0007", false, 415),
  /** The sandbox failed while handling a request: a sandbox bug. */
  INTERNAL_ERROR("LT-SBX-0008", false, 500),
  /** A request parameter appears more than once (RFC 6749 section 3.1 forbids it). */
  PARAMETER_REPEATED("LT-SBX-0009"),
  /** The request target (path and query) is too long. */
  TARGET_TOO_LONG("LT-SBX-0010", false, 414),
  /** No test persona has this id. */
  PERSONA_UNKNOWN("LT-SBX-0011"),
  /** The persona cannot log in at this issuer (a citizen at the officer SSO...). */
  PERSONA_NOT_ALLOWED("LT-SBX-0012"),
  /** The hostile mode is not one the sandbox knows. */
  HOSTILE_MODE_UNKNOWN("LT-SBX-0013"),
  /** A client registration is incomplete or inconsistent. */
  CLIENT_REGISTRATION_INVALID("LT-SBX-0014"),
  /**
   * An authorization request cannot be answered by a redirect (unknown client, redirect URI or
   * request URI).
   */
  AUTHORIZATION_REQUEST_INVALID("LT-SBX-0015"),

  // ---- 01xx: registries, portal, document exchange, LGSP token endpoint ----

  /** A contract file shipped in the sdk-core jar cannot be read or compiled: a packaging bug. */
  CONTRACT_UNREADABLE("LT-SBX-0101", false, 500),
  /** Fault settings are out of range (a rate outside 0-1, a negative duration...). */
  FAULT_SETTINGS_INVALID("LT-SBX-0102"),
  /** No simulated national service has this name. */
  NATIONAL_SERVICE_UNKNOWN("LT-SBX-0103", false, 404),
  /** A generated bulk citizen index is outside the generated range. */
  BULK_INDEX_OUT_OF_RANGE("LT-SBX-0104"),
  /** An LGSP client registration is incomplete or clashes with another one. */
  LGSP_CLIENT_INVALID("LT-SBX-0105"),
  /** An admin request of the national services is malformed. */
  ADMIN_REQUEST_INVALID("LT-SBX-0106"),

  // ---- 09xx: configuration and startup ----

  /** The sandbox cannot listen on the requested loopback port. */
  PORT_UNAVAILABLE("LT-SBX-0901", false, 500),
  /** A resource shipped with the sandbox (test keys, page template) is missing or unreadable. */
  RESOURCE_UNREADABLE("LT-SBX-0902", false, 500),
  ;

  private final String code;
  private final boolean retryable;
  private final int httpStatus;

  SandboxErrorCode(String code) {
    this(code, false, 400);
  }

  SandboxErrorCode(String code, boolean retryable, int httpStatus) {
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
    return "vn.lienthong.sandbox.messages";
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
