package vn.lienthong.identity.internal;

import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.identity.IdentityErrorCode;

/**
 * The provider endpoints a login uses, from discovery or explicit configuration.
 *
 * @param issuer the issuer identifier
 * @param authorizationEndpoint the authorization endpoint
 * @param parEndpoint the pushed authorization request endpoint, or null
 * @param tokenEndpoint the token endpoint
 * @param userInfoEndpoint the userinfo endpoint, or null
 * @param jwksUri the JWKS address, or null
 * @param issParameterSupported whether the provider sends RFC 9207 {@code iss} on callbacks
 */
public record ProviderMetadata(
    String issuer,
    URI authorizationEndpoint,
    @Nullable URI parEndpoint,
    URI tokenEndpoint,
    @Nullable URI userInfoEndpoint,
    @Nullable URI jwksUri,
    boolean issParameterSupported) {

  /** The discovery path appended to the issuer (OpenID Connect Discovery 1.0). */
  public static final String WELL_KNOWN = "/.well-known/openid-configuration";

  /**
   * Fetches and checks the discovery document of an issuer.
   *
   * @param http the HTTP client
   * @param issuer the configured issuer identifier
   * @return the metadata
   */
  public static ProviderMetadata discover(Http http, String issuer) {
    URI at = URI.create(stripSlash(issuer) + WELL_KNOWN);
    Http.Response r = http.get(at, "discovery");
    if (r.status() != 200) {
      throw malformed("discovery " + at, r.status(), "status " + r.status());
    }
    Map<String, Object> m;
    try {
      m = Json.parseObject(r.body());
    } catch (IllegalArgumentException e) {
      throw malformed("discovery " + at, r.status(), "not a JSON object");
    }
    String named = Json.optString(m, "issuer");
    if (!issuer.equals(named)) {
      throw Failures.remote(
          IdentityErrorCode.DISCOVERY_ISSUER_MISMATCH,
          ErrorDetails.field(at.toString())
              .with("value", named == null ? "(none)" : named)
              .with("expected", issuer),
          r.status(),
          null,
          null);
    }
    try {
      return new ProviderMetadata(
          issuer,
          endpoint(m, "authorization_endpoint", true),
          endpoint(m, "pushed_authorization_request_endpoint", false),
          endpoint(m, "token_endpoint", true),
          endpoint(m, "userinfo_endpoint", false),
          endpoint(m, "jwks_uri", false),
          Boolean.TRUE.equals(m.get("authorization_response_iss_parameter_supported")));
    } catch (IllegalArgumentException e) {
      throw malformed("discovery " + at, r.status(), e.getMessage());
    }
  }

  private static @Nullable URI endpoint(Map<String, Object> m, String name, boolean required) {
    String v = Json.optString(m, name);
    if (v == null) {
      if (required) {
        throw new IllegalArgumentException(name + " missing");
      }
      return null;
    }
    URI u = URI.create(v);
    Endpoints.requireSecure(u, name);
    return u;
  }

  private static RuntimeException malformed(String field, int status, String reason) {
    return Failures.remote(
        IdentityErrorCode.PROVIDER_RESPONSE_MALFORMED,
        ErrorDetails.field(field).with("status", status).with("reason", reason),
        status,
        null,
        null);
  }

  /**
   * Removes one trailing slash.
   *
   * @param s the text
   * @return the text without a trailing slash
   */
  public static String stripSlash(String s) {
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }
}
