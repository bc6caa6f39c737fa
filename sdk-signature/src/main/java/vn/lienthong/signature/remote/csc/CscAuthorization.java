package vn.lienthong.signature.remote.csc;

import java.time.Instant;
import java.util.Objects;

/**
 * An authorisation to use a credential: the signature activation data (SAD) from {@code
 * credentials/authorize}, or a credential-scoped access token from the {@code oauth2/authorize}
 * flow, with its expiry. {@link #toString()} never shows the value.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the SAD or the token
 * @param expiresAt when it stops working
 * @param credentialToken true for a credential-scoped OAuth 2.0 token (sent as the bearer token of
 *     {@code signatures/signHash}), false for a SAD
 * @since 0.1.0
 */
public record CscAuthorization(String value, Instant expiresAt, boolean credentialToken) {

  /**
   * Checks the members.
   *
   * @param value the SAD or token
   * @param expiresAt the expiry
   * @param credentialToken whether it is a credential token
   * @throws NullPointerException if a member is null
   */
  public CscAuthorization {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /**
   * Tells whether the authorisation has expired.
   *
   * @param now the current time
   * @return true when {@code now} is at or after the expiry
   */
  public boolean expired(Instant now) {
    return !now.isBefore(expiresAt);
  }

  /**
   * Describes the authorisation without its value.
   *
   * @return a text for logs
   */
  @Override
  public String toString() {
    return "CscAuthorization[" + (credentialToken ? "token" : "SAD") + ", until " + expiresAt + "]";
  }
}
