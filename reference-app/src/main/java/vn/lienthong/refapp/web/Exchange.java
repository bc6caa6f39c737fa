package vn.lienthong.refapp.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.refapp.RefappErrorCode;

/**
 * One request and its answer, with the session, CSRF check and page rendering the handlers share.
 *
 * <p>Not thread-safe: one per request.
 */
final class Exchange {

  /** Cookie name over HTTPS: the {@code __Host-} prefix pins it to this host and path /. */
  static final String SECURE_COOKIE = "__Host-lt-session";

  /** Cookie name when {@code cookie.secure=false} (local demo over plain HTTP). */
  static final String PLAIN_COOKIE = "lt-session";

  /** Name of the hidden CSRF field in every state-changing form. */
  static final String CSRF_FIELD = "_csrf";

  final HttpServletRequest request;
  final HttpServletResponse response;
  private final WebEnvironment env;
  private SessionStore.@Nullable Session session;
  private boolean sessionLoaded;

  Exchange(HttpServletRequest request, HttpServletResponse response, WebEnvironment env) {
    this.request = request;
    this.response = response;
    this.env = env;
  }

  WebEnvironment env() {
    return env;
  }

  String cookieName() {
    return env.cookieSecure() ? SECURE_COOKIE : PLAIN_COOKIE;
  }

  /** The session the cookie names, if it is alive. */
  Optional<SessionStore.Session> session() {
    if (!sessionLoaded) {
      sessionLoaded = true;
      String token = null;
      Cookie[] cookies = request.getCookies();
      if (cookies != null) {
        for (Cookie c : cookies) {
          if (c.getName().equals(cookieName())) {
            token = c.getValue();
          }
        }
      }
      session = env.sessions().find(token).orElse(null);
    }
    return Optional.ofNullable(session);
  }

  /** The session, created (anonymous) if there is none. */
  SessionStore.Session ensureSession() {
    SessionStore.Session s = session().orElse(null);
    if (s == null) {
      s = env.sessions().create(null, null);
      useSession(s);
    }
    return s;
  }

  /** Makes a (new) session current and sends its cookie. */
  void useSession(SessionStore.Session s) {
    session = s;
    sessionLoaded = true;
    response.addHeader("Set-Cookie", cookie(s.token(), -1));
  }

  /** Ends the session and clears the cookie. */
  void endSession() {
    session().ifPresent(s -> env.sessions().delete(s.token()));
    session = null;
    response.addHeader("Set-Cookie", cookie("", 0));
  }

  String cookie(String value, int maxAge) {
    StringBuilder c = new StringBuilder(cookieName()).append('=').append(value);
    c.append("; Path=/; HttpOnly; SameSite=Lax");
    if (env.cookieSecure()) {
      c.append("; Secure");
    }
    if (maxAge >= 0) {
      c.append("; Max-Age=").append(maxAge);
    }
    return c.toString();
  }

  @Nullable Principal principal() {
    return session().map(SessionStore.Session::principal).orElse(null);
  }

  @Nullable String csrfToken() {
    return session().map(SessionStore.Session::csrfToken).orElse(null);
  }

  /** The logged-in citizen; otherwise a redirect to the login (GET) or LT-APP-0401. */
  Optional<Principal.Citizen> citizen() throws IOException {
    if (principal() instanceof Principal.Citizen c) {
      return Optional.of(c);
    }
    loginFirst("/dang-nhap");
    return Optional.empty();
  }

  /** The logged-in officer; otherwise a redirect to the officer login (GET) or LT-APP-0401. */
  Optional<Principal.Staff> officer() throws IOException {
    if (principal() instanceof Principal.Staff s) {
      return Optional.of(s);
    }
    loginFirst("/can-bo/dang-nhap");
    return Optional.empty();
  }

  private void loginFirst(String login) throws IOException {
    if (!request.getMethod().equals("GET")) {
      throw new InvalidInputException(
          RefappErrorCode.LOGIN_REQUIRED, ErrorDetails.field(request.getRequestURI()));
    }
    String next = request.getRequestURI();
    if (request.getQueryString() != null) {
      next += "?" + request.getQueryString();
    }
    redirect(login + "?next=" + java.net.URLEncoder.encode(next, StandardCharsets.UTF_8));
  }

  /**
   * Checks a state-changing request: the form's CSRF token must equal the session's (synchroniser
   * token), and an {@code Origin} header, when the browser sends one, must be this app's.
   */
  void checkCsrf() {
    String expected = csrfToken();
    String given = request.getParameter(CSRF_FIELD);
    boolean ok =
        expected != null
            && given != null
            && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    String origin = request.getHeader("Origin");
    if (ok && origin != null && !origin.equals("null") && !sameOrigin(origin)) {
      ok = false;
    }
    if (!ok) {
      throw new InvalidInputException(
          RefappErrorCode.CSRF_REJECTED, ErrorDetails.field(request.getRequestURI()));
    }
  }

  private boolean sameOrigin(String origin) {
    try {
      String own =
          request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
      String o = origin(origin);
      return o.equals(origin(env.baseUrl())) || o.equals(origin(own));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  static String origin(String url) {
    URI u = URI.create(url);
    String scheme = String.valueOf(u.getScheme()).toLowerCase(java.util.Locale.ROOT);
    int port = u.getPort() >= 0 ? u.getPort() : scheme.equals("https") ? 443 : 80;
    return scheme
        + "://"
        + String.valueOf(u.getHost()).toLowerCase(java.util.Locale.ROOT)
        + ":"
        + port;
  }

  String param(String name) {
    String v = request.getParameter(name);
    return v == null ? "" : v.strip();
  }

  /** Sends a page. */
  void html(int status, String html) throws IOException {
    response.setStatus(status);
    response.setContentType("text/html; charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** Renders the layout around the content and sends it with status 200. */
  void page(String title, Html.Node... content) throws IOException {
    page(200, title, content);
  }

  void page(int status, String title, Html.Node... content) throws IOException {
    html(status, Page.render(title, principal(), csrfToken(), content));
  }

  /** Redirects to a local path (303 See Other, so a POST becomes a GET). */
  void redirect(String localPath) throws IOException {
    if (!localPath.startsWith("/") || localPath.startsWith("//")) {
      throw new IllegalArgumentException("not a local path");
    }
    response.setStatus(303);
    response.setHeader("Location", localPath);
    response.setHeader("Cache-Control", "no-store");
  }

  /** Redirects to another site (the identity provider). */
  void redirectAway(URI uri) {
    response.setStatus(302);
    response.setHeader("Location", uri.toString());
    response.setHeader("Cache-Control", "no-store");
  }
}
