package vn.lienthong.core;

/**
 * The error codes of sdk-core: {@code LT-CORE-00xx} general input rules, {@code 01xx} identifiers,
 * {@code 02xx} administrative units, {@code 03xx} Vietnamese text, {@code 04xx} personal data,
 * {@code 05xx} calendar, {@code 06xx} dossiers, {@code 07xx} e-forms, {@code 08xx} contracts,
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

  /** An identifier has the wrong number of characters for its kind. */
  IDENTIFIER_LENGTH("LT-CORE-0101"),
  /** An identifier does not have the shape of its kind (groups, separators, letters, digits). */
  IDENTIFIER_SHAPE("LT-CORE-0102"),
  /** A tax code's check digit (the 10th digit, mod 11) does not match its first nine digits. */
  TAX_CODE_CHECK_DIGIT("LT-CORE-0103"),
  /** A 12-digit personal id was given as a tax code where the taxpayer is an organisation. */
  TAX_CODE_INDIVIDUAL_ONLY("LT-CORE-0104"),
  /** A dossier code's receipt date is not a calendar date. */
  DOSSIER_CODE_DATE("LT-CORE-0105"),
  /** The daily dossier sequence of an agency is exhausted: the format has no room for more. */
  DOSSIER_SEQUENCE_EXHAUSTED("LT-CORE-0106"),
  /** The dossier sequence store (a database) failed; the code was not generated. */
  DOSSIER_SEQUENCE_UNAVAILABLE("LT-CORE-0107", true, 503),

  // ---- 02xx: administrative units ----

  /** A province code is not 2 digits (a leading zero lost in a spreadsheet: {@code 1}). */
  PROVINCE_CODE_LENGTH("LT-CORE-0201"),
  /** A commune code is not 5 digits (leading zeros lost: {@code 4} for {@code 00004}). */
  COMMUNE_CODE_LENGTH("LT-CORE-0202"),

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

  /** A name that is not one of the kinds of personal data ({@code PersonalDataKind}). */
  UNKNOWN_PERSONAL_DATA_KIND("LT-CORE-0401"),
  /** A name that is not a personal-data category ({@code BASIC} or {@code SENSITIVE}). */
  UNKNOWN_PERSONAL_DATA_CATEGORY("LT-CORE-0402"),

  // ---- 05xx: calendar and working days ----

  /** A date is not written as {@code yyyy-MM-dd}. */
  DATE_FORMAT("LT-CORE-0501"),
  /** A date names a day its month does not have ({@code 2025-02-30}). */
  DATE_NOT_IN_CALENDAR("LT-CORE-0502"),
  /** A date is outside the range the calendar covers (1900-2199). */
  DATE_OUT_OF_RANGE("LT-CORE-0503"),
  /** A lunar date names a leap month that its year does not have. */
  LUNAR_NO_SUCH_LEAP_MONTH("LT-CORE-0504"),
  /** A lunar date names day 30 of a 29-day month, or a month or day outside 1-12 / 1-30. */
  LUNAR_DAY_NOT_IN_MONTH("LT-CORE-0505"),
  /** A line of an official calendar file cannot be read. */
  OFFICIAL_CALENDAR_SYNTAX("LT-CORE-0506"),
  /** A number of working days is negative, or zero where a deadline needs at least one. */
  WORKING_DAYS_OUT_OF_RANGE("LT-CORE-0507"),

  // ---- 06xx: dossier lifecycle ----

  /** A dossier status change that the national lifecycle does not allow (9 back to 4...). */
  ILLEGAL_TRANSITION("LT-CORE-0601", false, 409),
  /** A transition id already used on the dossier for a different transition. */
  TRANSITION_ID_CONFLICT("LT-CORE-0602", false, 409),
  /** A transition dated before the dossier's last recorded event. */
  TRANSITION_OUT_OF_ORDER("LT-CORE-0603", false, 409),
  /** A 5-digit commune code that is not in the administrative unit list. */
  UNKNOWN_COMMUNE("LT-CORE-0604"),
  /** An applicant whose identifier does not fit its kind (a citizen without a personal id...). */
  APPLICANT_IDENTIFIER("LT-CORE-0605"),
  /**
   * A code of the National Public Service Portal (status, channel, applicant kind) that is unknown.
   */
  UNKNOWN_PORTAL_CODE("LT-CORE-0606"),
  /** A portal date that is not {@code yyyyMMddHHmmss} or not a calendar date and time. */
  PORTAL_DATE("LT-CORE-0607"),
  /** A negative amount, size or day count in a dossier. */
  NEGATIVE_QUANTITY("LT-CORE-0608"),
  /** A SHA-256 digest that is not 64 hexadecimal digits. */
  DIGEST_SHAPE("LT-CORE-0609"),
  /** A count in a dossier above its cap (deadline days, supplement items). */
  QUANTITY_TOO_LARGE("LT-CORE-0610"),

  // ---- 07xx: e-forms and procedure catalogue ----

  /** A form document is not well-formed JSON; it could not be validated. */
  FORM_MALFORMED_JSON("LT-CORE-0701"),
  /**
   * A form document exceeds a size cap (length, nesting depth, string length, number length);
   * rejected unread.
   */
  FORM_LIMIT_EXCEEDED("LT-CORE-0702"),
  /** A form identifier or version that is not bundled or registered. */
  FORM_UNKNOWN("LT-CORE-0703"),
  /** A required form field is missing. */
  FORM_REQUIRED("LT-CORE-0710"),
  /** A form field has the wrong JSON type (a number where text is expected...). */
  FORM_WRONG_TYPE("LT-CORE-0711"),
  /** A form field does not match its pattern (a personal id that is not 12 digits...). */
  FORM_PATTERN("LT-CORE-0712"),
  /** A form field's value is not one of the allowed values. */
  FORM_NOT_IN_LIST("LT-CORE-0713"),
  /** A form document has a field that the form does not define. */
  FORM_UNKNOWN_FIELD("LT-CORE-0714"),
  /** A form field's text is shorter than allowed (an empty name...). */
  FORM_TOO_SHORT("LT-CORE-0715"),
  /** A form field's text is longer than allowed. */
  FORM_TOO_LONG("LT-CORE-0716"),
  /** A form field is not a calendar date in the form yyyy-MM-dd (2025-02-30...). */
  FORM_INVALID_DATE("LT-CORE-0717"),
  /** A form field breaks another schema constraint (a minimum, an item count...). */
  FORM_CONSTRAINT("LT-CORE-0718"),
  /** A personal id number disagrees with the declared birth date or gender. */
  FORM_PERSONAL_ID_MISMATCH("LT-CORE-0720"),
  /** A child's birth date is not after a parent's birth date or birth year. */
  FORM_BORN_BEFORE_PARENT("LT-CORE-0721"),
  /**
   * A commune code is not in the list of administrative units in force on the filing date, or not
   * in the stated province.
   */
  FORM_UNKNOWN_COMMUNE("LT-CORE-0722"),
  /** A date in a form is after the filing date. */
  FORM_FUTURE_DATE("LT-CORE-0723"),
  /** A person's name in a form is not NFC or is not a valid name (digits, stray marks...). */
  FORM_INVALID_NAME("LT-CORE-0724"),

  // ---- 08xx: contracts ----

  /** A contract name or version that is not bundled. */
  CONTRACT_UNKNOWN("LT-CORE-0801"),
  /** An operation, response status or component schema that the contract does not define. */
  CONTRACT_OPERATION_UNKNOWN("LT-CORE-0802"),
  /** A message body that is not well-formed JSON, XML or form data. */
  CONTRACT_BODY_MALFORMED("LT-CORE-0803"),
  /** A message body over a size cap (length, nesting depth, string or number length). */
  CONTRACT_BODY_TOO_LARGE("LT-CORE-0804", false, 413),
  /** A content type the operation does not accept, or a body where it takes none. */
  CONTRACT_MEDIA_TYPE("LT-CORE-0805", false, 415),
  /** A response status that the operation does not declare. */
  CONTRACT_STATUS_UNDECLARED("LT-CORE-0806"),
  /** A required header is missing. */
  CONTRACT_HEADER_MISSING("LT-CORE-0810"),
  /** A header that must appear once appears several times. */
  CONTRACT_HEADER_DUPLICATED("LT-CORE-0811"),
  /** A required body field is missing. */
  CONTRACT_REQUIRED("LT-CORE-0820"),
  /** A body field that the contract does not define (closed shapes reject unknown fields). */
  CONTRACT_UNKNOWN_FIELD("LT-CORE-0821"),
  /** A field or header has the wrong JSON type. */
  CONTRACT_WRONG_TYPE("LT-CORE-0822"),
  /** A field or header does not match its pattern (a personal id that is not 12 digits...). */
  CONTRACT_PATTERN("LT-CORE-0823"),
  /** A field's value is not one of the allowed values. */
  CONTRACT_NOT_IN_LIST("LT-CORE-0824"),
  /** A field's text or list is shorter than allowed. */
  CONTRACT_TOO_SHORT("LT-CORE-0825"),
  /** A field's text or list is longer than allowed. */
  CONTRACT_TOO_LONG("LT-CORE-0826"),
  /** A field breaks another schema constraint (a minimum, exactly one of several shapes...). */
  CONTRACT_CONSTRAINT("LT-CORE-0827"),
  /** An XML body that does not satisfy its XML Schema. */
  CONTRACT_XML_INVALID("LT-CORE-0828"),

  // ---- 09xx: configuration and bundled data ----

  /** A configuration value is missing or invalid. */
  INVALID_CONFIGURATION("LT-CORE-0901", false, 500),
  /** A data resource bundled with the SDK is missing or corrupt: the installation is broken. */
  BUNDLED_DATA_CORRUPT("LT-CORE-0902", false, 500);

  private final String code;
  private final boolean retryable;
  private final int httpStatus;

  CoreErrorCode(String code) {
    this(code, false, 400);
  }

  CoreErrorCode(String code, boolean retryable, int httpStatus) {
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
    return "vn.lienthong.core.messages";
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
