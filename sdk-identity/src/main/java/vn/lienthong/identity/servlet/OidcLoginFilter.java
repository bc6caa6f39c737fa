package vn.lienthong.identity.servlet;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.LienThongException;
import vn.lienthong.core.ProblemDetails;
import vn.lienthong.core.privacy.SafeLogger;
import vn.lienthong.identity.CitizenIdentity;
import vn.lienthong.identity.IdentityErrorCode;
import vn.lienthong.identity.LoginRequest;
import vn.lienthong.identity.LoginState;
import vn.lienthong.identity.OidcLogin;

/**
 * A servlet filter that requires a national identity login: a request without a logged-in citizen
 * is redirected to the provider (GET) or answered 401 (other methods); the callback path finishes
 * the login, renews the session id (against session fixation), stores the {@link CitizenIdentity}
 * in the session and returns the browser to the page it first asked for. Failures are answered as
 * RFC 9457 problem details in Vietnamese, with the {@code LT-IDN} code.
 *
 * <p>The protected application reads the identity from the request attribute {@link
 * #IDENTITY_ATTRIBUTE}. Instances are thread-safe; register one per protected area.
 *
 * <pre>{@code
 * context.addFilter(new FilterHolder(OidcLoginFilter.create(login, "/login/callback")), "/*",
 *     EnumSet.of(DispatcherType.REQUEST));
 * CitizenIdentity who = (CitizenIdentity) request.getAttribute(OidcLoginFilter.IDENTITY_ATTRIBUTE);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class OidcLoginFilter implements Filter {

  /** Session and request attribute holding the {@link CitizenIdentity}. */
  public static final String IDENTITY_ATTRIBUTE = "vn.lienthong.identity.citizen";

  /** Session attribute holding the {@link LoginState} of a login in progress. */
  public static final String STATE_ATTRIBUTE = "vn.lienthong.identity.loginState";

  /** Session attribute holding the local path to return to after login. */
  public static final String TARGET_ATTRIBUTE = "vn.lienthong.identity.target";

  /** Longest return path kept, in characters. */
  public static final int MAX_TARGET_LENGTH = 1024;

  private static final SafeLogger LOG = SafeLogger.of(OidcLoginFilter.class);

  private final OidcLogin login;
  private final String callbackPath;

  private OidcLoginFilter(OidcLogin login, String callbackPath) {
    this.login = login;
    this.callbackPath = callbackPath;
  }

  /**
   * Creates the filter.
   *
   * @param login the relying party; its redirect URI must point at {@code callbackPath}
   * @param callbackPath the path, within the servlet context, of the redirect URI
   * @return the filter
   * @throws IllegalArgumentException if {@code callbackPath} does not start with {@code /}
   * @throws NullPointerException if an argument is null
   * @since 0.1.0
   */
  public static OidcLoginFilter create(OidcLogin login, String callbackPath) {
    Objects.requireNonNull(login, "login");
    if (!Objects.requireNonNull(callbackPath, "callbackPath").startsWith("/")) {
      throw new IllegalArgumentException("callbackPath must start with /");
    }
    return new OidcLoginFilter(login, callbackPath);
  }

  /**
   * Lets the request through with a logged-in citizen, or runs the login.
   *
   * @param request the request
   * @param response the response
   * @param chain the rest of the chain
   * @throws IOException if writing the response fails
   * @throws ServletException if the chain fails
   */
  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest req = (HttpServletRequest) request;
    HttpServletResponse res = (HttpServletResponse) response;
    String path = req.getRequestURI().substring(req.getContextPath().length());
    try {
      if (path.equals(callbackPath)) {
        callback(req, res);
        return;
      }
      HttpSession session = req.getSession(false);
      Object who = session == null ? null : session.getAttribute(IDENTITY_ATTRIBUTE);
      if (who instanceof CitizenIdentity) {
        req.setAttribute(IDENTITY_ATTRIBUTE, who);
        chain.doFilter(req, res);
        return;
      }
      if (!"GET".equals(req.getMethod())) {
        problem(
            res,
            new InvalidInputException(
                IdentityErrorCode.LOGIN_STATE_INVALID,
                ErrorDetails.field("session").with("reason", "not logged in")),
            401);
        return;
      }
      LoginRequest start = login.start();
      HttpSession s = req.getSession(true);
      s.setAttribute(STATE_ATTRIBUTE, start.state());
      s.setAttribute(TARGET_ATTRIBUTE, target(req));
      res.sendRedirect(start.authorizationUri().toString());
    } catch (LienThongException e) {
      LOG.warn("login failed: {}", e.getMessage());
      problem(res, e, e.errorCode().httpStatus());
    }
  }

  private void callback(HttpServletRequest req, HttpServletResponse res) throws IOException {
    HttpSession session = req.getSession(false);
    Object kept = session == null ? null : session.getAttribute(STATE_ATTRIBUTE);
    if (!(kept instanceof LoginState)) {
      throw new InvalidInputException(
          IdentityErrorCode.LOGIN_STATE_INVALID,
          ErrorDetails.field("session").with("reason", "no login in progress in this session"));
    }
    session.removeAttribute(STATE_ATTRIBUTE);
    Map<String, List<String>> params = new LinkedHashMap<>();
    req.getParameterMap().forEach((k, v) -> params.put(k, Arrays.asList(v)));
    CitizenIdentity who = login.finish(params, (LoginState) kept);
    req.changeSessionId();
    session.setAttribute(IDENTITY_ATTRIBUTE, who);
    Object target = session.getAttribute(TARGET_ATTRIBUTE);
    session.removeAttribute(TARGET_ATTRIBUTE);
    res.sendRedirect(req.getContextPath() + (target instanceof String ? (String) target : "/"));
  }

  private static String target(HttpServletRequest req) {
    String path = req.getRequestURI().substring(req.getContextPath().length());
    String q = req.getQueryString();
    String t = q == null ? path : path + "?" + q;
    boolean local = t.startsWith("/") && !t.startsWith("//") && !t.contains("\\");
    return local && t.length() <= MAX_TARGET_LENGTH ? t : "/";
  }

  private static void problem(HttpServletResponse res, LienThongException e, int status)
      throws IOException {
    ProblemDetails p = ProblemDetails.from(e, Locale.forLanguageTag("vi"));
    res.setStatus(status);
    res.setContentType(ProblemDetails.MEDIA_TYPE);
    res.setCharacterEncoding(StandardCharsets.UTF_8.name());
    res.getWriter().write(p.toJson());
  }
}
