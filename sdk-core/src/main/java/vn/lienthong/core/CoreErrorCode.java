package vn.lienthong.core;

/**
 * The error codes of sdk-core: {@code LT-CORE-00xx} general input rules, {@code 01xx} identifiers,
 * {@code 02xx} administrative units, {@code 03xx} Vietnamese text, {@code 04xx} personal data,
 * {@code 09xx} configuration and bundled data.
 *
 * <p>Texts live in {@code vn/lienthong/core/messages_vi.properties} and {@code
 * messages_en.properties}.
 *
 * @since 0.1.0
 */
public enum CoreErrorCode implements ErrorCode {
  // ---- 00xx: general input rules (shared by every parser) ----

  /** A required value is missing or blank. */
  REQUIRED("LT-CORE-0001"),
  /** A value is longer than its rule allows; rejected before any other processing. */
  TOO_LONG("LT-CORE-0002"),
  /** A value contains an invisible character (zero-width space, BOM, bidirectional control...). */
  INVISIBLE_CHARACTER("LT-CORE-0003"),
  /** A value contains a control character (tab inside a code, NUL, line break...). */
  CONTROL_CHARACTER("LT-CORE-0004"),
  /** A digit outside 0-9, such as a full-width or Arabic-Indic digit. */
  NON_ASCII_DIGIT("LT-CORE-0005"),
  /** A character that the field's rule does not allow. */
  UNEXPECTED_CHARACTER("LT-CORE-0006"),
  /** Letters from several writing systems (Latin mixed with Cyrillic or Greek look-alikes...). */
  MIXED_SCRIPTS("LT-CORE-0007"),
  /** A value that is not valid Unicode text (an unpaired surrogate). */
  MALFORMED_TEXT("LT-CORE-0008"),

  // ---- 01xx: identifiers ----

  // ---- 02xx: administrative units ----

  // ---- 03xx: Vietnamese text ----

  // ---- 04xx: personal data ----

  /** A name that is not one of the kinds of personal data ({@code PersonalDataKind}). */
  UNKNOWN_PERSONAL_DATA_KIND("LT-CORE-0401"),
  /** A name that is not a personal-data category ({@code BASIC} or {@code SENSITIVE}). */
  UNKNOWN_PERSONAL_DATA_CATEGORY("LT-CORE-0402"),

  // ---- 09xx: configuration and bundled data ----

  /** A configuration value is missing or invalid. */
  INVALID_CONFIGURATION("LT-CORE-0901"),
  /** A data resource bundled with the SDK is missing or corrupt: the installation is broken. */
  BUNDLED_DATA_CORRUPT("LT-CORE-0902");

  private final String code;

  CoreErrorCode(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String bundleBaseName() {
    return "vn.lienthong.core.messages";
  }

  @Override
  public int httpStatus() {
    return code.startsWith("LT-CORE-09") ? 500 : 400;
  }
}
