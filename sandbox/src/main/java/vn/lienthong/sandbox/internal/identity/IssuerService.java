package vn.lienthong.sandbox.internal.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.sandbox.SandboxErrorCode;
import vn.lienthong.sandbox.identity.IdentityIssuer;
import vn.lienthong.sandbox.internal.SandboxService;
import vn.lienthong.sandbox.internal.http.HttpCall;
import vn.lienthong.sandbox.internal.http.HttpReply;

/**
 * One issuer's endpoints under its prefix ({@code /idp}, {@code /officer-idp}, {@code /npsp},
 * {@code /vneid}).
 */
final class IssuerService implements SandboxService {

  private final IdentityProvider provider;
  private final IdentityIssuer issuer;
  private final String issuerUri;
  private final AuthorizationFlow flow;

  IssuerService(IdentityProvider provider, IdentityIssuer issuer) {
    this.provider = provider;
    this.issuer = issuer;
    this.issuerUri = provider.issuer(issuer).toString();
    this.flow = new AuthorizationFlow(provider, issuer);
  }

  @Override
  public String prefix() {
    return issuer.path();
  }

  @Override
  public String title() {
    return switch (issuer) {
      case CITIZEN -> "OpenID provider, citizens (FAPI 2.0: PAR, DPoP, private_key_jwt)";
      case OFFICER -> "OpenID provider, officers (FAPI 2.0)";
      case NPSP -> "National Public Service Portal SSO profile (client secret)";
      case VNEID -> "VNeID direct profile, preview (encrypted userinfo envelope)";
    };
  }

  @Override
  public HttpReply handle(HttpCall call) {
    String path = call.subPath();
    return switch (path) {
      case "/.well-known/openid-configuration" -> {
        only(call, "GET");
        yield HttpReply.json(200, Discovery.metadata(issuerUri, issuer));
      }
      case "/jwks" -> {
        only(call, "GET");
        yield HttpReply.text(
                200, "application/jwk-set+json", provider.keys(issuer).publicSet().toString(true))
            .header("Cache-Control", "no-cache");
      }
      case "/par" -> {
        only(call, "POST");
        yield flow.par(call);
      }
      case "/authorize" -> {
        only(call, "GET", "POST");
        yield flow.authorize(call);
      }
      case "/token" -> {
        only(call, "POST");
        yield flow.token(call);
      }
      case "/userinfo" -> {
        only(call, "GET", "POST");
        yield flow.userinfo(call);
      }
      case "/admin/clients" -> {
        only(call, "POST");
        var reg = AdminRequests.client(call.json());
        provider.registerClient(reg);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("client_id", reg.clientId());
        body.put("redirect_uris", reg.redirectUris().stream().map(Object::toString).toList());
        yield HttpReply.json(201, body);
      }
      case "/admin/rotate-keys" -> {
        only(call, "POST");
        String kid = provider.rotateKeys(issuer);
        yield HttpReply.json(200, Map.of("kid", kid, "jwks_uri", issuerUri + "/jwks"));
      }
      default ->
          throw new InvalidInputException(
              SandboxErrorCode.NOT_FOUND,
              ErrorDetails.field("path").rule("route").rejectedValue(prefix() + path));
    };
  }

  private void only(HttpCall call, String... methods) {
    for (String m : methods) {
      if (m.equals(call.method())) {
        return;
      }
    }
    throw new InvalidInputException(
        SandboxErrorCode.METHOD_NOT_ALLOWED,
        ErrorDetails.field(prefix() + call.subPath())
            .rule("method")
            .rejectedValue(call.method())
            .with("allowed", String.join(", ", methods)));
  }
}
