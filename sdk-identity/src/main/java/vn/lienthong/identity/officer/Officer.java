package vn.lienthong.identity.officer;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.id.AgencyCode;
import vn.lienthong.core.privacy.LogSafe;
import vn.lienthong.core.privacy.Masking;

/**
 * A government officer (cán bộ, công chức) as the officer SSO proved them: officer id, name,
 * agency, roles and the full history of assignments.
 *
 * <p>{@link #toString()} masks the name. Immutable and thread-safe.
 *
 * <pre>{@code
 * Officer officer = officerLogin.finish(callbackUri, keptState);
 * officer.agency();       // 000.00.01.H26
 * officer.assignments();  // commune 00004 from 2025-07-01 ...
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Officer implements LogSafe {

  private final String subject;
  private final String officerId;
  private final String fullName;
  private final AgencyCode agency;
  private final Set<OfficerRole> roles;
  private final List<Assignment> assignments;

  private Officer(Builder b) {
    this.subject = require(b.subject, "subject");
    this.officerId = require(b.officerId, "officerId");
    this.fullName = require(b.fullName, "fullName");
    this.agency = require(b.agency, "agency");
    this.roles = Set.copyOf(b.roles);
    this.assignments = List.copyOf(b.assignments);
  }

  private static <T> T require(@Nullable T v, String name) {
    if (v == null) {
      throw new IllegalStateException(name + " required");
    }
    return v;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the provider's subject identifier.
   *
   * @return the subject
   * @since 0.1.0
   */
  public String subject() {
    return subject;
  }

  /**
   * Returns the officer id ({@code vn_officer_id}).
   *
   * @return the officer id
   * @since 0.1.0
   */
  public String officerId() {
    return officerId;
  }

  /**
   * Returns the full name, NFC.
   *
   * @return the name
   * @since 0.1.0
   */
  public String fullName() {
    return fullName;
  }

  /**
   * Returns the agency's electronic identifier (mã định danh điện tử của cơ quan).
   *
   * @return the agency code
   * @since 0.1.0
   */
  public AgencyCode agency() {
    return agency;
  }

  /**
   * Returns every role the officer holds somewhere ({@code vn_roles}).
   *
   * @return the roles
   * @since 0.1.0
   */
  public Set<OfficerRole> roles() {
    return roles;
  }

  /**
   * Returns every assignment, ended ones included.
   *
   * @return the assignment history
   * @since 0.1.0
   */
  public List<Assignment> assignments() {
    return assignments;
  }

  /**
   * Returns a log-safe rendering.
   *
   * @return officer id, masked name and agency
   * @since 0.1.0
   */
  @Override
  public String masked() {
    return "Officer[" + officerId + ", " + Masking.personName(fullName) + ", " + agency + "]";
  }

  /**
   * Returns {@link #masked()}.
   *
   * @return the masked rendering
   */
  @Override
  public String toString() {
    return masked();
  }

  /**
   * Builds an {@link Officer}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable String subject;
    private @Nullable String officerId;
    private @Nullable String fullName;
    private @Nullable AgencyCode agency;
    private Set<OfficerRole> roles = EnumSet.noneOf(OfficerRole.class);
    private List<Assignment> assignments = List.of();

    private Builder() {}

    /**
     * Sets the subject (required).
     *
     * @param subject the subject
     * @return this builder
     * @since 0.1.0
     */
    public Builder subject(String subject) {
      this.subject = Objects.requireNonNull(subject, "subject");
      return this;
    }

    /**
     * Sets the officer id (required).
     *
     * @param officerId the officer id
     * @return this builder
     * @since 0.1.0
     */
    public Builder officerId(String officerId) {
      this.officerId = Objects.requireNonNull(officerId, "officerId");
      return this;
    }

    /**
     * Sets the full name (required), NFC-normalised.
     *
     * @param fullName the name
     * @return this builder
     * @since 0.1.0
     */
    public Builder fullName(String fullName) {
      this.fullName =
          java.text.Normalizer.normalize(
              Objects.requireNonNull(fullName, "fullName"), java.text.Normalizer.Form.NFC);
      return this;
    }

    /**
     * Sets the agency (required).
     *
     * @param agency the agency code
     * @return this builder
     * @since 0.1.0
     */
    public Builder agency(AgencyCode agency) {
      this.agency = Objects.requireNonNull(agency, "agency");
      return this;
    }

    /**
     * Sets the roles.
     *
     * @param roles the roles
     * @return this builder
     * @since 0.1.0
     */
    public Builder roles(Set<OfficerRole> roles) {
      this.roles = Set.copyOf(roles);
      return this;
    }

    /**
     * Sets the assignment history.
     *
     * @param assignments the assignments, ended ones included
     * @return this builder
     * @since 0.1.0
     */
    public Builder assignments(List<Assignment> assignments) {
      this.assignments = List.copyOf(assignments);
      return this;
    }

    /**
     * Builds the officer.
     *
     * @return the officer
     * @throws IllegalStateException if subject, officer id, name or agency is missing
     * @since 0.1.0
     */
    public Officer build() {
      return new Officer(this);
    }
  }
}
