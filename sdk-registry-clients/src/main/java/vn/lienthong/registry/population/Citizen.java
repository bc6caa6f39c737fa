package vn.lienthong.registry.population;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.id.Gender;
import vn.lienthong.core.id.PersonalIdNumber;
import vn.lienthong.core.privacy.LogSafe;
import vn.lienthong.core.privacy.Masking;
import vn.lienthong.registry.Address;

/**
 * A citizen as the population registry returns it.
 *
 * <p>Immutable and thread-safe. Personal data: {@link #toString()} is masked.
 *
 * @param personalId the personal identification number
 * @param fullName the full name, NFC
 * @param birthDate the birth date, {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd} (old records
 *     may hold only part of it)
 * @param gender the gender
 * @param permanentResidence the permanent residence (thường trú), or null if not asked or unknown
 * @param temporaryResidence the temporary residence (tạm trú), or null
 * @param household the household, or null if not asked
 * @param deceased whether the registry records the citizen as deceased
 * @since 0.1.0
 */
public record Citizen(
    PersonalIdNumber personalId,
    String fullName,
    String birthDate,
    Gender gender,
    @Nullable Address permanentResidence,
    @Nullable Address temporaryResidence,
    @Nullable Household household,
    boolean deceased)
    implements LogSafe {

  /**
   * A household (hộ gia đình) at the permanent residence.
   *
   * @param householdId the household number (số hộ)
   * @param relationToHead the citizen's relation to the head ({@code head}, {@code spouse}...)
   * @param members the members, possibly empty
   * @since 0.1.0
   */
  public record Household(String householdId, String relationToHead, List<Member> members) {

    /**
     * Copies the list.
     *
     * @param householdId the household number (số hộ)
     * @param relationToHead the citizen's relation to the head ({@code head}, {@code spouse}...)
     * @param members the members, possibly empty
     */
    public Household {
      members = List.copyOf(members);
    }
  }

  /**
   * A household member.
   *
   * @param personalId the member's personal id, or null (young children, old records)
   * @param fullName the name
   * @param relationToHead the relation to the head
   * @since 0.1.0
   */
  public record Member(
      @Nullable PersonalIdNumber personalId, String fullName, String relationToHead)
      implements LogSafe {
    @Override
    public String masked() {
      return (personalId == null ? "-" : personalId.masked()) + " " + Masking.personName(fullName);
    }

    /**
     * Returns the masked form.
     *
     * @return masked id and name
     */
    @Override
    public String toString() {
      return masked();
    }
  }

  @Override
  public String masked() {
    return personalId.masked() + " " + Masking.personName(fullName);
  }

  /**
   * Returns the masked form.
   *
   * @return masked id and name
   */
  @Override
  public String toString() {
    return masked();
  }
}
