package vn.lienthong.core.privacy;

import static vn.lienthong.core.privacy.PersonalDataCategory.BASIC;
import static vn.lienthong.core.privacy.PersonalDataCategory.SENSITIVE;

import java.util.Locale;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.internal.InputChecks;

/**
 * The kinds of personal data listed in Decree 13/2023/NĐ-CP art. 2 (basic: cl. 3 points a-l;
 * sensitive: cl. 4 points a-k), each with its {@link PersonalDataCategory}, its Vietnamese label,
 * its legal reference and how it is masked for logs and public pages.
 *
 * <p>The category is the decree's. The Law on Personal Data Protection 91/2025/QH15 (from 1 January
 * 2026) leaves the detailed lists to a Government decree <b>(unconfirmed)</b>: a kind it moves must
 * change here as data (its category and reference), never in masking logic. E-mail addresses are
 * not named by the decree; they are classified under point l (other information that identifies a
 * person). Ethnicity (dân tộc), asked on birth declarations, is sensitive (cl. 4 point c). Enums
 * are thread-safe.
 *
 * <pre>{@code
 * record Citizen(@PersonalData(PersonalDataKind.FULL_NAME) String name,
 *                @PersonalData(PersonalDataKind.PHONE_NUMBER) String phone) {}
 * PersonalDataKind.PHONE_NUMBER.mask("0912345678");   // "0******678"
 * }</pre>
 *
 * @since 0.1.0
 */
public enum PersonalDataKind {
  /** Surname, middle and given names at birth (họ, chữ đệm và tên khai sinh), cl. 3 a. */
  FULL_NAME(BASIC, Style.NAME, "3 a", "Họ, chữ đệm và tên khai sinh"),
  /** Other names (tên gọi khác), cl. 3 a. */
  OTHER_NAME(BASIC, Style.NAME, "3 a", "Tên gọi khác"),
  /** Date of birth (ngày, tháng, năm sinh), cl. 3 b. */
  BIRTH_DATE(BASIC, Style.DATE, "3 b", "Ngày, tháng, năm sinh"),
  /** Date of death or disappearance (ngày, tháng, năm chết hoặc mất tích), cl. 3 b. */
  DEATH_DATE(BASIC, Style.DATE, "3 b", "Ngày, tháng, năm chết hoặc mất tích"),
  /** Gender (giới tính), cl. 3 c. */
  GENDER(BASIC, Style.REDACT, "3 c", "Giới tính"),
  /** Place of birth (nơi sinh), cl. 3 d. */
  BIRTHPLACE(BASIC, Style.ADDRESS, "3 d", "Nơi sinh"),
  /** Place where the birth was registered (nơi đăng ký khai sinh), cl. 3 d. */
  BIRTH_REGISTRATION_PLACE(BASIC, Style.ADDRESS, "3 d", "Nơi đăng ký khai sinh"),
  /** Permanent residence (nơi thường trú), cl. 3 d. */
  PERMANENT_RESIDENCE(BASIC, Style.ADDRESS, "3 d", "Nơi thường trú"),
  /** Temporary residence (nơi tạm trú), cl. 3 d. */
  TEMPORARY_RESIDENCE(BASIC, Style.ADDRESS, "3 d", "Nơi tạm trú"),
  /** Current place of living (nơi ở hiện tại), cl. 3 d. */
  CURRENT_RESIDENCE(BASIC, Style.ADDRESS, "3 d", "Nơi ở hiện tại"),
  /** Home town (quê quán), cl. 3 d. */
  HOME_TOWN(BASIC, Style.ADDRESS, "3 d", "Quê quán"),
  /** Contact address (địa chỉ liên hệ), cl. 3 d. */
  CONTACT_ADDRESS(BASIC, Style.ADDRESS, "3 d", "Địa chỉ liên hệ"),
  /** Nationality (quốc tịch), cl. 3 đ. */
  NATIONALITY(BASIC, Style.REDACT, "3 đ", "Quốc tịch"),
  /** A person's image (hình ảnh của cá nhân), cl. 3 e. */
  IMAGE(BASIC, Style.REDACT, "3 e", "Hình ảnh của cá nhân"),
  /** Phone number (số điện thoại), cl. 3 g. */
  PHONE_NUMBER(BASIC, Style.PHONE, "3 g", "Số điện thoại"),
  /** Legacy 9- or 12-digit people's identity card number (số chứng minh nhân dân), cl. 3 g. */
  IDENTITY_CARD_NUMBER(BASIC, Style.ID, "3 g", "Số chứng minh nhân dân"),
  /** The 12-digit personal identification number (số định danh cá nhân), cl. 3 g. */
  PERSONAL_ID_NUMBER(BASIC, Style.ID, "3 g", "Số định danh cá nhân"),
  /** Passport number (số hộ chiếu), cl. 3 g. */
  PASSPORT_NUMBER(BASIC, Style.KEEP_TWO, "3 g", "Số hộ chiếu"),
  /** Driving licence number (số giấy phép lái xe), cl. 3 g. */
  DRIVING_LICENCE_NUMBER(BASIC, Style.ID, "3 g", "Số giấy phép lái xe"),
  /** Vehicle registration plate (biển số xe), cl. 3 g. */
  VEHICLE_PLATE(BASIC, Style.KEEP_TWO, "3 g", "Biển số xe"),
  /** Personal tax code (mã số thuế cá nhân), cl. 3 g. */
  PERSONAL_TAX_CODE(BASIC, Style.TAX, "3 g", "Mã số thuế cá nhân"),
  /** Social insurance number (số bảo hiểm xã hội), cl. 3 g. */
  SOCIAL_INSURANCE_NUMBER(BASIC, Style.ID, "3 g", "Số bảo hiểm xã hội"),
  /** Health insurance card number (số thẻ bảo hiểm y tế), cl. 3 g. */
  HEALTH_INSURANCE_CARD_NUMBER(BASIC, Style.ID, "3 g", "Số thẻ bảo hiểm y tế"),
  /** Marital status (tình trạng hôn nhân), cl. 3 h. */
  MARITAL_STATUS(BASIC, Style.REDACT, "3 h", "Tình trạng hôn nhân"),
  /** Family relationships: parents, children (mối quan hệ gia đình), cl. 3 i. */
  FAMILY_RELATIONSHIP(BASIC, Style.REDACT, "3 i", "Thông tin về mối quan hệ gia đình"),
  /** A person's digital account (tài khoản số của cá nhân), cl. 3 k. */
  DIGITAL_ACCOUNT(BASIC, Style.ACCOUNT, "3 k", "Thông tin về tài khoản số của cá nhân"),
  /** Activity and its history in cyberspace (hoạt động trên không gian mạng), cl. 3 k. */
  ONLINE_ACTIVITY(
      BASIC,
      Style.REDACT,
      "3 k",
      "Dữ liệu phản ánh hoạt động, lịch sử hoạt động trên không gian mạng"),
  /** E-mail address (địa chỉ thư điện tử); not named by the decree, classified under cl. 3 l. */
  EMAIL_ADDRESS(BASIC, Style.EMAIL, "3 l", "Địa chỉ thư điện tử"),
  /** Other information that identifies a specific person (thông tin khác), cl. 3 l. */
  OTHER_BASIC(BASIC, Style.REDACT, "3 l", "Thông tin khác gắn liền với một người cụ thể"),

  /** Political views (quan điểm chính trị), cl. 4 a. */
  POLITICAL_VIEWS(SENSITIVE, Style.REDACT, "4 a", "Quan điểm chính trị"),
  /** Religious views (quan điểm tôn giáo), cl. 4 a. */
  RELIGIOUS_VIEWS(SENSITIVE, Style.REDACT, "4 a", "Quan điểm tôn giáo"),
  /**
   * Health and private life in medical records, blood group excepted (tình trạng sức khỏe), 4 b.
   */
  HEALTH(
      SENSITIVE, Style.REDACT, "4 b", "Tình trạng sức khỏe và đời tư được ghi trong hồ sơ bệnh án"),
  /** Racial or ethnic origin (nguồn gốc chủng tộc, nguồn gốc dân tộc), cl. 4 c. */
  RACIAL_OR_ETHNIC_ORIGIN(SENSITIVE, Style.REDACT, "4 c", "Nguồn gốc chủng tộc, nguồn gốc dân tộc"),
  /** Inherited or acquired genetic characteristics (đặc điểm di truyền), cl. 4 d. */
  GENETIC(SENSITIVE, Style.REDACT, "4 d", "Đặc điểm di truyền"),
  /** Physical attributes and biological characteristics: biometrics (đặc điểm sinh học), 4 đ. */
  BIOMETRIC(
      SENSITIVE, Style.REDACT, "4 đ", "Thuộc tính vật lý, đặc điểm sinh học riêng của cá nhân"),
  /** Sex life and sexual orientation (đời sống tình dục, xu hướng tình dục), cl. 4 e. */
  SEX_LIFE_OR_ORIENTATION(SENSITIVE, Style.REDACT, "4 e", "Đời sống tình dục, xu hướng tình dục"),
  /** Data on crimes and offences held by law enforcement (dữ liệu về tội phạm), cl. 4 g. */
  CRIMINAL_RECORD(SENSITIVE, Style.REDACT, "4 g", "Dữ liệu về tội phạm, hành vi phạm tội"),
  /** Customer data of credit institutions and payment providers (thông tin khách hàng), 4 h. */
  BANK_CUSTOMER_DATA(SENSITIVE, Style.REDACT, "4 h", "Thông tin khách hàng của tổ chức tín dụng"),
  /** A person's location determined by location services (dữ liệu về vị trí), cl. 4 i. */
  LOCATION(SENSITIVE, Style.REDACT, "4 i", "Dữ liệu về vị trí của cá nhân"),
  /** Other data the law declares specific and in need of protection (dữ liệu khác), cl. 4 k. */
  OTHER_SENSITIVE(SENSITIVE, Style.REDACT, "4 k", "Dữ liệu cá nhân nhạy cảm khác");

  /** How a kind is masked; private so that the mapping stays an implementation choice. */
  private enum Style {
    NAME,
    DATE,
    ADDRESS,
    PHONE,
    ID,
    KEEP_TWO,
    TAX,
    EMAIL,
    ACCOUNT,
    REDACT
  }

  private static final InputChecks.Alphabet NAME_CHARACTERS =
      InputChecks.Alphabet.of(
          "A-Z a-z _", c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_');

  private final PersonalDataCategory category;
  private final Style style;
  private final String point;
  private final String vietnameseLabel;

  PersonalDataKind(
      PersonalDataCategory category, Style style, String point, String vietnameseLabel) {
    this.category = category;
    this.style = style;
    this.point = point;
    this.vietnameseLabel = vietnameseLabel;
  }

  /**
   * Returns the category under Decree 13/2023/NĐ-CP.
   *
   * @return basic or sensitive
   */
  public PersonalDataCategory category() {
    return category;
  }

  /**
   * Tells whether this kind is sensitive personal data.
   *
   * @return {@code true} for {@link PersonalDataCategory#SENSITIVE}
   */
  public boolean isSensitive() {
    return category == PersonalDataCategory.SENSITIVE;
  }

  /**
   * Returns the Vietnamese label, in the decree's wording.
   *
   * @return the label, for example {@code Số định danh cá nhân}
   */
  public String vietnameseLabel() {
    return vietnameseLabel;
  }

  /**
   * Returns where the decree lists this kind.
   *
   * @return the reference, for example {@code Decree 13/2023/NĐ-CP art. 2 cl. 3 point g}
   */
  public String legalReference() {
    int space = point.indexOf(' ');
    return "Decree 13/2023/NĐ-CP art. 2 cl. "
        + point.substring(0, space)
        + " point "
        + point.substring(space + 1);
  }

  /**
   * Masks a value of this kind for logs and public pages: names to initials, dates to the year,
   * addresses to commune and province, numbers to their last digits, e-mails to a first letter and
   * sensitive data (and kinds with no useful partial form) to {@link Masking#REDACTED}.
   *
   * @param value the value
   * @return the masked value; never contains the hidden characters
   * @throws NullPointerException if {@code value} is null
   */
  public String mask(String value) {
    return switch (style) {
      case NAME -> Masking.personName(value);
      case DATE -> Masking.birthDate(value);
      case ADDRESS -> Masking.address(value);
      case PHONE -> Masking.phoneNumber(value);
      case ID -> Masking.personalIdNumber(value);
      case KEEP_TWO -> Masking.keepLast(value, 2);
      case TAX -> Masking.taxCode(value);
      case EMAIL -> Masking.email(value);
      case ACCOUNT -> value.indexOf('@') >= 0 ? Masking.email(value) : Masking.keepLast(value, 2);
      case REDACT -> redact(value);
    };
  }

  private static String redact(String value) {
    java.util.Objects.requireNonNull(value, "value");
    return Masking.REDACTED;
  }

  /**
   * Parses a kind by its constant name, ignoring case and surrounding spaces, for configuration and
   * data files.
   *
   * @param name the name, for example {@code PHONE_NUMBER}
   * @return the kind
   * @throws NullPointerException if {@code name} is null
   * @throws InvalidInputException with {@link CoreErrorCode#UNKNOWN_PERSONAL_DATA_KIND} or a
   *     general input code ({@link CoreErrorCode#REQUIRED}, {@link CoreErrorCode#TOO_LONG}...)
   */
  public static PersonalDataKind parse(String name) {
    String token = InputChecks.token("personalDataKind", name, 64, NAME_CHARACTERS);
    String upper = token.toUpperCase(Locale.ROOT);
    for (PersonalDataKind kind : values()) {
      if (kind.name().equals(upper)) {
        return kind;
      }
    }
    throw new InvalidInputException(
        CoreErrorCode.UNKNOWN_PERSONAL_DATA_KIND,
        ErrorDetails.field("personalDataKind").rule("personal-data.kind").rejectedValue(token));
  }
}
