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

// ---- 01xx: registries, portal, document exchange, LGSP token endpoint ----

// ---- 09xx: configuration and startup ----

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
