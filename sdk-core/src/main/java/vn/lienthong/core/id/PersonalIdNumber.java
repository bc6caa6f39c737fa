package vn.lienthong.core.id;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.internal.InputChecks;
import vn.lienthong.core.internal.id.IdentifierInput;
import vn.lienthong.core.privacy.LogSafe;
import vn.lienthong.core.privacy.Masking;

/**
 * The 12-digit personal identification number (số định danh cá nhân) printed on the citizen
 * identity card (Căn cước): {@code PPP G YY RRRRRR} (Decree 137/2015/NĐ-CP art. 13, Circular
 * 59/2021/TT-BCA).
 *
 * <p>{@code PPP} is the place where the birth was registered (the pre-2025 province code with a
 * leading 0, or a code for births abroad); {@code G} gives the century and gender (0/1 male/female
 * born 1900-1999, 2/3 in 2000-2099, 4/5 in the 2100s, 6/7 in the 2200s, 8/9 in the 2300s); {@code
 * YY} the last two digits of the birth year; the last six digits are random. There is no check
 * digit, so any 12 ASCII digits are accepted. An unknown {@code PPP} is never a reason to reject:
 * since the 2025 merger it is only informational, and {@link #warnings()} reports it.
 *
 * <p>This is personal data: {@link #toString()} is the number itself, for storage and exchange;
 * logs use {@link #masked()}. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * PersonalIdNumber id = PersonalIdNumber.parse("001090123456");
 * id.birthYear();                                        // 1990
 * id.gender();                                           // MALE
 * id.checkAgainst(LocalDate.of(1991, 5, 1), Gender.MALE); // [BIRTH_YEAR_MISMATCH ...]
 * log.info("citizen {}", id.masked());                   // *********456
 * }</pre>
 *
 * @param value the canonical 12 digits
 * @since 0.1.0
 */
public record PersonalIdNumber(String value) implements LogSafe {

  /** The number of digits. */
  public static final int LENGTH = 12;

  private static final String FIELD = "personalIdNumber";

  /**
   * Creates a personal id from its canonical form (exactly 12 ASCII digits); use {@link
   * #parse(String)} for user input.
   *
   * @param value the canonical 12 digits
   * @throws NullPointerException if {@code value} is null
   * @throws InvalidInputException if {@code value} is not exactly 12 ASCII digits
   */
  public PersonalIdNumber {
    Objects.requireNonNull(value, "value");
    if (value.length() != LENGTH || !IdentifierInput.allDigits(value)) {
      canonical(value, FIELD);
      throw IdentifierInput.wrongShape(
          FIELD, value, "000000000000", 0, "personal-id.canonical", true);
    }
  }

  /**
   * Parses a personal id; surrounding spaces are ignored.
   *
   * @param raw the input
   * @return the personal id
   * @throws NullPointerException if {@code raw} is null
   * @throws InvalidInputException if it is not 12 ASCII digits; the value in the error is masked
   * @since 0.1.0
   */
  public static PersonalIdNumber parse(String raw) {
    return new PersonalIdNumber(canonical(raw, FIELD));
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
    Objects.requireNonNull(raw, "raw");
    try {
      parse(raw);
      return true;
    } catch (InvalidInputException e) {
      return false;
    }
  }

  static String canonical(String raw, String field) {
    String s = IdentifierInput.token(field, raw, LENGTH, InputChecks.DIGITS, true);
    if (s.length() != LENGTH) {
      throw IdentifierInput.wrongLength(field, s, "12", "personal-id.length", true);
    }
    return s;
  }

  /**
   * Returns the birth-registration place code, the first three digits.
   *
   * @return for example {@code 001}
   * @since 0.1.0
   */
  public String birthRegistrationCode() {
    return value.substring(0, 3);
  }

  /**
   * Returns the birth-registration place, if the code is one of the 63 pre-2025 provinces.
   *
   * @return the place, or empty for an unknown code (for example a birth registered abroad)
   * @since 0.1.0
   */
  public Optional<BirthRegistrationPlace> birthRegistrationPlace() {
    return BirthRegistrationPlace.of(birthRegistrationCode());
  }

  /**
   * Returns the first year of the birth century, from the fourth digit.
   *
   * @return 1900, 2000, 2100, 2200 or 2300
   * @since 0.1.0
   */
  public int century() {
    return 1900 + (genderCenturyDigit() / 2) * 100;
  }

  /**
   * Returns the gender, from the fourth digit: even male, odd female.
   *
   * @return {@link Gender#MALE} or {@link Gender#FEMALE}, never {@link Gender#UNKNOWN}
   * @since 0.1.0
   */
  public Gender gender() {
    return genderCenturyDigit() % 2 == 0 ? Gender.MALE : Gender.FEMALE;
  }

  /**
   * Returns the birth year, from the century and the fifth and sixth digits.
   *
   * @return for example 1990
   * @since 0.1.0
   */
  public int birthYear() {
    return century() + Integer.parseInt(value.substring(4, 6));
  }

  /**
   * Returns what the number itself cannot confirm: an unknown birth-registration place code.
   *
   * @return the warnings, empty when there are none
   * @since 0.1.0
   */
  public List<PersonalIdFinding> warnings() {
    if (birthRegistrationPlace().isPresent()) {
      return List.of();
    }
    return List.of(
        new PersonalIdFinding(
            PersonalIdFinding.Type.UNKNOWN_BIRTH_REGISTRATION_PLACE, "", birthRegistrationCode()));
  }

  /**
   * Compares the number with a declared birth date and gender and returns every mismatch: the
   * century, the two-digit birth year and the gender are checked independently.
   *
   * @param birthDate the declared birth date
   * @param gender the declared gender; {@link Gender#UNKNOWN} is not compared
   * @return the mismatches, empty when consistent
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  public List<PersonalIdFinding> checkAgainst(LocalDate birthDate, Gender gender) {
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(gender, "gender");
    List<PersonalIdFinding> findings = new ArrayList<>(3);
    int year = birthDate.getYear();
    int declaredCentury = Math.floorDiv(year, 100) * 100;
    if (declaredCentury != century()) {
      findings.add(
          new PersonalIdFinding(
              PersonalIdFinding.Type.CENTURY_MISMATCH,
              Integer.toString(century()),
              Integer.toString(declaredCentury)));
    }
    int declaredYy = Math.floorMod(year, 100);
    int yy = birthYear() - century();
    if (declaredYy != yy) {
      findings.add(
          new PersonalIdFinding(
              PersonalIdFinding.Type.BIRTH_YEAR_MISMATCH, twoDigits(yy), twoDigits(declaredYy)));
    }
    if (gender != Gender.UNKNOWN && gender != gender()) {
      findings.add(
          new PersonalIdFinding(
              PersonalIdFinding.Type.GENDER_MISMATCH, gender().name(), gender.name()));
    }
    return List.copyOf(findings);
  }

  /**
   * Returns the number with all but the last three digits hidden, for logs.
   *
   * @return for example {@code *********456}
   */
  @Override
  public String masked() {
    return Masking.personalIdNumber(value);
  }

  /**
   * Returns the canonical 12 digits (personal data: log {@link #masked()} instead).
   *
   * @return the number
   */
  @Override
  public String toString() {
    return value;
  }

  private int genderCenturyDigit() {
    return value.charAt(3) - '0';
  }

  private static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}
