package vn.lienthong.refapp.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.LienThongException;
import vn.lienthong.core.privacy.SafeLogger;
import vn.lienthong.identity.CitizenIdentity;
import vn.lienthong.identity.LoginRequest;
import vn.lienthong.identity.LoginState;
import vn.lienthong.identity.officer.Officer;
import vn.lienthong.refapp.RefappErrorCode;

/**
 * Login and logout: start at the identity provider, finish on the callback, and open a new session
 * (new token, new CSRF token) for the logged-in citizen or officer.
 */
final class LoginPages {

  private static final SafeLogger LOG = SafeLogger.of(LoginPages.class);
  private static final Pattern PERSONA = Pattern.compile("[a-z0-9-]{1,40}");
  private static final String CITIZEN = "citizen";
  private static final String OFFICER = "officer";

  private LoginPages() {}

  static void startCitizen(Exchange x) throws IOException {
    start(x, CITIZEN, "/cong-dan/ho-so");
  }

  static void startOfficer(Exchange x) throws IOException {
    start(x, OFFICER, "/can-bo");
  }

  private static void start(Exchange x, String kind, String defaultNext) throws IOException {
    String next = localPath(x.param("next"), defaultNext);
    Map<String, String> extra = new LinkedHashMap<>();
    String persona = x.param("persona");
    if (x.env().logins().sandbox() && PERSONA.matcher(persona).matches()) {
      extra.put("persona", persona); // sandbox automation, as the sandbox documents it
    }
    LoginRequest request =
        kind.equals(CITIZEN)
            ? x.env().logins().citizen().start(extra)
            : x.env().logins().officer().start(extra);
    SessionStore.Session session = x.ensureSession();
    x.env().sessions().pendingLogin(session, kind + " " + next + " " + request.state().encoded());
    x.redirectAway(request.authorizationUri());
  }

  static void finishCitizen(Exchange x) throws IOException {
    finish(x, CITIZEN);
  }

  static void finishOfficer(Exchange x) throws IOException {
    finish(x, OFFICER);
  }

  private static void finish(Exchange x, String kind) throws IOException {
    SessionStore.Session session = x.session().orElse(null);
    String pending = session == null ? null : session.pendingLogin();
    String[] parts = pending == null ? new String[0] : pending.split(" ", 3);
    if (session == null || parts.length != 3 || !parts[0].equals(kind)) {
      throw new InvalidInputException(
          RefappErrorCode.LOGIN_FAILED,
          ErrorDetails.field("identity provider").rule("no login in progress"));
    }
    x.env().sessions().pendingLogin(session, null); // one callback per login
    Map<String, List<String>> params = new LinkedHashMap<>();
    x.request.getParameterMap().forEach((k, v) -> params.put(k, List.of(v)));
    Principal principal;
    try {
      LoginState state = LoginState.decode(parts[2]);
      if (kind.equals(CITIZEN)) {
        CitizenIdentity who = x.env().logins().citizen().finish(params, state);
        principal =
            new Principal.Citizen(
                who.subject(), who.personalId().value(), who.fullName(), who.assurance().acr());
        LOG.info("citizen logged in: {}", who);
      } else {
        Officer who = x.env().logins().officer().finish(params, state);
        principal = Principal.Staff.of(who);
        LOG.info("officer logged in: {}", who);
      }
    } catch (LienThongException e) {
      LOG.warn("{} login failed: {}", kind, e.code());
      throw new InvalidInputException(
          RefappErrorCode.LOGIN_FAILED, ErrorDetails.field("identity provider").rule(e.code()), e);
    }
    x.useSession(x.env().sessions().rotate(session, principal));
    x.redirect(parts[1]);
  }

  static void logout(Exchange x) throws IOException {
    x.checkCsrf();
    x.endSession();
    x.redirect("/");
  }

  /** A local path to return to after login, or the default (no open redirects). */
  static String localPath(String next, String fallback) {
    if (next.length() > 500
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.contains("\\")
        || next.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
      return fallback;
    }
    return next;
  }
}
