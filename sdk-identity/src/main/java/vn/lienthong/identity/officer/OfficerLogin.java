package vn.lienthong.identity.officer;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.lienthong.identity.LoginRequest;
import vn.lienthong.identity.LoginState;
import vn.lienthong.identity.OidcLogin;
import vn.lienthong.identity.internal.officer.OfficerClaims;

/**
 * Officer login through the province's officer SSO: the same engine and checks as citizen login
 * ({@link OidcLogin}), with the claims mapped to an {@link Officer}.
 *
 * <p>Failures are exceptions with an {@link vn.lienthong.identity.IdentityErrorCode}, as for {@link
 * OidcLogin}. Instances are thread-safe; create one and reuse it.
 *
 * <pre>{@code
 * OfficerLogin login = OfficerLogin.of(OidcLogin.builder()
 *     .issuer(URI.create("https://sso.example.gov.vn/officer-idp"))
 *     .clientId("commune-backoffice").clientKey(keyPair, "k1")
 *     .redirectUri(URI.create("https://xa.example.vn/officer/cb")).build());
 * LoginRequest req = login.start();
 * Officer officer = login.finish(callbackUri, req.state());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class OfficerLogin {

  private final OidcLogin engine;

  private OfficerLogin(OidcLogin engine) {
    this.engine = engine;
  }

  /**
   * Wraps a relying party configured for the officer provider.
   *
   * @param engine the relying party
   * @return the officer login
   * @throws NullPointerException if {@code engine} is null
   * @since 0.1.0
   */
  public static OfficerLogin of(OidcLogin engine) {
    return new OfficerLogin(Objects.requireNonNull(engine, "engine"));
  }

  /**
   * Starts a login.
   *
   * @return the authorization URI and the state to keep
   * @throws vn.lienthong.core.LienThongException as {@link OidcLogin#start()}
   * @since 0.1.0
   */
  public LoginRequest start() {
    return engine.start();
  }

  /**
   * Starts a login with extra authorization request parameters.
   *
   * @param extraParameters extra parameters
   * @return the authorization URI and the state to keep
   * @throws vn.lienthong.core.LienThongException as {@link OidcLogin#start(Map)}
   * @since 0.1.0
   */
  public LoginRequest start(Map<String, String> extraParameters) {
    return engine.start(extraParameters);
  }

  /**
   * Finishes a login from the callback URI.
   *
   * @param callback the callback URI with its query
   * @param kept the state kept since {@link #start()}
   * @return the officer
   * @throws vn.lienthong.core.LienThongException as {@link OidcLogin#finish(URI, LoginState)}, and
   *     {@link vn.lienthong.identity.IdentityErrorCode#CLAIM_INVALID} for bad officer claims
   * @since 0.1.0
   */
  public Officer finish(URI callback, LoginState kept) {
    return OfficerClaims.officer(engine.finishVerified(callback, kept));
  }

  /**
   * Finishes a login from decoded callback parameters.
   *
   * @param callbackParameters the callback's query parameters
   * @param kept the state kept since {@link #start()}
   * @return the officer
   * @throws vn.lienthong.core.LienThongException as {@link OidcLogin#finish(Map, LoginState)}, and
   *     {@link vn.lienthong.identity.IdentityErrorCode#CLAIM_INVALID} for bad officer claims
   * @since 0.1.0
   */
  public Officer finish(Map<String, List<String>> callbackParameters, LoginState kept) {
    return OfficerClaims.officer(engine.finishVerified(callbackParameters, kept));
  }
}
