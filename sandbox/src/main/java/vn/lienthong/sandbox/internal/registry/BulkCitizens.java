package vn.lienthong.sandbox.internal.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.admin.AdministrativeUnits;
import vn.lienthong.core.admin.Commune;
import vn.lienthong.core.id.Gender;
import vn.lienthong.sandbox.SandboxErrorCode;
import vn.lienthong.sandbox.registry.SandboxRegistries;

/**
 * The generated population: citizen {@code i} is computed from {@code i} alone, so 100,000 citizens
 * cost no memory and are the same in every run. Their personal ids end in a serial {@code 900000 +
 * i}, a range no persona uses, so an id maps back to its index. Thread-safe.
 */
public final class BulkCitizens {

  /** The first serial of generated ids. */
  static final int SERIAL_BASE = 900_000;

  private static final long SEED = 0x4c69656e54686f6eL;
  private static final List<String> BIRTH_PLACES =
      List.of("001", "079", "048", "092", "040", "046");
  private static final List<String> FAMILY =
      List.of(
          "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
          "Hồ", "Ngô", "Dương", "Lý");
  private static final List<String> MIDDLE_MALE =
      List.of("Văn", "Hữu", "Đức", "Minh", "Quốc", "Công");
  private static final List<String> MIDDLE_FEMALE =
      List.of("Thị", "Ngọc", "Thu", "Thanh", "Phương", "Bích");
  private static final List<String> GIVEN_MALE =
      List.of(
          "Anh", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khoa", "Long", "Nam", "Phúc", "Quân",
          "Sơn", "Tâm", "Thắng", "Toàn", "Việt");
  private static final List<String> GIVEN_FEMALE =
      List.of(
          "An", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hương", "Lan", "Linh", "Mai", "Nga", "Nhung",
          "Oanh", "Phượng", "Thảo", "Yến");

  private final List<Commune> communes = AdministrativeUnits.july2025().communes();

  /**
   * One generated citizen.
   *
   * @param index its index
   * @param personalId the personal id
   * @param fullName the full name, NFC
   * @param birthDate the birth date
   * @param gender the gender
   * @param commune the commune of permanent residence
   * @param street the street line
   */
  public record Citizen(
      int index,
      String personalId,
      String fullName,
      LocalDate birthDate,
      Gender gender,
      Commune commune,
      String street) {}

  /**
   * Returns generated citizen {@code index}.
   *
   * @param index 0 to {@link SandboxRegistries#BULK_CITIZENS} - 1
   * @return the citizen
   * @throws InvalidInputException if out of range
   */
  public Citizen get(int index) {
    if (index < 0 || index >= SandboxRegistries.BULK_CITIZENS) {
      throw new InvalidInputException(
          SandboxErrorCode.BULK_INDEX_OUT_OF_RANGE,
          ErrorDetails.field("index")
              .rule("range")
              .rejectedValue(String.valueOf(index))
              .with("max", SandboxRegistries.BULK_CITIZENS - 1));
    }
    SplittableRandom r = new SplittableRandom(SEED ^ (index * 0x9E3779B97F4A7C15L));
    boolean male = r.nextBoolean();
    LocalDate birth = LocalDate.of(1945, 1, 1).plusDays(r.nextInt(365 * 62));
    int century = birth.getYear() >= 2000 ? 2 : 0;
    String id =
        BIRTH_PLACES.get(r.nextInt(BIRTH_PLACES.size()))
            + (century + (male ? 0 : 1))
            + String.format("%02d", birth.getYear() % 100)
            + (SERIAL_BASE + index);
    String name =
        FAMILY.get(r.nextInt(FAMILY.size()))
            + " "
            + (male ? MIDDLE_MALE : MIDDLE_FEMALE).get(r.nextInt(6))
            + " "
            + (male ? GIVEN_MALE : GIVEN_FEMALE).get(r.nextInt(16));
    Commune c = communes.get(r.nextInt(communes.size()));
    String street = "Số " + (1 + r.nextInt(300)) + " thôn " + (1 + r.nextInt(12));
    return new Citizen(index, id, name, birth, male ? Gender.MALE : Gender.FEMALE, c, street);
  }

  /**
   * Finds the generated citizen with a personal id.
   *
   * @param personalId a 12-digit id
   * @return the citizen, if the id is one of the generated ones
   */
  public Optional<Citizen> find(String personalId) {
    if (personalId.length() != 12) {
      return Optional.empty();
    }
    int serial;
    try {
      serial = Integer.parseInt(personalId.substring(6));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    int index = serial - SERIAL_BASE;
    if (index < 0 || index >= SandboxRegistries.BULK_CITIZENS) {
      return Optional.empty();
    }
    Citizen c = get(index);
    return c.personalId().equals(personalId) ? Optional.of(c) : Optional.empty();
  }
}
