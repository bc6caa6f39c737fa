package vn.lienthong.sandbox.internal.identity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.lienthong.core.id.Gender;
import vn.lienthong.sandbox.persona.AccountType;
import vn.lienthong.sandbox.persona.Assignment;
import vn.lienthong.sandbox.persona.OfficerRole;
import vn.lienthong.sandbox.persona.Persona;
import vn.lienthong.sandbox.persona.PersonaKind;

/** A persona's claims in the strict profile and in the portal's Vietnamese names. */
final class PersonaClaims {

  private static final DateTimeFormatter PORTAL_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

  private PersonaClaims() {}

  /** The strict (and officer) profile claims, without {@code sub}. */
  static Map<String, Object> strict(Persona p, LocalDate today) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("name", p.fullName());
    c.put("birthdate", p.birthDate().toString());
    c.put("gender", gender(p.gender()));
    c.put("acr", p.assuranceLevel().orElseThrow().claimValue());
    c.put("vn_personal_id", p.personalId().orElseThrow().value());
    c.put("vn_account_type", p.accountType().claimValue());
    p.taxCode().ifPresent(t -> c.put("vn_tax_code", t.value()));
    if (p.kind() == PersonaKind.OFFICER) {
      c.put("vn_officer_id", p.officerId().orElseThrow());
      c.put("vn_agency_code", p.agencyCode().orElseThrow().value());
      c.put("vn_roles", p.rolesOn(today).stream().map(OfficerRole::claimValue).toList());
      List<Map<String, Object>> assignments = new ArrayList<>();
      for (Assignment a : p.assignments()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unit", a.unit());
        m.put("level", a.level().name());
        m.put("roles", a.roles().stream().map(OfficerRole::claimValue).toList());
        m.put("from", a.from().toString());
        a.until().ifPresent(t -> m.put("to", t.toString()));
        assignments.add(m);
      }
      c.put("vn_assignments", assignments);
    }
    return c;
  }

  /** The portal's userinfo claims (NPSP and VNeID profiles). */
  static Map<String, Object> portal(Persona p) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("sub", p.subject());
    c.put("SoDinhDanh", p.personalId().orElseThrow().value());
    c.put("HoVaTen", p.fullName());
    c.put("NgayThangNamSinh", p.birthDate().format(PORTAL_DATE));
    c.put("GioiTinh", String.valueOf(p.gender().code()));
    c.put("LoaiTaiKhoan", p.accountType().portalCode());
    if (p.accountType() == AccountType.ENTERPRISE) {
      c.put("MaSoDoanhNghiep", p.taxCode().orElseThrow().value());
    }
    c.put("ThuongTru", p.residence().line());
    p.phone().ifPresent(v -> c.put("SoDienThoai", v));
    p.email().ifPresent(v -> c.put("ThuDienTu", v));
    c.put("loginIdp", "BCA");
    c.put("LoA", p.assuranceLevel().orElseThrow().claimValue());
    return c;
  }

  private static String gender(Gender g) {
    return switch (g) {
      case MALE -> "male";
      case FEMALE -> "female";
      case UNKNOWN -> "unknown";
    };
  }
}
