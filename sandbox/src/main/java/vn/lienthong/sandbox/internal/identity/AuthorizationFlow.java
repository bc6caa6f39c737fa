package vn.lienthong.sandbox.internal.identity;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.sandbox.SandboxErrorCode;
import vn.lienthong.sandbox.identity.ClientRegistration;
import vn.lienthong.sandbox.identity.HostileMode;
import vn.lienthong.sandbox.identity.IdentityIssuer;
import vn.lienthong.sandbox.internal.http.HttpCall;
import vn.lienthong.sandbox.internal.http.HttpReply;
import vn.lienthong.sandbox.internal.http.ReplyException;
import vn.lienthong.sandbox.persona.Persona;
import vn.lienthong.sandbox.persona.PersonaKind;
import vn.lienthong.sandbox.persona.Personas;

/**
 * The authorization code flow of one issuer: PAR (strict issuers), authorize with the persona
 * picker or automatic persona choice, token (private_key_jwt and DPoP on strict issuers, client
 * secret otherwise), userinfo. Thread-safe: all state is in {@link FlowState}.
 */
final class AuthorizationFlow {

  static final String PERSONA_HEADER = "X-Sandbox-Persona";
  static final String HOSTILE_HEADER = "X-Sandbox-Hostile";
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final IdentityProvider provider;
  private final IdentityIssuer issuer;
  private final String issuerUri;
  private final URI tokenEndpoint;
  private final URI userinfoEndpoint;
  private final Set<String> audiences;
  private final FlowState state = new FlowState();
  private final ClientAuthentication auth;

  AuthorizationFlow(IdentityProvider provider, IdentityIssuer issuer) {
    this.provider = provider;
    this.issuer = issuer;
    this.issuerUri = provider.issuer(issuer).toString();
    this.tokenEndpoint = URI.create(issuerUri + "/token");
    this.userinfoEndpoint = URI.create(issuerUri + "/userinfo");
    this.audiences = Set.of(issuerUri, issuerUri + "/token", issuerUri + "/par");
    this.auth = new ClientAuthentication(provider);
  }

  private Instant now() {
    return provider.context().clock().instant();
  }

  // ---- PAR ----

  HttpReply par(HttpCall call) {
    if (!issuer.strict()) {
      throw new InvalidInputException(
          SandboxErrorCode.NOT_FOUND,
          ErrorDetails.field("path").rule("route").rejectedValue(issuer.path() + "/par"));
    }
    Instant now = now();
    Map<String, String> form = call.form();
    if (form.containsKey("request_uri") || form.containsKey("request")) {
      throw ReplyException.oauth(
          400, "invalid_request", "request and request_uri are not allowed in a PAR request");
    }
    ClientRegistration client = auth.privateKeyJwt(form, audiences, state.assertionIds, now);
    PendingRequest p;
    try {
      p = read(form, client, call, now);
    } catch (RequestError e) {
      throw ReplyException.oauth(400, e.error, e.getMessage());
    }
    String requestUri = state.push(p, now);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("request_uri", requestUri);
    body.put("expires_in", FlowLimits.PAR_LIFETIME.toSeconds());
    return HttpReply.json(201, body);
  }

  // ---- authorize ----

  HttpReply authorize(HttpCall call) {
    Instant now = now();
    Optional<String> requestUri = call.param("request_uri");
    PendingRequest p;
    String ref;
    if (requestUri.isPresent()) {
      ref = requestUri.get();
      p =
          state
              .peek(ref, now)
              .orElseThrow(() -> invalidRequest("request_uri", "request-uri.usable", ref));
      String clientId = call.param("client_id").orElse("");
      if (!clientId.equals(p.clientId())) {
        throw invalidRequest("client_id", "client-id.matches-par", clientId);
      }
    } else if (issuer.strict()) {
      throw invalidRequest("request_uri", "par.required", null);
    } else {
      String clientId = call.param("client_id").orElse("");
      ClientRegistration client =
          provider
              .client(clientId)
              .orElseThrow(() -> invalidRequest("client_id", "client.registered", clientId));
      String redirect = call.param("redirect_uri").orElse("");
      if (client.redirectUris().stream().noneMatch(u -> u.toString().equals(redirect))) {
        throw invalidRequest("redirect_uri", "redirect-uri.registered", redirect);
      }
      Map<String, String> params = new LinkedHashMap<>(call.query());
      if ("POST".equals(call.method())) {
        params.putAll(call.form());
      }
      try {
        p = read(params, client, call, now);
      } catch (RequestError e) {
        return HttpReply.redirect(
            withParams(
                redirect,
                Map.of("error", e.error, "error_description", e.getMessage()),
                call.param("state").orElse(null),
                false));
      }
      ref = state.push(p, now);
    }
    String personaId =
        call.header(PERSONA_HEADER).or(() -> call.param("persona")).orElse(p.personaId());
    HostileMode hostile = hostile(call).orElse(p.hostile());
    if (personaId == null) {
      var personas = Personas.all().stream().filter(x -> allowed(x)).toList();
      return HttpReply.html(
              200, PickerPage.render(issuer, issuerUri + "/authorize", p.clientId(), ref, personas))
          .header(
              "Content-Security-Policy",
              // Browsers apply form-action to the redirect that follows the picker's POST too, so
              // the client's registered redirect origin must be allowed next to 'self'.
              "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' "
                  + origin(p.redirectUri()))
          .header("X-Frame-Options", "DENY");
    }
    Persona persona = Personas.require(personaId);
    if (!allowed(persona)) {
      throw new InvalidInputException(
          SandboxErrorCode.PERSONA_NOT_ALLOWED,
          ErrorDetails.field("persona")
              .rule("persona.issuer")
              .rejectedValue(personaId)
              .with("issuer", issuerUri)
              .with("accepted", issuer == IdentityIssuer.OFFICER ? "officer" : "citizen"));
    }
    PendingRequest taken =
        state
            .take(ref, now)
            .orElseThrow(() -> invalidRequest("request_uri", "request-uri.usable", ref));
    String code =
        state.issueCode(
            new CodeGrant(taken, persona, hostile, now, now.plus(FlowLimits.CODE_LIFETIME)), now);
    Map<String, String> params = new LinkedHashMap<>();
    params.put("code", code);
    return HttpReply.redirect(
        withParams(taken.redirectUri(), params, taken.state(), true, hostile));
  }

  private URI withParams(
      String redirect, Map<String, String> params, @Nullable String st, boolean success) {
    return withParams(redirect, params, st, success, null);
  }

  private URI withParams(
      String redirect,
      Map<String, String> params,
      @Nullable String st,
      boolean success,
      @Nullable HostileMode hostile) {
    Map<String, String> all = new LinkedHashMap<>(params);
    if (st != null) {
      all.put("state", st);
    }
    if (issuer.strict() && hostile != HostileMode.AUTHZ_ISS_MISSING) {
      all.put("iss", hostile == HostileMode.AUTHZ_ISS_WRONG ? issuerUri + "-impostor" : issuerUri);
    }
    StringBuilder b = new StringBuilder(redirect);
    char sep = redirect.contains("?") ? '&' : '?';
    for (Map.Entry<String, String> e : all.entrySet()) {
      b.append(sep).append(enc(e.getKey())).append('=').append(enc(e.getValue()));
      sep = '&';
    }
    return URI.create(b.toString());
  }

  /** The origin ({@code scheme://host[:port]}) of an already validated redirect URI. */
  private static String origin(String redirectUri) {
    URI uri = URI.create(redirectUri);
    return uri.getScheme()
        + "://"
        + uri.getHost()
        + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private boolean allowed(Persona p) {
    return issuer == IdentityIssuer.OFFICER
        ? p.kind() == PersonaKind.OFFICER
        : p.kind() == PersonaKind.CITIZEN;
  }

  private Optional<HostileMode> hostile(HttpCall call) {
    Optional<String> raw = call.header(HOSTILE_HEADER).or(() -> call.param("hostile"));
    return raw.map(
        v ->
            HostileMode.parse(v)
                .orElseThrow(
                    () ->
                        new InvalidInputException(
                            SandboxErrorCode.HOSTILE_MODE_UNKNOWN,
                            ErrorDetails.field("hostile")
                                .rule("hostile.known")
                                .rejectedValue(v)
                                .with(
                                    "known",
                                    String.join(
                                        ", ",
                                        Arrays.stream(HostileMode.values())
                                            .map(HostileMode::parameterValue)
                                            .toList())))));
  }

  private static InvalidInputException invalidRequest(
      String field, String rule, @Nullable String value) {
    return new InvalidInputException(
        SandboxErrorCode.AUTHORIZATION_REQUEST_INVALID,
        ErrorDetails.field(field).rule(rule).rejectedValue(value));
  }

  /** An OAuth error in an authorization request once the client and redirect URI are known. */
  private static final class RequestError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String error;

    RequestError(String error, String description) {
      super(description, null, false, false);
      this.error = error;
    }
  }

  private PendingRequest read(
      Map<String, String> params, ClientRegistration client, HttpCall call, Instant now) {
    String clientId = params.getOrDefault("client_id", client.clientId());
    if (!clientId.equals(client.clientId())) {
      throw new RequestError(
          "invalid_request", "client_id does not match the authenticated client");
    }
    String redirect = params.get("redirect_uri");
    if (redirect == null
        || client.redirectUris().stream().noneMatch(u -> u.toString().equals(redirect))) {
      throw new RequestError(
          "invalid_request", "redirect_uri missing or not registered for the client");
    }
    if (!"code".equals(params.get("response_type"))) {
      throw new RequestError("unsupported_response_type", "response_type must be code");
    }
    String scope = params.getOrDefault("scope", "");
    if (!Arrays.asList(scope.split(" ")).contains("openid")) {
      throw new RequestError("invalid_scope", "scope must include openid");
    }
    String st = capped(params, "state");
    String nonce = capped(params, "nonce");
    String challenge = params.get("code_challenge");
    String method = params.get("code_challenge_method");
    if (issuer.strict()) {
      if (st == null) {
        throw new RequestError("invalid_request", "state required");
      }
      if (nonce == null) {
        throw new RequestError("invalid_request", "nonce required");
      }
      if (challenge == null) {
        throw new RequestError("invalid_request", "code_challenge required (PKCE S256)");
      }
    }
    if (challenge != null) {
      if (!"S256".equals(method)) {
        throw new RequestError("invalid_request", "code_challenge_method must be S256");
      }
      if (challenge.length() != 43 || !challenge.chars().allMatch(AuthorizationFlow::base64Url)) {
        throw new RequestError("invalid_request", "code_challenge must be 43 base64url characters");
      }
    }
    String persona = call.header(PERSONA_HEADER).orElse(params.get("persona"));
    HostileMode hostile = hostile(call).orElse(null);
    if (hostile == null && params.get("hostile") != null) {
      String v = params.get("hostile");
      hostile =
          HostileMode.parse(v)
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          SandboxErrorCode.HOSTILE_MODE_UNKNOWN,
                          ErrorDetails.field("hostile")
                              .rule("hostile.known")
                              .rejectedValue(v)
                              .with("known", "see HostileMode")));
    }
    return new PendingRequest(
        client.clientId(),
        redirect,
        st,
        nonce,
        challenge,
        scope,
        persona == null || persona.isEmpty() ? null : persona,
        hostile,
        params.get("dpop_jkt"),
        now.plus(FlowLimits.PAR_LIFETIME));
  }

  private static @Nullable String capped(Map<String, String> params, String name) {
    String v = params.get(name);
    if (v == null || v.isEmpty()) {
      return null;
    }
    if (v.length() > FlowLimits.MAX_VALUE_CHARS) {
      throw new RequestError(
          "invalid_request", name + " longer than " + FlowLimits.MAX_VALUE_CHARS + " characters");
    }
    return v;
  }

  private static boolean base64Url(int c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '_';
  }

  // ---- token ----

  HttpReply token(HttpCall call) {
    Instant now = now();
    Map<String, String> form = call.form();
    if (!"authorization_code".equals(form.get("grant_type"))) {
      throw ReplyException.oauth(
          400, "unsupported_grant_type", "grant_type must be authorization_code");
    }
    ClientRegistration client =
        issuer.strict()
            ? auth.privateKeyJwt(form, audiences, state.assertionIds, now)
            : auth.clientSecret(call, form);
    String jkt = null;
    if (issuer.strict()) {
      try {
        jkt = DpopVerifier.verify(call, tokenEndpoint, null, state.dpopIds, now);
      } catch (DpopVerifier.DpopException e) {
        throw ReplyException.oauth(400, "invalid_dpop_proof", e.getMessage());
      }
    }
    String code = form.get("code");
    if (code == null || code.isEmpty()) {
      throw ReplyException.oauth(400, "invalid_request", "code missing");
    }
    StringBuilder why = new StringBuilder();
    CodeGrant grant = state.redeem(code, now, why);
    if (grant == null) {
      throw ReplyException.oauth(400, "invalid_grant", why.toString());
    }
    PendingRequest req = grant.request();
    if (!req.clientId().equals(client.clientId())) {
      throw ReplyException.oauth(400, "invalid_grant", "the code was issued to another client");
    }
    if (!req.redirectUri().equals(form.get("redirect_uri"))) {
      throw ReplyException.oauth(
          400, "invalid_grant", "redirect_uri does not match the authorization request");
    }
    if (req.codeChallenge() != null) {
      String verifier = form.get("code_verifier");
      if (verifier == null
          || verifier.length() < 43
          || verifier.length() > 128
          || !req.codeChallenge().equals(DpopVerifier.sha256(verifier))) {
        throw ReplyException.oauth(
            400, "invalid_grant", "PKCE code_verifier does not match the code_challenge");
      }
    }
    if (req.dpopJkt() != null && !req.dpopJkt().equals(jkt)) {
      throw ReplyException.oauth(
          400, "invalid_dpop_proof", "DPoP key differs from the dpop_jkt of the request");
    }
    Persona persona = grant.persona();
    String accessToken =
        state.issueToken(
            new AccessGrant(
                client.clientId(), persona, jkt, now.plus(FlowLimits.ACCESS_TOKEN_LIFETIME)),
            now);
    Map<String, Object> claims =
        issuer.strict()
            ? PersonaClaims.strict(persona, LocalDate.ofInstant(now, VIETNAM))
            : Map.of("acr", persona.assuranceLevel().orElseThrow().claimValue());
    String idToken =
        IdTokens.issue(
            issuerUri,
            client.clientId(),
            persona.subject(),
            req.nonce(),
            grant.authTime(),
            now,
            claims,
            provider.keys(issuer),
            issuer.strict() ? client.jwks().orElse(null) : null,
            grant.hostile());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("access_token", accessToken);
    body.put("token_type", jkt != null ? "DPoP" : "Bearer");
    body.put("expires_in", FlowLimits.ACCESS_TOKEN_LIFETIME.toSeconds());
    body.put("id_token", idToken);
    body.put("scope", req.scope());
    return HttpReply.json(200, body).header("Pragma", "no-cache");
  }

  // ---- userinfo ----

  HttpReply userinfo(HttpCall call) {
    Instant now = now();
    String authz = call.header("Authorization").orElse("");
    String scheme = issuer.strict() ? "DPoP" : "Bearer";
    if (!authz.regionMatches(true, 0, scheme + " ", 0, scheme.length() + 1)) {
      throw unauthorized(
          scheme, "invalid_token", "Authorization: " + scheme + " <access token> required");
    }
    String token = authz.substring(scheme.length() + 1).trim();
    AccessGrant grant =
        state
            .token(token, now)
            .orElseThrow(
                () -> unauthorized(scheme, "invalid_token", "unknown or expired access token"));
    if (grant.jkt() != null) {
      String jkt;
      try {
        jkt = DpopVerifier.verify(call, userinfoEndpoint, token, state.dpopIds, now);
      } catch (DpopVerifier.DpopException e) {
        throw unauthorized(scheme, "invalid_dpop_proof", e.getMessage());
      }
      if (!jkt.equals(grant.jkt())) {
        throw unauthorized(
            scheme, "invalid_dpop_proof", "DPoP key is not the one the token is bound to");
      }
    }
    Persona p = grant.persona();
    return switch (issuer) {
      case CITIZEN, OFFICER -> {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", p.subject());
        claims.putAll(PersonaClaims.strict(p, LocalDate.ofInstant(now, VIETNAM)));
        yield HttpReply.json(200, claims);
      }
      case NPSP -> HttpReply.json(200, PersonaClaims.portal(p));
      case VNEID -> {
        ClientRegistration client = provider.client(grant.clientId()).orElseThrow();
        var key =
            client
                .envelopeKey()
                .orElseThrow(
                    () ->
                        new InvalidInputException(
                            SandboxErrorCode.CLIENT_REGISTRATION_INVALID,
                            ErrorDetails.field("envelope_key")
                                .rule("vneid.envelope-key")
                                .rejectedValue(client.clientId())));
        byte[] json;
        try {
          json = HttpReply.JSON.writeValueAsBytes(PersonaClaims.portal(p));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw new IllegalStateException(e);
        }
        yield HttpReply.json(200, VneidEnvelope.seal(json, key));
      }
    };
  }

  private static ReplyException unauthorized(String scheme, String error, String description) {
    return new ReplyException(
        HttpReply.oauthError(401, error, description)
            .header(
                "WWW-Authenticate",
                scheme
                    + " error=\""
                    + error
                    + "\", error_description=\""
                    + description.replace('"', '\'')
                    + "\""
                    + ("DPoP".equals(scheme) ? ", algs=\"ES256 PS256\"" : "")));
  }
}
