package vn.lienthong.refapp.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.lienthong.core.privacy.Masking;
import vn.lienthong.identity.officer.Assignment;
import vn.lienthong.identity.officer.Officer;
import vn.lienthong.identity.officer.OfficerRole;

/** Who is logged in to a web session: a citizen or an officer (kept in the session table). */
sealed interface Principal permits Principal.Citizen, Principal.Staff {

  /** Display name (NFC). */
  String fullName();

  /**
   * A logged-in citizen.
   *
   * @param subject the provider's subject
   * @param personalId the 12-digit personal id
   * @param fullName the name
   * @param assurance the assurance level's acr value
   */
  record Citizen(String subject, String personalId, String fullName, String assurance)
      implements Principal {
    @Override
    public String toString() {
      return "Citizen[" + Masking.personalIdNumber(personalId) + "]";
    }
  }

  /**
   * A logged-in officer.
   *
   * @param subject the provider's subject
   * @param officerId the officer id
   * @param fullName the name
   * @param agency the agency code
   * @param assignments the assignments (ended ones included)
   */
  record Staff(
      String subject,
      String officerId,
      String fullName,
      String agency,
      List<Assignment> assignments)
      implements Principal {

    public Staff {
      assignments = List.copyOf(assignments);
    }

    static Staff of(Officer officer) {
      return new Staff(
          officer.subject(),
          officer.officerId(),
          officer.fullName(),
          officer.agency().toString(),
          officer.assignments());
    }

    Officer officer() {
      return Officer.builder()
          .subject(subject)
          .officerId(officerId)
          .fullName(fullName)
          .agency(vn.lienthong.core.id.AgencyCode.parse(agency))
          .assignments(assignments)
          .build();
    }

    /** The commune codes of the assignments in force on a day. */
    Set<String> unitsOn(LocalDate day) {
      java.util.Set<String> units = new java.util.TreeSet<>();
      for (Assignment a : assignments) {
        if (!day.isBefore(a.from()) && (a.to() == null || !day.isAfter(a.to()))) {
          units.add(a.unit());
        }
      }
      return units;
    }

    /** The roles of the assignments in force on a day. */
    Set<OfficerRole> rolesOn(LocalDate day) {
      java.util.Set<OfficerRole> roles = java.util.EnumSet.noneOf(OfficerRole.class);
      for (Assignment a : assignments) {
        if (!day.isBefore(a.from()) && (a.to() == null || !day.isAfter(a.to()))) {
          roles.addAll(a.roles());
        }
      }
      return roles;
    }

    @Override
    public String toString() {
      return "Staff[" + officerId + "]";
    }
  }
}
