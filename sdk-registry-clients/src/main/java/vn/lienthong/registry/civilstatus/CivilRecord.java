package vn.lienthong.registry.civilstatus;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.privacy.LogSafe;
import vn.lienthong.core.privacy.Masking;

/**
 * A civil-status record (hộ tịch): a birth or a marriage registration, with the people it names.
 *
 * <p>Immutable and thread-safe. Personal data: {@link #toString()} is masked.
 *
 * @param kind {@code birth} or {@code marriage}
 * @param recordId the database's id of the record
 * @param registrationNumber the registration number (số)
 * @param book the register book (quyển số), or null
 * @param authorityCode the registering agency's code
 * @param registeredOn the registration date
 * @param status {@code valid}, {@code amended} or {@code annulled}; {@code valid} when not given
 * @param people the people named, in contract order: for a birth the child, mother, father; for a
 *     marriage the husband and wife (absent parents are left out)
 * @since 0.1.0
 */
public record CivilRecord(
    String kind,
    String recordId,
    String registrationNumber,
    @Nullable String book,
    String authorityCode,
    LocalDate registeredOn,
    String status,
    List<Person> people)
    implements LogSafe {

  /**
   * Copies the list.
   *
   * @param kind {@code birth} or {@code marriage}
   * @param recordId the database's id of the record
   * @param registrationNumber the registration number
   * @param book the register book, or null
   * @param authorityCode the registering agency's code
   * @param registeredOn the registration date
   * @param status the record status
   * @param people the people named
   */
  public CivilRecord {
    people = List.copyOf(people);
  }

  /**
   * A person named in a record.
   *
   * @param role {@code child}, {@code mother}, {@code father}, {@code husband} or {@code wife}
   * @param fullName the name
   * @param personalId the personal id, or null in old records
   * @param birthDate the birth date (possibly partial), or null
   * @since 0.1.0
   */
  public record Person(
      String role, String fullName, @Nullable String personalId, @Nullable String birthDate) {

    /**
     * Returns a masked form.
     *
     * @return role and masked name
     */
    @Override
    public String toString() {
      return role + " " + Masking.personName(fullName);
    }
  }

  @Override
  public String masked() {
    return kind + " " + recordId + " " + people;
  }

  /**
   * Returns the masked form.
   *
   * @return kind, id and masked names
   */
  @Override
  public String toString() {
    return masked();
  }
}
