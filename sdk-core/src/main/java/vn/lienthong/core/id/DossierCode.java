package vn.lienthong.core.id;

import java.time.LocalDate;
import java.util.Objects;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.privacy.LogSafe;
import vn.lienthong.core.privacy.Masking;

/**
 * A dossier code (mã hồ sơ, Decree 61/2018/NĐ-CP; Circular 01/2018/TT-VPCP art. 19): the receiving
 * agency, the receipt date and the agency's daily sequence number, written in a {@link
 * DossierCodeFormat}, by default {@code 000.00.01.H22-250701-0001}.
 *
 * <p>Codes are issued by a {@link DossierCodeGenerator}. A dossier code is the key a citizen uses
 * to look up their dossier, so {@link #masked()} hides all but its last four digits. Instances are
 * immutable and thread-safe.
 *
 * <pre>{@code
 * DossierCode c = DossierCode.parse("000.00.01.H22-250701-0001");
 * c.agency();        // 000.00.01.H22
 * c.receiptDate();   // 2025-07-01
 * }</pre>
 *
 * @param agency the receiving agency
 * @param receiptDate the receipt date, in Viet Nam
 * @param sequence the agency's sequence number of that day, from 1
 * @param format how the code is written
 * @since 0.1.0
 */
public record DossierCode(
    AgencyCode agency, LocalDate receiptDate, long sequence, DossierCodeFormat format)
    implements LogSafe {

  /**
   * Creates a dossier code.
   *
   * @param agency the receiving agency
   * @param receiptDate the receipt date
   * @param sequence the daily sequence number, from 1 to the format's maximum
   * @param format how the code is written
   * @throws NullPointerException if an argument is null
   * @throws InvalidInputException if the sequence or date does not fit the format
   */
  public DossierCode {
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(receiptDate, "receiptDate");
    Objects.requireNonNull(format, "format");
    if (sequence < 1 || sequence > format.maxSequence()) {
      throw new InvalidInputException(
          CoreErrorCode.IDENTIFIER_SHAPE,
          ErrorDetails.field("sequence")
              .rule("dossier-code.sequence-range")
              .with("format", format.pattern())
              .with("position", 1)
              .rejectedValue(Long.toString(sequence)));
    }
    if (!format.supports(receiptDate)) {
      throw new InvalidInputException(
          CoreErrorCode.DOSSIER_CODE_DATE,
          ErrorDetails.field("receiptDate")
              .rule("dossier-code.date-range")
              .with("date", receiptDate)
              .rejectedValue(receiptDate.toString()));
    }
  }

  /**
   * Parses a dossier code in the default format, {@value DossierCodeFormat#DEFAULT_PATTERN}.
   *
   * @param raw the input; surrounding spaces are ignored
   * @return the code
   * @throws NullPointerException if {@code raw} is null
   * @throws InvalidInputException if it does not follow the format
   * @since 0.1.0
   */
  public static DossierCode parse(String raw) {
    return DossierCodeFormat.DEFAULT.parse(raw);
  }

  /**
   * Parses a dossier code written in the given format.
   *
   * @param raw the input; surrounding spaces are ignored
   * @param format the format
   * @return the code
   * @throws NullPointerException if an argument is null
   * @throws InvalidInputException if it does not follow the format
   * @since 0.1.0
   */
  public static DossierCode parse(String raw, DossierCodeFormat format) {
    return format.parse(raw);
  }

  /**
   * Tells whether {@link #parse(String)} would accept the input.
   *
   * @param raw the input
   * @return {@code true} if valid
   * @throws NullPointerException if {@code raw} is null
   * @since 0.1.0
   */
  public static boolean isValid(String raw) {
    return isValid(raw, DossierCodeFormat.DEFAULT);
  }

  /**
   * Tells whether {@link #parse(String, DossierCodeFormat)} would accept the input.
   *
   * @param raw the input
   * @param format the format
   * @return {@code true} if valid
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  public static boolean isValid(String raw, DossierCodeFormat format) {
    Objects.requireNonNull(raw, "raw");
    try {
      format.parse(raw);
      return true;
    } catch (InvalidInputException e) {
      return false;
    }
  }

  /**
   * Returns the code with every letter and digit but the last four hidden, for logs.
   *
   * @return for example {@code ***.**.**.***-******-0001}
   */
  @Override
  public String masked() {
    return Masking.keepLast(toString(), 4);
  }

  /**
   * Returns the code written in its format.
   *
   * @return for example {@code 000.00.01.H22-250701-0001}
   */
  @Override
  public String toString() {
    return format.format(agency, receiptDate, sequence);
  }
}
