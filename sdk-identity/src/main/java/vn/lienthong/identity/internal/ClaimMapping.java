package vn.lienthong.identity.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.id.Gender;
import vn.lienthong.core.id.PersonalIdNumber;
import vn.lienthong.core.id.TaxCode;
import vn.lienthong.core.privacy.Masking;
import vn.lienthong.identity.AccountType;
import vn.lienthong.identity.AssuranceLevel;
import vn.lienthong.identity.CitizenIdentity;
import vn.lienthong.identity.IdentityErrorCode;
import vn.lienthong.identity.IdentityProfile;
import vn.lienthong.identity.VerifiedLogin;

/** Maps verified claims of each profile to one {@link CitizenIdentity}. */
public final class ClaimMapping {

  private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

  private ClaimMapping() {}

  /**
   * Maps a verified login to a citizen identity.
   *
   * @param login the verified login
   * @return the identity
   * @throws InvalidInputException with {@link IdentityErrorCode#CLAIM_INVALID} on a bad claim
   */
  public static CitizenIdentity citizen(VerifiedLogin login) {
    return login.profile() == IdentityProfile.STRICT ? strict(login) : national(login);
  }

  private static CitizenIdentity strict(VerifiedLogin l) {
    String acr = l.stringClaim("acr").orElse("");
    AccountType type =
        AccountType.fromClaimValue(l.stringClaim("vn_account_type").orElse("citizen"))
            .orElseThrow(() -> invalid("vn_account_type", "enum", "?"));
    return CitizenIdentity.builder()
        .subject(l.subject())
        .personalId(personalId(l, "vn_personal_id"))
        .fullName(required(l, "name"))
        .birthDate(date(l, "birthdate", DateTimeFormatter.ISO_LOCAL_DATE))
        .gender(strictGender(l.stringClaim("gender").orElse("unknown")))
        .assurance(AssuranceLevel.fromAcr(acr).orElseThrow(() -> invalid("acr", "LoA1|LoA2", acr)))
        .accountType(type)
        .taxCode(taxCode(l, "vn_tax_code"))
        .profile(l.profile())
        .issuer(l.issuer())
        .build();
  }

  private static CitizenIdentity national(VerifiedLogin l) {
    String loa = l.stringClaim("LoA").orElse(l.stringClaim("acr").orElse("LoA1"));
    String kind = l.stringClaim("LoaiTaiKhoan").orElse("1");
    return CitizenIdentity.builder()
        .subject(l.subject())
        .personalId(personalId(l, "SoDinhDanh"))
        .fullName(required(l, "HoVaTen"))
        .birthDate(date(l, "NgayThangNamSinh", YYYYMMDD))
        .gender(portalGender(l.stringClaim("GioiTinh").orElse("0")))
        .assurance(AssuranceLevel.fromAcr(loa).orElseThrow(() -> invalid("LoA", "LoA1|LoA2", loa)))
        .accountType(
            AccountType.fromPortalCode(kind)
                .orElseThrow(() -> invalid("LoaiTaiKhoan", "1|2|3", kind)))
        .taxCode(taxCode(l, "MaSoDoanhNghiep"))
        .profile(l.profile())
        .issuer(l.issuer())
        .upstreamProvider(l.stringClaim("loginIdp").orElse(null))
        .build();
  }

  /**
   * Returns a required string claim.
   *
   * @param l the login
   * @param name the claim
   * @return the value
   */
  public static String required(VerifiedLogin l, String name) {
    String v = l.stringClaim(name).orElse("");
    if (v.isBlank()) {
      throw invalid(name, "required", "(none)");
    }
    return v;
  }

  private static PersonalIdNumber personalId(VerifiedLogin l, String name) {
    String raw = required(l, name);
    try {
      return PersonalIdNumber.parse(raw);
    } catch (InvalidInputException e) {
      throw invalid(name, "personal-id", Masking.personalIdNumber(raw));
    }
  }

  private static @Nullable TaxCode taxCode(VerifiedLogin l, String name) {
    Optional<String> raw = l.stringClaim(name);
    if (raw.isEmpty()) {
      return null;
    }
    try {
      return TaxCode.parse(raw.get());
    } catch (InvalidInputException e) {
      throw invalid(name, "tax-code", Masking.taxCode(raw.get()));
    }
  }

  private static @Nullable LocalDate date(VerifiedLogin l, String name, DateTimeFormatter f) {
    Optional<String> raw = l.stringClaim(name);
    if (raw.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(raw.get(), f);
    } catch (DateTimeParseException e) {
      throw invalid(name, "date", Masking.birthDate(raw.get()));
    }
  }

  private static Gender strictGender(String v) {
    switch (v) {
      case "male":
        return Gender.MALE;
      case "female":
        return Gender.FEMALE;
      case "unknown":
        return Gender.UNKNOWN;
      default:
        throw invalid("gender", "male|female|unknown", v);
    }
  }

  private static Gender portalGender(String v) {
    if (v.length() == 1 && Character.isDigit(v.charAt(0))) {
      Optional<Gender> g = Gender.fromCode(v.charAt(0) - '0');
      if (g.isPresent()) {
        return g.get();
      }
    }
    throw invalid("GioiTinh", "0|1|2", v);
  }

  /**
   * Builds the claim error.
   *
   * @param field the claim
   * @param rule the rule
   * @param safeValue a log-safe rendering of the value
   * @return the exception
   */
  public static InvalidInputException invalid(String field, String rule, String safeValue) {
    return Failures.input(
        IdentityErrorCode.CLAIM_INVALID,
        ErrorDetails.field(field).rule(rule).rejectedValue(safeValue));
  }
}
