package vn.lienthong.identity.internal.officer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.id.AgencyCode;
import vn.lienthong.identity.VerifiedLogin;
import vn.lienthong.identity.internal.ClaimMapping;
import vn.lienthong.identity.internal.Json;
import vn.lienthong.identity.officer.Assignment;
import vn.lienthong.identity.officer.Officer;
import vn.lienthong.identity.officer.OfficerRole;
import vn.lienthong.identity.officer.UnitLevel;

/**
 * Maps officer claims ({@code vn_officer_id}, {@code vn_agency_code}, ...) to an {@link Officer}.
 */
public final class OfficerClaims {

  /** Most assignments read from one token; a longer history is refused. */
  public static final int MAX_ASSIGNMENTS = 200;

  private OfficerClaims() {}

  /**
   * Maps a verified login.
   *
   * @param l the login
   * @return the officer
   */
  public static Officer officer(VerifiedLogin l) {
    String agency = ClaimMapping.required(l, "vn_agency_code");
    AgencyCode code;
    try {
      code = AgencyCode.parse(agency);
    } catch (InvalidInputException e) {
      throw ClaimMapping.invalid("vn_agency_code", "agency-code", agency);
    }
    return Officer.builder()
        .subject(l.subject())
        .officerId(ClaimMapping.required(l, "vn_officer_id"))
        .fullName(ClaimMapping.required(l, "name"))
        .agency(code)
        .roles(roles(l.claims(), "vn_roles"))
        .assignments(assignments(l.claims().get("vn_assignments")))
        .build();
  }

  private static Set<OfficerRole> roles(Map<String, Object> m, String name) {
    List<String> values;
    try {
      values = Json.strings(m, name);
    } catch (IllegalArgumentException e) {
      throw ClaimMapping.invalid(name, "array of roles", "?");
    }
    Set<OfficerRole> roles = EnumSet.noneOf(OfficerRole.class);
    for (String v : values) {
      roles.add(
          OfficerRole.fromClaimValue(v).orElseThrow(() -> ClaimMapping.invalid(name, "role", v)));
    }
    return roles;
  }

  private static List<Assignment> assignments(Object claim) {
    if (claim == null) {
      return List.of();
    }
    if (!(claim instanceof List) || ((List<?>) claim).size() > MAX_ASSIGNMENTS) {
      throw ClaimMapping.invalid("vn_assignments", "array of at most " + MAX_ASSIGNMENTS, "?");
    }
    List<Assignment> out = new ArrayList<>();
    for (Object o : (List<?>) claim) {
      if (!(o instanceof Map)) {
        throw ClaimMapping.invalid("vn_assignments", "object", "?");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> a = (Map<String, Object>) o;
      try {
        String to = Json.optString(a, "to");
        out.add(
            new Assignment(
                Json.string(a, "unit"),
                UnitLevel.valueOf(Json.string(a, "level")),
                roles(a, "roles"),
                LocalDate.parse(Json.string(a, "from")),
                to == null ? null : LocalDate.parse(to)));
      } catch (IllegalArgumentException | DateTimeParseException e) {
        throw ClaimMapping.invalid("vn_assignments", "unit, level, roles, from, to", "?");
      }
    }
    return out;
  }
}
