package vn.lienthong.conformance;

import vn.lienthong.core.ErrorCode;

/**
 * The error codes of the conformance kit: {@code LT-CONF-00xx} the system under test could not be
 * checked, {@code 01xx} the kit's configuration, {@code 02xx} reports and their signatures.
 *
 * <p>These mean "the kit could not do its job"; a system that does not conform is a {@link
 * RunReport}, not an error. Texts live in {@code vn/lienthong/conformance/messages_vi.properties}
 * and {@code messages_en.properties}.
 *
 * @since 0.1.0
 */
public enum ConformanceErrorCode implements ErrorCode {
  // ---- 00xx: the system under test ----

  /** The target did not answer: connection refused, timeout, TLS failure. */
  TARGET_UNREACHABLE("LT-CONF-0001", true, 502),
  /** The target's answer was larger than the kit reads. */
  TARGET_RESPONSE_TOO_LARGE("LT-CONF-0002", false, 502),

  // ---- 01xx: configuration of the kit ----

  /** The catalogue names a check that no code implements and that is not declared as pending. */
  CHECK_NOT_IMPLEMENTED("LT-CONF-0101", false, 500),
  /** A check is registered twice or for a requirement the catalogue does not give it to. */
  CHECK_REGISTRATION_INVALID("LT-CONF-0102", false, 500),
  /** A run setting is missing or malformed (target URL, pattern, profile, key). */
  RUN_SETTING_INVALID("LT-CONF-0103"),

  // ---- 02xx: reports and report signatures ----

  /** A report or its signature could not be read or written. */
  REPORT_IO_FAILED("LT-CONF-0201", false, 500),
  /** The key given to sign reports is unusable (not EC P-256, wrong password, no certificate). */
  REPORT_SIGNING_KEY_INVALID("LT-CONF-0202"),

// ---- 03xx: portal sync, outage and exchange checks ----

// ---- 04xx: identity and signature-appearance checks ----

;

  private final String code;
  private final boolean retryable;
  private final int httpStatus;

  ConformanceErrorCode(String code) {
    this(code, false, 400);
  }

  ConformanceErrorCode(String code, boolean retryable, int httpStatus) {
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
    return "vn.lienthong.conformance.messages";
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
