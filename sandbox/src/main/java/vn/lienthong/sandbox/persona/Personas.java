package vn.lienthong.sandbox.persona;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.admin.AdministrativeUnits;
import vn.lienthong.core.id.Gender;
import vn.lienthong.sandbox.SandboxErrorCode;

/**
 * The sandbox's deterministic test personas: the same ids, names, personal ids and communes in
 * every run, documented in {@code docs/sandbox.md}. Every simulated service seeds from this list.
 * Thread-safe: the list is built once and immutable.
 *
 * <pre>{@code
 * Persona mother = Personas.require("citizen-lan");
 * Persona newborn = Personas.require("newborn-an"); // relation MOTHER -> citizen-lan
 * List<Persona> officers = Personas.ofKind(PersonaKind.OFFICER);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Personas {

  /** The household of citizen-lan, citizen-minh and newborn-an. */
  public static final String HOUSEHOLD_TRAN_MINH = "HGD-00004-000001";

  /** The day officer-moved left commune 00004 for commune 00008. */
  public static final LocalDate OFFICER_MOVE_DAY = LocalDate.of(2026, 3, 1);

  private static final LocalDate REFORM_DAY = LocalDate.of(2025, 7, 1);
  private static final Map<String, Persona> ALL = build();

  private Personas() {}

  /**
   * Returns every persona, citizens first, then newborns, then officers.
   *
   * @return the personas
   * @since 0.1.0
   */
  public static List<Persona> all() {
    return List.copyOf(ALL.values());
  }

  /**
   * Returns the personas of one kind.
   *
   * @param kind the kind
   * @return the personas, in catalogue order
   * @since 0.1.0
   */
  public static List<Persona> ofKind(PersonaKind kind) {
    return ALL.values().stream().filter(p -> p.kind() == kind).toList();
  }

  /**
   * Looks a persona up by id.
   *
   * @param id the persona id
   * @return the persona, if there is one
   * @since 0.1.0
   */
  public static Optional<Persona> byId(String id) {
    return Optional.ofNullable(ALL.get(id));
  }

  /**
   * Returns a persona by id or fails.
   *
   * @param id the persona id
   * @return the persona
   * @throws InvalidInputException if no persona has that id ({@link
   *     SandboxErrorCode#PERSONA_UNKNOWN})
   * @since 0.1.0
   */
  public static Persona require(String id) {
    Persona p = ALL.get(id);
    if (p == null) {
      throw new InvalidInputException(
          SandboxErrorCode.PERSONA_UNKNOWN,
          ErrorDetails.field("persona").rule("persona.known").rejectedValue(id));
    }
    return p;
  }

  private static Residence at(String street, String communeCode) {
    return new Residence(street, AdministrativeUnits.july2025().commune(communeCode).orElseThrow());
  }

  private static Map<String, Persona> build() {
    Map<String, Persona> m = new LinkedHashMap<>();
    Residence baDinh = at("Số 12 phố Đội Cấn", "00004");
    add(
        m,
        Persona.builder()
            .id("citizen-lan")
            .kind(PersonaKind.CITIZEN)
            .fullName("Nguyễn Thị Lan")
            .birthDate(LocalDate.of(1992, 3, 14))
            .gender(Gender.FEMALE)
            .personalId("001192004521")
            .assuranceLevel(AssuranceLevel.LOA2)
            .residence(baDinh)
            .contact("0912000101", "lan.nguyen@sandbox.lienthong.example")
            .householdId(HOUSEHOLD_TRAN_MINH)
            .relation(RelationKind.SPOUSE, "citizen-minh")
            .relation(RelationKind.CHILD, "newborn-an"));
    add(
        m,
        Persona.builder()
            .id("citizen-minh")
            .kind(PersonaKind.CITIZEN)
            .fullName("Trần Văn Minh")
            .birthDate(LocalDate.of(1990, 7, 2))
            .gender(Gender.MALE)
            .personalId("001090017384")
            .assuranceLevel(AssuranceLevel.LOA2)
            .residence(baDinh)
            .contact("0912000102", "minh.tran@sandbox.lienthong.example")
            .householdId(HOUSEHOLD_TRAN_MINH)
            .relation(RelationKind.SPOUSE, "citizen-lan")
            .relation(RelationKind.CHILD, "newborn-an"));
    add(
        m,
        citizen("citizen-hoa", "Lê Thị Hoa", LocalDate.of(1985, 11, 30), Gender.FEMALE)
            .personalId("079185006712")
            .assuranceLevel(AssuranceLevel.LOA1)
            .residence(at("Số 45 đường Lê Thánh Tôn", "26740"))
            .contact("0903000103", "hoa.le@sandbox.lienthong.example"));
    add(
        m,
        citizen("citizen-tuan", "Phạm Anh Tuấn", LocalDate.of(2001, 5, 9), Gender.MALE)
            .personalId("048201003398")
            .assuranceLevel(AssuranceLevel.LOA1)
            .residence(at("Số 8 đường Bạch Đằng", "20242"))
            .contact("0935000104", "tuan.pham@sandbox.lienthong.example"));
    add(
        m,
        citizen("citizen-ngoc", "Võ Thị Bích Ngọc", LocalDate.of(2003, 12, 24), Gender.FEMALE)
            .personalId("092303008845")
            .assuranceLevel(AssuranceLevel.LOA2)
            .residence(at("Số 21 đường Hai Bà Trưng", "31135"))
            .contact("0939000105", "ngoc.vo@sandbox.lienthong.example"));
    add(
        m,
        citizen("citizen-duc", "Hoàng Minh Đức", LocalDate.of(1958, 1, 20), Gender.MALE)
            .personalId("040058002176")
            .assuranceLevel(AssuranceLevel.LOA2)
            .residence(at("Số 3 đường Quang Trung", "16681"))
            .contact("0983000106", "duc.hoang@sandbox.lienthong.example"));
    add(
        m,
        citizen("citizen-thao", "Đặng Phương Thảo", LocalDate.of(1978, 9, 5), Gender.FEMALE)
            .personalId("046178005530")
            .assuranceLevel(AssuranceLevel.LOA1)
            .residence(at("Số 17 đường Lê Lợi", "19789"))
            .contact("0914000107", "thao.dang@sandbox.lienthong.example"));
    add(
        m,
        citizen("citizen-khanh", "Đỗ Gia Khánh", LocalDate.of(1996, 2, 29), Gender.MALE)
            .personalId("001096009917")
            .assuranceLevel(AssuranceLevel.LOA2)
            .residence(at("Số 5 phố Hoàng Hoa Thám", "00008"))
            .contact("0988000108", "khanh.do@sandbox.lienthong.example"));
    add(
        m,
        citizen("enterprise-an-phat", "Bùi Quốc Hùng", LocalDate.of(1980, 6, 15), Gender.MALE)
            .personalId("001080012345")
            .assuranceLevel(AssuranceLevel.LOA2)
            .accountType(AccountType.ENTERPRISE)
            .enterprise("0109012349", "Công ty TNHH Thương mại An Phát")
            .residence(at("Số 30 phố Hàng Bài", "00070"))
            .contact("0904000109", "hung.bui@sandbox.lienthong.example"));
    add(
        m,
        Persona.builder()
            .id("newborn-an")
            .kind(PersonaKind.NEWBORN)
            .fullName("Trần Bình An")
            .birthDate(LocalDate.of(2026, 11, 10))
            .gender(Gender.MALE)
            .residence(baDinh)
            .householdId(HOUSEHOLD_TRAN_MINH)
            .relation(RelationKind.MOTHER, "citizen-lan")
            .relation(RelationKind.FATHER, "citizen-minh"));
    add(
        m,
        officer(
            "officer-receiver",
            "Nguyễn Thu Trang",
            1994,
            4,
            18,
            Gender.FEMALE,
            "001194020011",
            OfficerRole.RECEIVER));
    add(
        m,
        officer(
            "officer-processor",
            "Lê Hoàng Nam",
            1989,
            10,
            3,
            Gender.MALE,
            "001089020022",
            OfficerRole.PROCESSOR));
    add(
        m,
        officer(
            "officer-approver",
            "Trịnh Văn Quang",
            1975,
            8,
            19,
            Gender.MALE,
            "001075020033",
            OfficerRole.APPROVER));
    add(
        m,
        officer(
            "officer-clerk",
            "Phan Thị Mai",
            1991,
            12,
            1,
            Gender.FEMALE,
            "001191020044",
            OfficerRole.CLERK));
    add(
        m,
        officerBase(
                "officer-moved",
                "Vũ Đức Thắng",
                LocalDate.of(1986, 5, 27),
                Gender.MALE,
                "001086020055")
            .officer("CB-00008-0005", "000.08.01.H26")
            .assignment(
                new Assignment(
                    "00004",
                    AssignmentLevel.COMMUNE,
                    List.of(OfficerRole.PROCESSOR),
                    REFORM_DAY,
                    OFFICER_MOVE_DAY))
            .assignment(
                new Assignment(
                    "00008",
                    AssignmentLevel.COMMUNE,
                    List.of(OfficerRole.PROCESSOR),
                    OFFICER_MOVE_DAY,
                    null)));
    add(
        m,
        officerBase(
                "officer-province-admin",
                "Đinh Thị Hương",
                LocalDate.of(1983, 3, 8),
                Gender.FEMALE,
                "001183020066")
            .officer("CB-01-0001", "000.00.00.H26")
            .assignment(
                new Assignment(
                    "01", AssignmentLevel.PROVINCE, List.of(OfficerRole.ADMIN), REFORM_DAY, null)));
    return m;
  }

  private static Persona.Builder citizen(String id, String name, LocalDate birth, Gender gender) {
    return Persona.builder()
        .id(id)
        .kind(PersonaKind.CITIZEN)
        .fullName(name)
        .birthDate(birth)
        .gender(gender);
  }

  private static Persona.Builder officerBase(
      String id, String name, LocalDate birth, Gender gender, String personalId) {
    return Persona.builder()
        .id(id)
        .kind(PersonaKind.OFFICER)
        .fullName(name)
        .birthDate(birth)
        .gender(gender)
        .personalId(personalId)
        .assuranceLevel(AssuranceLevel.LOA2)
        .residence(at("Số 25 phố Liễu Giai", "00004"))
        .contact("02430000" + personalId.substring(9), id + "@sandbox.lienthong.example");
  }

  private static Persona.Builder officer(
      String id,
      String name,
      int y,
      int mo,
      int d,
      Gender gender,
      String personalId,
      OfficerRole role) {
    return officerBase(id, name, LocalDate.of(y, mo, d), gender, personalId)
        .officer("CB-00004-" + personalId.substring(8), "000.04.01.H26")
        .assignment(
            new Assignment("00004", AssignmentLevel.COMMUNE, List.of(role), REFORM_DAY, null));
  }

  private static void add(Map<String, Persona> m, Persona.Builder b) {
    Persona p = b.build();
    if (m.put(p.id(), p) != null) {
      throw new IllegalStateException("duplicate persona " + p.id());
    }
  }
}
