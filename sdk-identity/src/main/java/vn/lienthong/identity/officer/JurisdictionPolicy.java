package vn.lienthong.identity.officer;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.admin.AdministrativeUnits;
import vn.lienthong.core.admin.Commune;

/**
 * Decides whether an officer may act on a dossier of a commune on a date: an assignment in force on
 * that date must cover the commune (a commune assignment names it; a province assignment covers
 * every commune of its province) and hold the role the action needs. Ended assignments stay in the
 * history and deny. Every {@link Decision} explains itself in English and Vietnamese.
 *
 * <p>Instances are immutable and thread-safe; create one and reuse it.
 *
 * <pre>{@code
 * Decision d = JurisdictionPolicy.create()
 *     .decide(officer, OfficerAction.PROCESS, "00013", LocalDate.of(2026, 4, 1));
 * d.allowed();   // false
 * d.english();   // denied: officer CB-0001 is assigned to commune 00004 until 2026-03-01; ...
 * }</pre>
 *
 * @since 0.1.0
 */
public final class JurisdictionPolicy {

  private final AdministrativeUnits units;

  private JurisdictionPolicy(AdministrativeUnits units) {
    this.units = units;
  }

  /**
   * Returns a policy over the administrative units in force now.
   *
   * @return the policy
   * @since 0.1.0
   */
  public static JurisdictionPolicy create() {
    return new JurisdictionPolicy(AdministrativeUnits.current());
  }

  /**
   * Returns a policy over a given administrative unit list.
   *
   * @param units the unit list that says which province a commune belongs to
   * @return the policy
   * @throws NullPointerException if {@code units} is null
   * @since 0.1.0
   */
  public static JurisdictionPolicy of(AdministrativeUnits units) {
    return new JurisdictionPolicy(Objects.requireNonNull(units, "units"));
  }

  /**
   * Decides one action.
   *
   * @param officer the officer
   * @param action the action on the dossier
   * @param dossierCommune the 5-digit code of the commune the dossier belongs to
   * @param at the day the action happens
   * @return the decision with its explanation
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  public Decision decide(
      Officer officer, OfficerAction action, String dossierCommune, LocalDate at) {
    Objects.requireNonNull(officer, "officer");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(dossierCommune, "dossierCommune");
    Objects.requireNonNull(at, "at");
    String who = officer.officerId();
    Optional<Commune> commune;
    try {
      commune = units.commune(dossierCommune);
    } catch (InvalidInputException e) {
      commune = Optional.empty();
    }
    if (commune.isEmpty()) {
      return deny(
          Decision.Reason.UNKNOWN_COMMUNE,
          String.format(
              "denied: %s is not a commune code of the administrative unit list %s",
              printable(dossierCommune), units.version()),
          String.format(
              "từ chối: %s không phải mã đơn vị hành chính cấp xã trong danh mục %s",
              printable(dossierCommune), units.version()));
    }
    String province = commune.get().province().code();
    OfficerRole role = action.requiredRole();
    List<Assignment> covering =
        officer.assignments().stream().filter(a -> covers(a, dossierCommune, province)).toList();
    Optional<Assignment> granting =
        covering.stream()
            .filter(a -> a.activeOn(at) && a.roles().contains(role))
            .min(Comparator.comparing(Assignment::level));
    if (granting.isPresent()) {
      Assignment a = granting.get();
      boolean byProvince = a.level() == UnitLevel.PROVINCE;
      return new Decision(
          true,
          byProvince ? Decision.Reason.PROVINCE_ASSIGNMENT : Decision.Reason.COMMUNE_ASSIGNMENT,
          String.format(
              "allowed: officer %s holds the %s role in %s%s, which covers commune %s",
              who, role.claimValue(), unitEn(a), spanEn(a), dossierCommune),
          String.format(
              "cho phép: cán bộ %s có vai trò %s tại %s%s, bao gồm xã %s",
              who, role.vietnamese(), unitVi(a), spanVi(a), dossierCommune));
    }
    Optional<Assignment> activeCovering = covering.stream().filter(a -> a.activeOn(at)).findFirst();
    if (activeCovering.isPresent()) {
      Assignment a = activeCovering.get();
      return deny(
          Decision.Reason.ROLE_MISSING,
          String.format(
              "denied: officer %s is assigned to %s but without the %s role needed to %s",
              who, unitEn(a), role.claimValue(), action.name().toLowerCase(java.util.Locale.ROOT)),
          String.format(
              "từ chối: cán bộ %s được phân công tại %s nhưng không có vai trò %s",
              who, unitVi(a), role.vietnamese()));
    }
    Optional<Assignment> ended =
        covering.stream()
            .filter(a -> a.to() != null && a.to().isBefore(at))
            .max(Comparator.comparing(a -> Objects.requireNonNull(a.to())));
    if (ended.isPresent()) {
      Assignment a = ended.get();
      return deny(
          Decision.Reason.ASSIGNMENT_ENDED,
          String.format(
              "denied: officer %s's assignment to %s ended on %s; the action is on %s",
              who, unitEn(a), a.to(), at),
          String.format(
              "từ chối: việc phân công cán bộ %s tại %s đã kết thúc ngày %s; thao tác diễn ra ngày"
                  + " %s",
              who, unitVi(a), a.to(), at));
    }
    if (!covering.isEmpty()) {
      Assignment a = covering.get(0);
      return deny(
          Decision.Reason.ASSIGNMENT_NOT_STARTED,
          String.format(
              "denied: officer %s's assignment to %s starts on %s; the action is on %s",
              who, unitEn(a), a.from(), at),
          String.format(
              "từ chối: việc phân công cán bộ %s tại %s bắt đầu từ ngày %s; thao tác diễn ra ngày"
                  + " %s",
              who, unitVi(a), a.from(), at));
    }
    Optional<Assignment> elsewhere =
        officer.assignments().stream().filter(a -> a.activeOn(at)).findFirst();
    if (elsewhere.isPresent()) {
      Assignment a = elsewhere.get();
      return deny(
          Decision.Reason.OTHER_UNIT,
          String.format(
              "denied: officer %s is assigned to %s%s; the dossier belongs to %s",
              who, unitEn(a), untilEn(a), dossierCommune),
          String.format(
              "từ chối: cán bộ %s được phân công tại %s%s; hồ sơ thuộc xã %s",
              who, unitVi(a), untilVi(a), dossierCommune));
    }
    return deny(
        Decision.Reason.NO_ASSIGNMENT,
        String.format(
            "denied: officer %s has no assignment in force on %s; the dossier belongs to %s",
            who, at, dossierCommune),
        String.format(
            "từ chối: cán bộ %s không có phân công nào còn hiệu lực vào ngày %s; hồ sơ thuộc xã %s",
            who, at, dossierCommune));
  }

  private static boolean covers(Assignment a, String commune, String province) {
    return a.level() == UnitLevel.COMMUNE ? a.unit().equals(commune) : a.unit().equals(province);
  }

  private static Decision deny(Decision.Reason reason, String en, String vi) {
    return new Decision(false, reason, en, vi);
  }

  private static String unitEn(Assignment a) {
    return (a.level() == UnitLevel.COMMUNE ? "commune " : "province ") + a.unit();
  }

  private static String unitVi(Assignment a) {
    return (a.level() == UnitLevel.COMMUNE ? "xã " : "tỉnh ") + a.unit();
  }

  private static String untilEn(Assignment a) {
    return a.to() == null ? "" : " until " + a.to();
  }

  private static String untilVi(Assignment a) {
    return a.to() == null ? "" : " đến hết ngày " + a.to();
  }

  private static String spanEn(Assignment a) {
    return " from " + a.from() + untilEn(a);
  }

  private static String spanVi(Assignment a) {
    return " từ ngày " + a.from() + untilVi(a);
  }

  private static String printable(String s) {
    String cut = s.length() > 16 ? s.substring(0, 16) + "…" : s;
    return cut.replaceAll("[^0-9A-Za-z]", "?");
  }
}
