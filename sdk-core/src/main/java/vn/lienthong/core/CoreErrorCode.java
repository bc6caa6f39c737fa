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

  /** A name contains a Latin letter outside the Vietnamese alphabet (ø, ß, ñ...). */
  NAME_UNSUPPORTED_LETTER("LT-CORE-0301"),
  /** A name contains a digit. */
  NAME_DIGIT("LT-CORE-0302"),
  /** A name is written entirely in another script (Cyrillic, Han...), not in Latin letters. */
  NAME_FOREIGN_SCRIPT("LT-CORE-0303"),
  /** A name has a combining diacritic that forms no Vietnamese letter with the letter before it. */
  NAME_STRAY_DIACRITIC("LT-CORE-0304"),
  /** A name has an apostrophe or hyphen that does not stand between two letters. */
  NAME_MISPLACED_PUNCTUATION("LT-CORE-0305"),
  /** An amount of money to write in words is negative. */
  NEGATIVE_AMOUNT("LT-CORE-0306"),

  // ---- 04xx: personal data ----

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
