package vn.lienthong.identity;

import java.net.URI;
import java.util.Objects;

/**
 * The start of a login: where to send the browser, and the state to keep until the callback.
 *
 * <p>Immutable and thread-safe.
 *
 * @param authorizationUri the provider's authorization URI to redirect the browser to
 * @param state the state to keep server-side (in the session) and hand to {@link
 *     OidcLogin#finish(URI, LoginState)}
 * @since 0.1.0
 */
public record LoginRequest(URI authorizationUri, LoginState state) {

  /**
   * Checks that both parts are present.
   *
   * @param authorizationUri the authorization URI
   * @param state the state to keep
   * @throws NullPointerException if a part is null
   */
  public LoginRequest {
    Objects.requireNonNull(authorizationUri, "authorizationUri");
    Objects.requireNonNull(state, "state");
  }
}
