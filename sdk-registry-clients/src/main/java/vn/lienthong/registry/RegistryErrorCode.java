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

  // ---- 01xx: durable outbox and exchange log (audit) ----

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
