package vn.lienthong.refapp.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.ErrorMessages;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.LienThongException;
import vn.lienthong.core.privacy.SafeLogger;
import vn.lienthong.refapp.RefappErrorCode;

/**
 * Serves every web page: sets the security headers, routes by method and path, and turns failures
 * into Vietnamese error pages with their {@code LT-} code.
 */
final class WebServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final SafeLogger LOG = SafeLogger.of(WebServlet.class);

  /** Content-Security-Policy: no scripts at all, styles and images from this origin only. */
  static final String CSP =
      "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self';"
          + " frame-ancestors 'none'; base-uri 'none'";

  private static final Pattern CODE = Pattern.compile("[0-9A-Za-z.\\-]{1,40}");
  private static final Pattern DOSSIER =
      Pattern.compile("/(cong-dan|can-bo)/ho-so/([^/]+)(/bo-sung|/ket-qua)?");

  private final transient WebEnvironment env;

  WebServlet(WebEnvironment env) {
    this.env = env;
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    request.setCharacterEncoding("UTF-8");
    headers(response);
    if (env.baseUrl().startsWith("https://")) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    Exchange x = new Exchange(request, response, env);
    String path = request.getRequestURI();
    boolean get = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
    boolean post = request.getMethod().equals("POST");
    try {
      if (!get && !post) {
        response.setHeader("Allow", "GET, HEAD, POST");
        response.sendError(405);
        return;
      }
      if (!route(x, path, get, post)) {
        throw new InvalidInputException(
            RefappErrorCode.PAGE_NOT_FOUND,
            ErrorDetails.field(path.length() > 80 ? path.substring(0, 80) : path));
      }
    } catch (LienThongException e) {
      if (!response.isCommitted()) {
        response.resetBuffer();
        int status = e.errorCode().httpStatus();
        x.page(
            status,
            ErrorMessages.title(e.errorCode(), ErrorMessages.VIETNAMESE),
            Page.problem(
                ErrorMessages.title(e.errorCode(), ErrorMessages.VIETNAMESE),
                e.message(ErrorMessages.VIETNAMESE),
                e.code()),
            Html.el("p", Html.el("a", Html.attr("href", "/"), "Về trang chủ")));
      }
      if (e.errorCode().httpStatus() >= 500) {
        LOG.warn("web page {} failed: {}", path, e.toString());
      }
    } catch (RuntimeException e) {
      LOG.error("web page {} failed: {}", path, e.toString());
      if (!response.isCommitted()) {
        response.resetBuffer();
        x.page(
            500,
            "Lỗi hệ thống",
            Page.problem(
                "Lỗi hệ thống",
                "Đã xảy ra lỗi khi xử lý yêu cầu. Vui lòng thử lại sau.",
                "LT-APP-0001"));
      }
    }
  }

  private static boolean route(Exchange x, String path, boolean get, boolean post)
      throws IOException {
    if (get) {
      switch (path) {
        case "/" -> PublicPages.home(x);
        case "/thu-tuc" -> PublicPages.catalogue(x);
        case "/tra-cuu" -> PublicPages.lookup(x);
        case "/dang-nhap" -> LoginPages.startCitizen(x);
        case "/can-bo/dang-nhap" -> LoginPages.startOfficer(x);
        case Logins.CITIZEN_CALLBACK -> LoginPages.finishCitizen(x);
        case Logins.OFFICER_CALLBACK -> LoginPages.finishOfficer(x);
        case "/cong-dan/ho-so" -> CitizenPages.myDossiers(x);
        case "/can-bo" -> OfficerPages.inbox(x);
        case "/static/app.css" -> stylesheet(x);
        default -> {
          return routeWithCode(x, path, true);
        }
      }
      return true;
    }
    if (path.equals("/dang-xuat")) {
      LoginPages.logout(x);
      return true;
    }
    return routeWithCode(x, path, false);
  }

  private static boolean routeWithCode(Exchange x, String path, boolean get) throws IOException {
    if (path.startsWith("/thu-tuc/") && get) {
      String code = path.substring("/thu-tuc/".length());
      if (!CODE.matcher(code).matches()) {
        return false;
      }
      PublicPages.procedure(x, code);
      return true;
    }
    if (path.startsWith("/cong-dan/nop/")) {
      String code = path.substring("/cong-dan/nop/".length());
      if (!CODE.matcher(code).matches()) {
        return false;
      }
      if (get) {
        CitizenPages.form(x, code);
      } else {
        CitizenPages.submit(x, code);
      }
      return true;
    }
    Matcher m = DOSSIER.matcher(path);
    if (!m.matches() || !CODE.matcher(m.group(2)).matches()) {
      return false;
    }
    String code = m.group(2);
    boolean citizen = m.group(1).equals("cong-dan");
    boolean supplement = "/bo-sung".equals(m.group(3));
    if (citizen && "/ket-qua".equals(m.group(3)) && get) {
      CitizenPages.result(x, code);
      return true;
    }
    if (m.group(3) != null && !supplement) {
      return false;
    }
    if (citizen && supplement && !get) {
      CitizenPages.supplement(x, code);
    } else if (citizen && !supplement && get) {
      CitizenPages.dossier(x, code);
    } else if (!citizen && !supplement && get) {
      OfficerPages.dossier(x, code);
    } else if (!citizen && !supplement) {
      OfficerPages.act(x, code);
    } else {
      return false;
    }
    return true;
  }

  static void headers(HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", CSP);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  }

  private static void stylesheet(Exchange x) throws IOException {
    try (InputStream in = WebServlet.class.getResourceAsStream("static/app.css")) {
      if (in == null) {
        throw new InvalidInputException(
            RefappErrorCode.PAGE_NOT_FOUND, ErrorDetails.field("/static/app.css"));
      }
      byte[] css = in.readAllBytes();
      x.response.setContentType("text/css; charset=UTF-8");
      x.response.setHeader("Cache-Control", "public, max-age=3600");
      x.response.setContentLength(css.length);
      x.response.getOutputStream().write(css);
    }
  }
}
