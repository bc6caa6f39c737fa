package vn.lienthong.identity.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.oauth2.sdk.dpop.DPoPProofFactory;
import com.nimbusds.oauth2.sdk.token.DPoPAccessToken;
import com.nimbusds.openid.connect.sdk.Nonce;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.identity.IdentityErrorCode;

/**
 * The back-channel calls of a login: pushed authorization request, token request and userinfo, with
 * DPoP proofs (fresh {@code jti} each, one retry when the provider asks for a DPoP nonce).
 * Thread-safe.
 */
public final class ProviderCalls {

  /** The token endpoint's answer, as far as the login needs it. */
  public record Tokens(String accessToken, String tokenType, @Nullable String idToken) {}

  private final Http http;
  private final ClientAuth auth;
  private final @Nullable DPoPProofFactory dpop;

  /**
   * Creates the calls.
   *
   * @param http the HTTP client
   * @param auth the client authentication
   * @param dpop the DPoP proof factory, or null when the profile does not use DPoP
   */
  public ProviderCalls(Http http, ClientAuth auth, @Nullable DPoPProofFactory dpop) {
    this.http = http;
    this.auth = auth;
    this.dpop = dpop;
  }

  /**
   * Pushes an authorization request (RFC 9126).
   *
   * @param endpoint the PAR endpoint
   * @param request the authorization request parameters
   * @return the {@code request_uri}
   */
  public String push(URI endpoint, Map<String, String> request) {
    Map<String, String> all = new java.util.LinkedHashMap<>(request);
    auth.parameters().forEach(all::putIfAbsent); // client_id once (RFC 6749 section 3.1)
    StringJoiner form = form(all);
    Http.Response r = http.postForm(endpoint, form.toString(), "pushed_authorization_request");
    Map<String, Object> m = json(r, "pushed_authorization_request " + endpoint);
    if (r.status() != 201 && r.status() != 200) {
      throw Failures.remote(
          IdentityErrorCode.PUSHED_REQUEST_REJECTED,
          ErrorDetails.field(endpoint.toString())
              .with("value", String.valueOf(Json.optString(m, "error")))
              .with("reason", reason(m)),
          r.status(),
          Json.optString(m, "error"),
          null);
    }
    String uri = Json.optString(m, "request_uri");
    if (uri == null || uri.length() > Callback.MAX_VALUE_LENGTH) {
      throw malformed("pushed_authorization_request " + endpoint, r.status(), "no request_uri");
    }
    return uri;
  }

  /**
   * Redeems an authorization code.
   *
   * @param endpoint the token endpoint
   * @param code the code
   * @param redirectUri the redirect URI of the login
   * @param codeVerifier the PKCE verifier
   * @return the tokens
   */
  public Tokens redeem(URI endpoint, String code, URI redirectUri, String codeVerifier) {
    StringJoiner form = new StringJoiner("&");
    add(form, "grant_type", "authorization_code");
    add(form, "code", code);
    add(form, "redirect_uri", redirectUri.toString());
    add(form, "code_verifier", codeVerifier);
    auth.parameters().forEach((k, v) -> add(form, k, v));
    Http.Response r = call(endpoint, "POST", form.toString(), null, "token");
    Map<String, Object> m = json(r, "token " + endpoint);
    if (r.status() != 200) {
      String error = String.valueOf(Json.optString(m, "error"));
      IdentityErrorCode code2 =
          error.equals("invalid_dpop_proof")
              ? IdentityErrorCode.DPOP_PROOF_REJECTED
              : IdentityErrorCode.TOKEN_REQUEST_REJECTED;
      throw Failures.remote(
          code2,
          ErrorDetails.field(endpoint.toString()).with("value", error).with("reason", reason(m)),
          r.status(),
          error,
          null);
    }
    String at = Json.optString(m, "access_token");
    String type = Json.optString(m, "token_type");
    if (at == null || type == null || at.length() > IdTokenVerifier.MAX_TOKEN_LENGTH) {
      throw malformed("token " + endpoint, r.status(), "no access_token or token_type");
    }
    return new Tokens(at, type, Json.optString(m, "id_token"));
  }

  /**
   * Calls userinfo.
   *
   * @param endpoint the userinfo endpoint
   * @param tokens the tokens
   * @return the response body (JSON, or an encrypted envelope for VNeID)
   */
  public String userInfo(URI endpoint, Tokens tokens) {
    Http.Response r = call(endpoint, "GET", null, tokens.accessToken(), "userinfo");
    if (r.status() != 200) {
      String challenge = r.header("WWW-Authenticate").orElse("");
      if (challenge.contains("invalid_dpop_proof")) {
        throw Failures.remote(
            IdentityErrorCode.DPOP_PROOF_REJECTED,
            ErrorDetails.field(endpoint.toString()).with("reason", "invalid_dpop_proof"),
            r.status(),
            "invalid_dpop_proof",
            null);
      }
      throw malformed("userinfo " + endpoint, r.status(), "status " + r.status());
    }
    return r.body();
  }

  private Http.Response call(
      URI endpoint,
      String method,
      @Nullable String form,
      @Nullable String accessToken,
      String what) {
    Http.Response r = once(endpoint, method, form, accessToken, null, what);
    Optional<String> nonce = r.header("DPoP-Nonce");
    if (dpop != null && nonce.isPresent() && (r.status() == 400 || r.status() == 401)) {
      boolean asked =
          r.body().contains("use_dpop_nonce")
              || r.header("WWW-Authenticate").orElse("").contains("use_dpop_nonce");
      if (asked) {
        r = once(endpoint, method, form, accessToken, nonce.get(), what);
      }
    }
    return r;
  }

  private Http.Response once(
      URI endpoint,
      String method,
      @Nullable String form,
      @Nullable String accessToken,
      @Nullable String nonce,
      String what) {
    DPoPProofFactory f = dpop;
    String proof = null;
    if (f != null) {
      try {
        Nonce n = nonce == null ? null : new Nonce(nonce);
        proof =
            accessToken == null
                ? f.createDPoPJWT(method, endpoint, n).serialize()
                : f.createDPoPJWT(method, endpoint, new DPoPAccessToken(accessToken), n)
                    .serialize();
      } catch (JOSEException e) {
        throw Failures.config("dpopKey", "cannot sign a DPoP proof: " + e.getMessage());
      }
    }
    String authz = accessToken == null ? null : (f != null ? "DPoP " : "Bearer ") + accessToken;
    String[] headers;
    if (proof != null && authz != null) {
      headers = new String[] {"DPoP", proof, "Authorization", authz};
    } else if (proof != null) {
      headers = new String[] {"DPoP", proof};
    } else if (authz != null) {
      headers = new String[] {"Authorization", authz};
    } else {
      headers = new String[0];
    }
    return form == null
        ? http.get(endpoint, what, headers)
        : http.postForm(endpoint, form, what, headers);
  }

  /**
   * Tells whether a token type is DPoP.
   *
   * @param tokens the tokens
   * @return {@code true} for {@code DPoP}
   */
  public static boolean isDpop(Tokens tokens) {
    return tokens.tokenType().toLowerCase(Locale.ROOT).equals("dpop");
  }

  private static Map<String, Object> json(Http.Response r, String what) {
    try {
      return Json.parseObject(r.body());
    } catch (IllegalArgumentException e) {
      throw malformed(what, r.status(), "not a JSON object");
    }
  }

  private static String reason(Map<String, Object> m) {
    String d = Json.optString(m, "error_description");
    return d == null ? "-" : d;
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
   * Form-encodes parameters.
   *
   * @param params the parameters
   * @return the joiner holding them
   */
  public static StringJoiner form(Map<String, String> params) {
    StringJoiner j = new StringJoiner("&");
    params.forEach((k, v) -> add(j, k, v));
    return j;
  }

  private static void add(StringJoiner j, String k, String v) {
    j.add(
        URLEncoder.encode(k, StandardCharsets.UTF_8)
            + "="
            + URLEncoder.encode(v, StandardCharsets.UTF_8));
  }
}
