package vn.lienthong.identity;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.id.Gender;
import vn.lienthong.core.id.PersonalIdNumber;
import vn.lienthong.core.id.TaxCode;
import vn.lienthong.core.privacy.LogSafe;
import vn.lienthong.core.privacy.Masking;

/**
 * The person a national identity login proved, the same whichever profile was used: personal
 * identification number, full name, birth date, gender, assurance level, account type and the
 * identity provider it came from.
 *
 * <p>{@link #toString()} and {@link #masked()} hide the personal data. Immutable and thread-safe.
 *
 * <pre>{@code
 * CitizenIdentity who = login.finish(callbackUri, keptState);
 * who.personalId().value();   // "001203004567"
 * who.assurance();            // LEVEL_2
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CitizenIdentity implements LogSafe {

  private final String subject;
  private final PersonalIdNumber personalId;
  private final String fullName;
  private final @Nullable LocalDate birthDate;
  private final Gender gender;
  private final AssuranceLevel assurance;
  private final AccountType accountType;
  private final @Nullable TaxCode taxCode;
  private final IdentityProfile profile;
  private final String issuer;
  private final @Nullable String upstreamProvider;

  private CitizenIdentity(Builder b) {
    this.subject = require(b.subject, "subject");
    this.personalId = require(b.personalId, "personalId");
    this.fullName = require(b.fullName, "fullName");
    this.birthDate = b.birthDate;
    this.gender = b.gender;
    this.assurance = require(b.assurance, "assurance");
    this.accountType = b.accountType;
    this.taxCode = b.taxCode;
    this.profile = b.profile;
    this.issuer = require(b.issuer, "issuer");
    this.upstreamProvider = b.upstreamProvider;
  }

  private static <T> T require(@Nullable T value, String name) {
    if (value == null) {
      throw new IllegalStateException(name + " required");
    }
    return value;
  }

  /**
   * Returns a builder; the relying party builds identities, tests and adapters may too.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the provider's subject identifier ({@code sub}): opaque, stable per person and
   * provider.
   *
   * @return the subject
   * @since 0.1.0
   */
  public String subject() {
    return subject;
  }

  /**
   * Returns the 12-digit personal identification number (số định danh cá nhân).
   *
   * @return the personal id
   * @since 0.1.0
   */
  public PersonalIdNumber personalId() {
    return personalId;
  }

  /**
   * Returns the full name, NFC-normalised.
   *
   * @return the name
   * @since 0.1.0
   */
  public String fullName() {
    return fullName;
  }

  /**
   * Returns the birth date, when the provider sent one.
   *
   * @return the birth date
   * @since 0.1.0
   */
  public Optional<LocalDate> birthDate() {
    return Optional.ofNullable(birthDate);
  }

  /**
   * Returns the gender ({@link Gender#UNKNOWN} when not sent).
   *
   * @return the gender
   * @since 0.1.0
   */
  public Gender gender() {
    return gender;
  }

  /**
   * Returns the assurance level of this login.
   *
   * @return the level
   * @since 0.1.0
   */
  public AssuranceLevel assurance() {
    return assurance;
  }

  /**
   * Returns the kind of account that logged in.
   *
   * @return the account type
   * @since 0.1.0
   */
  public AccountType accountType() {
    return accountType;
  }

  /**
   * Returns the enterprise's tax code for enterprise accounts.
   *
   * @return the tax code
   * @since 0.1.0
   */
  public Optional<TaxCode> taxCode() {
    return Optional.ofNullable(taxCode);
  }

  /**
   * Returns the profile the login used.
   *
   * @return the profile
   * @since 0.1.0
   */
  public IdentityProfile profile() {
    return profile;
  }

  /**
   * Returns the issuer identifier of the provider that proved the identity.
   *
   * @return the issuer
   * @since 0.1.0
   */
  public String issuer() {
    return issuer;
  }

  /**
   * Returns the provider behind the portal, when it says ({@code loginIdp}, {@code BCA} for VNeID).
   *
   * @return the upstream provider
   * @since 0.1.0
   */
  public Optional<String> upstreamProvider() {
    return Optional.ofNullable(upstreamProvider);
  }

  /**
   * Returns a log-safe rendering: personal id and name masked.
   *
   * @return the masked rendering
   * @since 0.1.0
   */
  @Override
  public String masked() {
    return "CitizenIdentity["
        + personalId.masked()
        + ", "
        + Masking.personName(fullName)
        + ", "
        + assurance
        + ", "
        + accountType
        + ", "
        + profile
        + "]";
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
   * Compares every attribute.
   *
   * @param o the other object
   * @return {@code true} if equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof CitizenIdentity)) {
      return false;
    }
    CitizenIdentity c = (CitizenIdentity) o;
    return subject.equals(c.subject)
        && personalId.equals(c.personalId)
        && fullName.equals(c.fullName)
        && Objects.equals(birthDate, c.birthDate)
        && gender == c.gender
        && assurance == c.assurance
        && accountType == c.accountType
        && Objects.equals(taxCode, c.taxCode)
        && profile == c.profile
        && issuer.equals(c.issuer)
        && Objects.equals(upstreamProvider, c.upstreamProvider);
  }

  /**
   * Hashes the identifying attributes.
   *
   * @return the hash
   */
  @Override
  public int hashCode() {
    return Objects.hash(subject, personalId, issuer);
  }

  /**
   * Builds a {@link CitizenIdentity}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable String subject;
    private @Nullable PersonalIdNumber personalId;
    private @Nullable String fullName;
    private @Nullable LocalDate birthDate;
    private Gender gender = Gender.UNKNOWN;
    private @Nullable AssuranceLevel assurance;
    private AccountType accountType = AccountType.CITIZEN;
    private @Nullable TaxCode taxCode;
    private IdentityProfile profile = IdentityProfile.STRICT;
    private @Nullable String issuer;
    private @Nullable String upstreamProvider;

    private Builder() {}

    /**
     * Sets the subject identifier (required).
     *
     * @param subject the {@code sub} value
     * @return this builder
     * @since 0.1.0
     */
    public Builder subject(String subject) {
      this.subject = Objects.requireNonNull(subject, "subject");
      return this;
    }

    /**
     * Sets the personal id (required).
     *
     * @param personalId the personal id
     * @return this builder
     * @since 0.1.0
     */
    public Builder personalId(PersonalIdNumber personalId) {
      this.personalId = Objects.requireNonNull(personalId, "personalId");
      return this;
    }

    /**
     * Sets the full name (required); it is NFC-normalised.
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
     * Sets the birth date.
     *
     * @param birthDate the date, or null if unknown
     * @return this builder
     * @since 0.1.0
     */
    public Builder birthDate(@Nullable LocalDate birthDate) {
      this.birthDate = birthDate;
      return this;
    }

    /**
     * Sets the gender (default unknown).
     *
     * @param gender the gender
     * @return this builder
     * @since 0.1.0
     */
    public Builder gender(Gender gender) {
      this.gender = Objects.requireNonNull(gender, "gender");
      return this;
    }

    /**
     * Sets the assurance level (required).
     *
     * @param assurance the level
     * @return this builder
     * @since 0.1.0
     */
    public Builder assurance(AssuranceLevel assurance) {
      this.assurance = Objects.requireNonNull(assurance, "assurance");
      return this;
    }

    /**
     * Sets the account type (default citizen).
     *
     * @param accountType the type
     * @return this builder
     * @since 0.1.0
     */
    public Builder accountType(AccountType accountType) {
      this.accountType = Objects.requireNonNull(accountType, "accountType");
      return this;
    }

    /**
     * Sets the enterprise tax code.
     *
     * @param taxCode the tax code, or null
     * @return this builder
     * @since 0.1.0
     */
    public Builder taxCode(@Nullable TaxCode taxCode) {
      this.taxCode = taxCode;
      return this;
    }

    /**
     * Sets the profile (default strict).
     *
     * @param profile the profile
     * @return this builder
     * @since 0.1.0
     */
    public Builder profile(IdentityProfile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /**
     * Sets the issuer (required).
     *
     * @param issuer the issuer identifier
     * @return this builder
     * @since 0.1.0
     */
    public Builder issuer(String issuer) {
      this.issuer = Objects.requireNonNull(issuer, "issuer");
      return this;
    }

    /**
     * Sets the upstream provider named by the portal.
     *
     * @param upstreamProvider the provider, or null
     * @return this builder
     * @since 0.1.0
     */
    public Builder upstreamProvider(@Nullable String upstreamProvider) {
      this.upstreamProvider = upstreamProvider;
      return this;
    }

    /**
     * Builds the identity.
     *
     * @return the identity
     * @throws IllegalStateException if subject, personal id, name, assurance or issuer is missing
     * @since 0.1.0
     */
    public CitizenIdentity build() {
      return new CitizenIdentity(this);
    }
  }
}
