package vn.lienthong.sandbox.persona;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.id.AgencyCode;
import vn.lienthong.core.id.Gender;
import vn.lienthong.core.id.PersonalIdNumber;
import vn.lienthong.core.id.TaxCode;
import vn.lienthong.core.privacy.Masking;

/**
 * A deterministic test person of the sandbox: a citizen, an enterprise representative, a newborn
 * awaiting birth registration or an officer, with everything the simulated services need (the
 * identity claims, the residence and household for the population registry, the relations for civil
 * status, the assignments for officer authorization).
 *
 * <p>Names are NFC; the personal id agrees with the birth date and gender; the residence is a real
 * 2025 commune. All data are fictitious. {@link #toString()} masks personal data. Instances are
 * immutable and thread-safe.
 *
 * <pre>{@code
 * Persona lan = Personas.require("citizen-lan");
 * lan.personalId().orElseThrow();   // 001192004521
 * lan.residence().commune().code(); // 00004
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Persona {

  private final String id;
  private final PersonaKind kind;
  private final String fullName;
  private final LocalDate birthDate;
  private final Gender gender;
  private final @Nullable PersonalIdNumber personalId;
  private final @Nullable AssuranceLevel assuranceLevel;
  private final AccountType accountType;
  private final @Nullable TaxCode taxCode;
  private final @Nullable String organisationName;
  private final Residence residence;
  private final @Nullable String phone;
  private final @Nullable String email;
  private final @Nullable String householdId;
  private final List<Relation> relations;
  private final @Nullable String officerId;
  private final @Nullable AgencyCode agencyCode;
  private final List<Assignment> assignments;
  private final String subject;

  private Persona(Builder b) {
    this.id = require(b.id, "id");
    this.kind = require(b.kind, "kind");
    this.fullName = Normalizer.normalize(require(b.fullName, "fullName"), Normalizer.Form.NFC);
    this.birthDate = require(b.birthDate, "birthDate");
    this.gender = require(b.gender, "gender");
    this.personalId = b.personalId;
    this.assuranceLevel = b.assuranceLevel;
    this.accountType = b.accountType;
    this.taxCode = b.taxCode;
    this.organisationName = b.organisationName;
    this.residence = require(b.residence, "residence");
    this.phone = b.phone;
    this.email = b.email;
    this.householdId = b.householdId;
    this.relations = List.copyOf(b.relations);
    this.officerId = b.officerId;
    this.agencyCode = b.agencyCode;
    this.assignments = List.copyOf(b.assignments);
    if (kind != PersonaKind.NEWBORN && (personalId == null || assuranceLevel == null)) {
      throw new IllegalStateException("personalId and assuranceLevel required for " + kind);
    }
    if (kind == PersonaKind.OFFICER
        && (officerId == null || agencyCode == null || assignments.isEmpty())) {
      throw new IllegalStateException(
          "officerId, agencyCode and assignments required for officers");
    }
    if (accountType == AccountType.ENTERPRISE && taxCode == null) {
      throw new IllegalStateException("taxCode required for enterprise accounts");
    }
    if (personalId != null && !personalId.checkAgainst(birthDate, gender).isEmpty()) {
      throw new IllegalStateException("personal id disagrees with birth date or gender: " + id);
    }
    this.subject = opaqueSubject(id);
  }

  private static <T> T require(@Nullable T value, String name) {
    if (value == null) {
      throw new IllegalStateException(name + " required");
    }
    return value;
  }

  private static String opaqueSubject(String id) {
    try {
      byte[] h =
          MessageDigest.getInstance("SHA-256")
              .digest(("lienthong-sandbox-subject:" + id).getBytes(StandardCharsets.UTF_8));
      return "sbx-" + HexFormat.of().formatHex(h, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing", e);
    }
  }

  /**
   * Returns a builder for a custom persona.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the stable persona id used by {@code persona=} and {@code X-Sandbox-Persona}.
   *
   * @return for example {@code citizen-lan}
   * @since 0.1.0
   */
  public String id() {
    return id;
  }

  /**
   * Returns what the persona is.
   *
   * @return the kind
   * @since 0.1.0
   */
  public PersonaKind kind() {
    return kind;
  }

  /**
   * Returns the opaque, stable {@code sub} claim of this persona.
   *
   * @return {@code sbx-} followed by 24 hex digits
   * @since 0.1.0
   */
  public String subject() {
    return subject;
  }

  /**
   * Returns the full name in NFC.
   *
   * @return for example {@code Nguyễn Thị Lan}
   * @since 0.1.0
   */
  public String fullName() {
    return fullName;
  }

  /**
   * Returns the birth date.
   *
   * @return the date
   * @since 0.1.0
   */
  public LocalDate birthDate() {
    return birthDate;
  }

  /**
   * Returns the gender.
   *
   * @return the gender
   * @since 0.1.0
   */
  public Gender gender() {
    return gender;
  }

  /**
   * Returns the personal id; a newborn awaiting birth registration has none.
   *
   * @return the 12-digit personal id, if issued
   * @since 0.1.0
   */
  public Optional<PersonalIdNumber> personalId() {
    return Optional.ofNullable(personalId);
  }

  /**
   * Returns the VNeID level the persona logs in with; newborns have no account.
   *
   * @return the level, if the persona can log in
   * @since 0.1.0
   */
  public Optional<AssuranceLevel> assuranceLevel() {
    return Optional.ofNullable(assuranceLevel);
  }

  /**
   * Returns the account type.
   *
   * @return the account type
   * @since 0.1.0
   */
  public AccountType accountType() {
    return accountType;
  }

  /**
   * Returns the enterprise tax code of an enterprise account.
   *
   * @return the tax code, for enterprise accounts
   * @since 0.1.0
   */
  public Optional<TaxCode> taxCode() {
    return Optional.ofNullable(taxCode);
  }

  /**
   * Returns the enterprise or organisation name.
   *
   * @return the name, for enterprise and organisation accounts
   * @since 0.1.0
   */
  public Optional<String> organisationName() {
    return Optional.ofNullable(organisationName);
  }

  /**
   * Returns the permanent residence.
   *
   * @return the residence
   * @since 0.1.0
   */
  public Residence residence() {
    return residence;
  }

  /**
   * Returns the mobile phone number.
   *
   * @return the number, if any
   * @since 0.1.0
   */
  public Optional<String> phone() {
    return Optional.ofNullable(phone);
  }

  /**
   * Returns the e-mail address.
   *
   * @return the address, if any
   * @since 0.1.0
   */
  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  /**
   * Returns the household (hộ gia đình) id shared by the members of one household.
   *
   * @return the household id, if the persona belongs to a seeded household
   * @since 0.1.0
   */
  public Optional<String> householdId() {
    return Optional.ofNullable(householdId);
  }

  /**
   * Returns the family relations to other personas.
   *
   * @return the relations, possibly empty
   * @since 0.1.0
   */
  public List<Relation> relations() {
    return relations;
  }

  /**
   * Returns the officer id ({@code vn_officer_id}).
   *
   * @return the id, for officers
   * @since 0.1.0
   */
  public Optional<String> officerId() {
    return Optional.ofNullable(officerId);
  }

  /**
   * Returns the agency electronic identifier of the officer's agency ({@code vn_agency_code}).
   *
   * @return the agency code, for officers
   * @since 0.1.0
   */
  public Optional<AgencyCode> agencyCode() {
    return Optional.ofNullable(agencyCode);
  }

  /**
   * Returns every assignment, ended ones included.
   *
   * @return the assignments, empty for non-officers
   * @since 0.1.0
   */
  public List<Assignment> assignments() {
    return assignments;
  }

  /**
   * Returns the roles of the assignments active on a day.
   *
   * @param day the day
   * @return the roles, in declaration order
   * @since 0.1.0
   */
  public Set<OfficerRole> rolesOn(LocalDate day) {
    Set<OfficerRole> roles = EnumSet.noneOf(OfficerRole.class);
    for (Assignment a : assignments) {
      if (a.activeOn(day)) {
        roles.addAll(a.roles());
      }
    }
    return roles;
  }

  /**
   * Tells whether the persona can log in (has an account).
   *
   * @return false for newborns
   * @since 0.1.0
   */
  public boolean canLogIn() {
    return kind != PersonaKind.NEWBORN;
  }

  @Override
  public String toString() {
    return "Persona["
        + id
        + ", "
        + kind
        + ", "
        + Masking.personName(fullName)
        + (personalId == null ? "" : ", " + personalId.masked())
        + "]";
  }

  /**
   * Builds a {@link Persona}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable PersonaKind kind;
    private @Nullable String fullName;
    private @Nullable LocalDate birthDate;
    private @Nullable Gender gender;
    private @Nullable PersonalIdNumber personalId;
    private @Nullable AssuranceLevel assuranceLevel;
    private AccountType accountType = AccountType.CITIZEN;
    private @Nullable TaxCode taxCode;
    private @Nullable String organisationName;
    private @Nullable Residence residence;
    private @Nullable String phone;
    private @Nullable String email;
    private @Nullable String householdId;
    private final List<Relation> relations = new ArrayList<>();
    private @Nullable String officerId;
    private @Nullable AgencyCode agencyCode;
    private final List<Assignment> assignments = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the stable id.
     *
     * @param id lower-case letters, digits and dashes
     * @return this builder
     */
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets the kind.
     *
     * @param kind the kind
     * @return this builder
     */
    public Builder kind(PersonaKind kind) {
      this.kind = Objects.requireNonNull(kind, "kind");
      return this;
    }

    /**
     * Sets the full name (normalised to NFC).
     *
     * @param fullName the name
     * @return this builder
     */
    public Builder fullName(String fullName) {
      this.fullName = Objects.requireNonNull(fullName, "fullName");
      return this;
    }

    /**
     * Sets the birth date.
     *
     * @param birthDate the date
     * @return this builder
     */
    public Builder birthDate(LocalDate birthDate) {
      this.birthDate = Objects.requireNonNull(birthDate, "birthDate");
      return this;
    }

    /**
     * Sets the gender.
     *
     * @param gender the gender
     * @return this builder
     */
    public Builder gender(Gender gender) {
      this.gender = Objects.requireNonNull(gender, "gender");
      return this;
    }

    /**
     * Sets the personal id, which must agree with the birth date and gender.
     *
     * @param personalId the 12 digits
     * @return this builder
     * @throws vn.lienthong.core.InvalidInputException if it is not 12 digits
     */
    public Builder personalId(String personalId) {
      this.personalId = PersonalIdNumber.parse(personalId);
      return this;
    }

    /**
     * Sets the VNeID level.
     *
     * @param level the level
     * @return this builder
     */
    public Builder assuranceLevel(AssuranceLevel level) {
      this.assuranceLevel = Objects.requireNonNull(level, "level");
      return this;
    }

    /**
     * Sets the account type (default citizen).
     *
     * @param accountType the type
     * @return this builder
     */
    public Builder accountType(AccountType accountType) {
      this.accountType = Objects.requireNonNull(accountType, "accountType");
      return this;
    }

    /**
     * Sets the enterprise's tax code and name.
     *
     * @param taxCode the 10-digit tax code
     * @param name the enterprise name
     * @return this builder
     * @throws vn.lienthong.core.InvalidInputException if the tax code is invalid
     */
    public Builder enterprise(String taxCode, String name) {
      this.taxCode = TaxCode.parse(taxCode);
      this.organisationName = Normalizer.normalize(name, Normalizer.Form.NFC);
      return this;
    }

    /**
     * Sets the permanent residence.
     *
     * @param residence the residence
     * @return this builder
     */
    public Builder residence(Residence residence) {
      this.residence = Objects.requireNonNull(residence, "residence");
      return this;
    }

    /**
     * Sets the phone number and e-mail address.
     *
     * @param phone the phone
     * @param email the e-mail
     * @return this builder
     */
    public Builder contact(String phone, String email) {
      this.phone = Objects.requireNonNull(phone, "phone");
      this.email = Objects.requireNonNull(email, "email");
      return this;
    }

    /**
     * Sets the household id.
     *
     * @param householdId the id shared by the household's members
     * @return this builder
     */
    public Builder householdId(String householdId) {
      this.householdId = Objects.requireNonNull(householdId, "householdId");
      return this;
    }

    /**
     * Adds a relation.
     *
     * @param kind what the other persona is to this one
     * @param personaId the other persona
     * @return this builder
     */
    public Builder relation(RelationKind kind, String personaId) {
      relations.add(new Relation(kind, personaId));
      return this;
    }

    /**
     * Sets the officer id and agency.
     *
     * @param officerId the officer id
     * @param agencyCode the agency's electronic identifier
     * @return this builder
     * @throws vn.lienthong.core.InvalidInputException if the agency code is malformed
     */
    public Builder officer(String officerId, String agencyCode) {
      this.officerId = Objects.requireNonNull(officerId, "officerId");
      this.agencyCode = AgencyCode.parse(agencyCode);
      return this;
    }

    /**
     * Adds an assignment.
     *
     * @param assignment the assignment
     * @return this builder
     */
    public Builder assignment(Assignment assignment) {
      assignments.add(Objects.requireNonNull(assignment, "assignment"));
      return this;
    }

    /**
     * Builds the persona.
     *
     * @return the persona
     * @throws IllegalStateException if a required part is missing or the personal id disagrees with
     *     the birth date or gender
     */
    public Persona build() {
      return new Persona(this);
    }
  }
}
