package vn.lienthong.sandbox.internal.lgsp;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.sandbox.internal.SandboxService;
import vn.lienthong.sandbox.internal.http.HttpCall;
import vn.lienthong.sandbox.internal.http.HttpReply;
import vn.lienthong.sandbox.lgsp.NationalService;

/**
 * The LGSP token endpoint, {@code POST /lgsp/token}: OAuth 2.0 client credentials (RFC 6749 section
 * 4.4) with {@code client_secret_basic} or {@code client_secret_post}, as {@code
 * contracts/lgsp/token.yaml} describes. Every request is counted. Thread-safe.
 */
public final class TokenService implements SandboxService {

  private static final String CONTRACT = "lgsp/token";

  private final LgspState lgsp;

  /**
   * Creates the endpoint.
   *
   * @param lgsp the gateway state
   */
  public TokenService(LgspState lgsp) {
    this.lgsp = lgsp;
  }

  @Override
  public String prefix() {
    return NationalService.LGSP_TOKEN.prefix();
  }

  @Override
  public String title() {
    return "LGSP gateway token endpoint (OAuth 2.0 client credentials)";
  }

  @Override
  public HttpReply handle(HttpCall call) {
    if (!"/token".equals(call.subPath())) {
      return HttpReply.oauthError(404, "invalid_request", "Unknown LGSP path; use /lgsp/token.");
    }
    lgsp.countRequest();
    FaultPlan plan = lgsp.injector().next(NationalService.LGSP_TOKEN);
    Faults.sleep(plan.latencyMillis());
    if (plan.failure() == FaultPlan.Failure.SERVER_ERROR) {
      return HttpReply.oauthError(503, "temporarily_unavailable", "Key manager unavailable.");
    }
    if (plan.failure() == FaultPlan.Failure.DROP_BEFORE) {
      return ConnectionDrop.now();
    }
    HttpReply reply = Faults.pace(token(call), plan.slowBodyMillis());
    if (plan.failure() == FaultPlan.Failure.DROP_AFTER) {
      return ConnectionDrop.now();
    }
    return reply;
  }

  private HttpReply token(HttpCall call) {
    if (!"POST".equals(call.method())) {
      return HttpReply.oauthError(405, "invalid_request", "Use POST.").header("Allow", "POST");
    }
    Map<String, String> form;
    try {
      form = call.form();
    } catch (InvalidInputException e) {
      return HttpReply.oauthError(400, "invalid_request", e.getMessage());
    }
    String grant = form.get("grant_type");
    if (grant == null) {
      return HttpReply.oauthError(400, "invalid_request", "grant_type is required.");
    }
    if (!"client_credentials".equals(grant)) {
      return HttpReply.oauthError(
          400, "unsupported_grant_type", "Only client_credentials is supported.");
    }
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    form.forEach(json::put);
    var violations = ContractSchemas.shared().validate(CONTRACT, "TokenRequest", json);
    if (!violations.isEmpty()) {
      return HttpReply.oauthError(
          400, "invalid_request", "Parameter " + violations.get(0).pointer() + " is invalid.");
    }
    Optional<String[]> basic = basic(call.header("Authorization"));
    boolean inForm = form.containsKey("client_id");
    if (call.headerCount("Authorization") > 1 || (basic.isPresent() && inForm)) {
      return HttpReply.oauthError(
          400, "invalid_request", "Use exactly one client authentication method.");
    }
    Optional<LgspState.Client> client = Optional.empty();
    if (basic.isPresent()) {
      client = lgsp.authenticate(basic.get()[0], basic.get()[1]);
    } else if (inForm && form.containsKey("client_secret")) {
      client = lgsp.authenticate(form.get("client_id"), form.get("client_secret"));
    }
    if (client.isEmpty()) {
      return HttpReply.oauthError(401, "invalid_client", "Client authentication failed.")
          .header("WWW-Authenticate", "Basic realm=\"lgsp\"");
    }
    LgspState.Issued t = lgsp.issue(client.get());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("access_token", t.value());
    body.put("token_type", "Bearer");
    body.put("expires_in", t.expiresInSeconds());
    HttpReply reply = HttpReply.json(200, body);
    Contracts.checkResponse(CONTRACT, "TokenResponse", reply);
    return reply.header("Pragma", "no-cache");
  }

  private static Optional<String[]> basic(Optional<String> header) {
    if (header.isEmpty() || !header.get().regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(header.get().substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon < 0) {
        return Optional.empty();
      }
      return Optional.of(
          new String[] {
            URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
            URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)
          });
    } catch (IllegalArgumentException e) {
      return Optional.of(new String[] {"", ""});
    }
  }

  @Override
  public String toString() {
    return "TokenService" + prefix().toUpperCase(Locale.ROOT);
  }
}
