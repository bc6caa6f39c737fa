package vn.lienthong.core.dossier;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Objects;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.internal.InputChecks;
import vn.lienthong.core.internal.dossier.DossierChecks;

/**
 * The codes and dates of the National Public Service Portal's dossier synchronisation ({@code
 * DongBoHoSoMC}, {@code CapNhatTienDoHoSoMC}): {@code TrangThaiHoSo} 1-10, channel 1-3, {@code
 * LoaiDoiTuong} 1-2, and dates written {@code yyyyMMddHHmmss} in Viet Nam time.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * PortalCodes.formatDate(dossier.dueAt());           // "20260311170000"
 * PortalCodes.parseStatus("4");                       // IN_PROGRESS
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PortalCodes {

  /** The portal's time zone. */
  public static final ZoneId VIET_NAM = DossierChecks.VIET_NAM;

  /** The portal's date pattern. */
  public static final String DATE_PATTERN = "yyyyMMddHHmmss";

  private static final int DATE_LENGTH = 14;
  private static final int MAX_CODE_LENGTH = 2;
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);

  private PortalCodes() {}

  /**
   * Writes an instant as a portal date.
   *
   * @param instant the instant
   * @return for example {@code "20260302090000"}
   * @throws NullPointerException if {@code instant} is null
   */
  public static String formatDate(Instant instant) {
    return DATE.format(LocalDateTime.ofInstant(Objects.requireNonNull(instant), VIET_NAM));
  }

  /**
   * Reads a portal date.
   *
   * @param raw 14 digits {@code yyyyMMddHHmmss} in Viet Nam time; surrounding spaces are ignored
   * @return the instant
   * @throws NullPointerException if {@code raw} is null
   * @throws InvalidInputException with {@code LT-CORE-0607} if it is not a date and time, or an
   *     input code for characters other than digits
   */
  public static Instant parseDate(String raw) {
    String s = InputChecks.token("date", raw, DATE_LENGTH, InputChecks.DIGITS);
    if (s.length() != DATE_LENGTH) {
      throw badDate(s, "portal-date.length");
    }
    try {
      return LocalDateTime.parse(s, DATE).atZone(VIET_NAM).toInstant();
    } catch (DateTimeParseException e) {
      throw badDate(s, "portal-date.calendar");
    }
  }

  private static InvalidInputException badDate(String s, String rule) {
    return new InvalidInputException(
        CoreErrorCode.PORTAL_DATE, ErrorDetails.field("date").rule(rule).rejectedValue(s));
  }

  /**
   * Reads a {@code TrangThaiHoSo} code.
   *
   * @param raw {@code "1"} to {@code "10"}; surrounding spaces are ignored
   * @return the status
   * @throws NullPointerException if {@code raw} is null
   * @throws InvalidInputException with {@code LT-CORE-0606} for an unknown code
   */
  public static DossierStatus parseStatus(String raw) {
    return DossierStatus.ofPortalCode(code("TrangThaiHoSo", raw, "1-10"));
  }

  /**
   * Finds a channel by its portal code.
   *
   * @param code 1, 2 or 3
   * @return the channel
   * @throws InvalidInputException with {@code LT-CORE-0606} for an unknown code
   */
  public static Channel channel(int code) {
    for (Channel c : Channel.values()) {
      if (c.portalCode() == code) {
        return c;
      }
    }
    throw unknown("channel", Integer.toString(code), "1-3");
  }

  /**
   * Reads a channel code.
   *
   * @param raw {@code "1"}, {@code "2"} or {@code "3"}
   * @return the channel
   * @throws NullPointerException if {@code raw} is null
   * @throws InvalidInputException with {@code LT-CORE-0606} for an unknown code
   */
  public static Channel parseChannel(String raw) {
    return channel(code("channel", raw, "1-3"));
  }

  /**
   * Finds an applicant kind by its {@code LoaiDoiTuong} code.
   *
   * @param code 1 or 2
   * @return the kind
   * @throws InvalidInputException with {@code LT-CORE-0606} for an unknown code
   */
  public static ApplicantKind applicantKind(int code) {
    for (ApplicantKind k : ApplicantKind.values()) {
      if (k.portalCode() == code) {
        return k;
      }
    }
    throw unknown("LoaiDoiTuong", Integer.toString(code), "1-2");
  }

  private static int code(String field, String raw, String allowed) {
    String s = InputChecks.token(field, raw, MAX_CODE_LENGTH, InputChecks.DIGITS);
    int value = Integer.parseInt(s);
    if (s.length() > 1 && s.charAt(0) == '0') {
      throw unknown(field, s, allowed);
    }
    if (field.equals("TrangThaiHoSo") && (value < 1 || value > 10)) {
      throw unknown(field, s, allowed);
    }
    return value;
  }

  private static InvalidInputException unknown(String field, String value, String allowed) {
    return new InvalidInputException(
        CoreErrorCode.UNKNOWN_PORTAL_CODE,
        ErrorDetails.field(field)
            .rule("portal.code")
            .rejectedValue(value)
            .with("allowed", allowed));
  }
}
