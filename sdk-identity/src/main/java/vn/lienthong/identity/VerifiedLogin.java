package vn.lienthong.identity;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The verified outcome of a login before it is mapped to a {@link CitizenIdentity} or an officer:
 * issuer, subject, profile and the claims of the ID token merged with those of userinfo (userinfo
 * wins for the same name; its {@code sub} was checked to be the ID token's).
 *
 * <p>Claims hold JSON values: strings, numbers, booleans, lists and maps. {@link #toString()} shows
 * no claim values. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class VerifiedLogin {

  private final String issuer;
  private final String subject;
  private final IdentityProfile profile;
  private final Map<String, Object> claims;

  /**
   * Creates a verified login; {@link OidcLogin} does this.
   *
   * @param issuer the issuer identifier
   * @param subject the subject identifier
   * @param profile the profile used
   * @param claims the merged claims
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  public VerifiedLogin(
      String issuer, String subject, IdentityProfile profile, Map<String, Object> claims) {
    this.issuer = Objects.requireNonNull(issuer, "issuer");
    this.subject = Objects.requireNonNull(subject, "subject");
    this.profile = Objects.requireNonNull(profile, "profile");
    this.claims = Map.copyOf(Objects.requireNonNull(claims, "claims"));
  }

  /**
   * Returns the issuer identifier.
   *
   * @return the issuer
   * @since 0.1.0
   */
  public String issuer() {
    return issuer;
  }

  /**
   * Returns the subject identifier.
   *
   * @return the subject
   * @since 0.1.0
   */
  public String subject() {
    return subject;
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
   * Returns all claims.
   *
   * @return an unmodifiable map of JSON values
   * @since 0.1.0
   */
  public Map<String, Object> claims() {
    return claims;
  }

  /**
   * Returns one claim if it is a string.
   *
   * @param name the claim name
   * @return the string value
   * @since 0.1.0
   */
  public Optional<String> stringClaim(String name) {
    Object v = claims.get(name);
    return v instanceof String ? Optional.of((String) v) : Optional.empty();
  }

  /**
   * Returns the issuer, subject and claim names, without values.
   *
   * @return a log-safe description
   */
  @Override
  public String toString() {
    return "VerifiedLogin[" + issuer + ", " + profile + ", claims=" + claims.keySet() + "]";
  }
}
