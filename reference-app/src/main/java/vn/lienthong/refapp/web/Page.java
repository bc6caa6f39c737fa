package vn.lienthong.refapp.web;

import static vn.lienthong.refapp.web.Html.attr;
import static vn.lienthong.refapp.web.Html.el;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The one layout of the web pages: Vietnamese ({@code lang="vi"}), a skip link, banner, main
 * navigation, a main landmark with the page heading, and a footer; mobile-friendly through the
 * viewport meta tag and the responsive stylesheet {@code /static/app.css}. No inline scripts or
 * styles, so the Content-Security-Policy can forbid them.
 */
final class Page {

  static final String SITE_NAME = "Một cửa điện tử";

  private Page() {}

  /** Renders a whole page. */
  static String render(
      String title, @Nullable Principal who, @Nullable String csrf, Html.Node... content) {
    List<Object> nav = new ArrayList<>();
    nav.add(el("li", el("a", attr("href", "/thu-tuc"), "Thủ tục hành chính")));
    nav.add(el("li", el("a", attr("href", "/tra-cuu"), "Tra cứu hồ sơ")));
    if (who instanceof Principal.Citizen) {
      nav.add(el("li", el("a", attr("href", "/cong-dan/ho-so"), "Hồ sơ của tôi")));
    } else if (who instanceof Principal.Staff) {
      nav.add(el("li", el("a", attr("href", "/can-bo"), "Hồ sơ cần xử lý")));
    }
    Html.Node account;
    if (who != null && csrf != null) {
      account =
          el(
              "form",
              attr("method", "post"),
              attr("action", "/dang-xuat"),
              attr("class", "account"),
              el("span", attr("class", "who"), who.fullName()),
              Forms.csrfField(csrf),
              el("button", attr("type", "submit"), attr("class", "link-button"), "Đăng xuất"));
    } else {
      account =
          el(
              "p",
              attr("class", "account"),
              el("a", attr("href", "/dang-nhap"), "Công dân đăng nhập"),
              " · ",
              el("a", attr("href", "/can-bo/dang-nhap"), "Cán bộ đăng nhập"));
    }
    Html.Element html =
        el(
            "html",
            attr("lang", "vi"),
            el(
                "head",
                el("meta", attr("charset", "utf-8")),
                el(
                    "meta",
                    attr("name", "viewport"),
                    attr("content", "width=device-width, initial-scale=1")),
                el("title", title + " – " + SITE_NAME),
                el("link", attr("rel", "stylesheet"), attr("href", "/static/app.css"))),
            el(
                "body",
                el(
                    "a",
                    attr("class", "skip-link"),
                    attr("href", "#noi-dung"),
                    "Bỏ qua, đến nội dung chính"),
                el(
                    "header",
                    attr("class", "site-header"),
                    el(
                        "div",
                        attr("class", "wrap"),
                        el("a", attr("class", "brand"), attr("href", "/"), SITE_NAME),
                        el("nav", attr("aria-label", "Điều hướng chính"), el("ul", nav)),
                        account)),
                el(
                    "main",
                    attr("id", "noi-dung"),
                    attr("tabindex", "-1"),
                    attr("class", "wrap"),
                    el("h1", title),
                    List.of(content)),
                el(
                    "footer",
                    attr("class", "site-footer"),
                    el(
                        "div",
                        attr("class", "wrap"),
                        el(
                            "p",
                            "Ứng dụng tham chiếu LienThong – bộ phận một cửa cấp xã."
                                + " Dữ liệu thử nghiệm, không dùng cho hồ sơ thật.")))));
    return "<!doctype html>\n" + html.render();
  }

  /** A notice box (information or success), announced politely to screen readers. */
  static Html.Element notice(String text) {
    return el("div", attr("class", "notice"), attr("role", "status"), el("p", text));
  }

  /** A problem box for a page-level error. */
  static Html.Element problem(String title, String detail, String code) {
    return el(
        "div",
        attr("class", "problem"),
        attr("role", "alert"),
        el("h2", title),
        el("p", detail),
        el("p", attr("class", "code"), "Mã lỗi: " + code));
  }
}
