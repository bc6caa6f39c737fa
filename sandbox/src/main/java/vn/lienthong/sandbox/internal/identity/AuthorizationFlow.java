package vn.lienthong.sandbox.internal.identity;

import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.sandbox.SandboxErrorCode;
import vn.lienthong.sandbox.identity.IdentityIssuer;
import vn.lienthong.sandbox.internal.http.HttpCall;
import vn.lienthong.sandbox.internal.http.HttpReply;

/** The authorization code flow of one issuer: PAR, authorize, token, userinfo. */
final class AuthorizationFlow {

  private final IdentityProvider provider;
  private final IdentityIssuer issuer;

  AuthorizationFlow(IdentityProvider provider, IdentityIssuer issuer) {
    this.provider = provider;
    this.issuer = issuer;
  }

  HttpReply par(HttpCall call) {
    throw notYet(call);
  }

  HttpReply authorize(HttpCall call) {
    throw notYet(call);
  }

  HttpReply token(HttpCall call) {
    throw notYet(call);
  }

  HttpReply userinfo(HttpCall call) {
    throw notYet(call);
  }

  private InvalidInputException notYet(HttpCall call) {
    return new InvalidInputException(
        SandboxErrorCode.NOT_FOUND,
        ErrorDetails.field("path")
            .rule("route")
            .rejectedValue(issuer.path() + call.subPath() + " " + provider.issuer(issuer)));
  }
}
