package vn.lienthong.refapp.web;

import static vn.lienthong.refapp.web.Html.attr;
import static vn.lienthong.refapp.web.Html.el;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.forms.CatalogueEntry;
import vn.lienthong.core.forms.CatalogueFee;
import vn.lienthong.core.forms.RequiredDocument;
import vn.lienthong.core.id.ProcedureCode;
import vn.lienthong.core.text.VietnameseText;
import vn.lienthong.refapp.RefappErrorCode;

/**
 * Pages anyone may see: home, the procedure catalogue with search, and the public status look-up.
 */
final class PublicPages {

  /** Longest search query accepted, in characters. */
  static final int MAX_QUERY_LENGTH = 100;

  private PublicPages() {}

  static void home(Exchange x) throws IOException {
    x.page(
        "Bộ phận Một cửa điện tử",
        el(
            "p",
            attr("class", "lead"),
            "Nộp hồ sơ thủ tục hành chính cấp xã trực tuyến, theo dõi tiến độ và nhận kết quả có"
                + " chữ ký số."),
        el(
            "div",
            attr("class", "cards"),
            el(
                "section",
                attr("class", "card"),
                el("h2", "Công dân"),
                el("p", "Đăng nhập bằng tài khoản định danh điện tử (VNeID) để nộp hồ sơ."),
                el("p", el("a", attr("class", "button"), attr("href", "/thu-tuc"), "Tìm thủ tục"))),
            el(
                "section",
                attr("class", "card"),
                el("h2", "Cán bộ"),
                el("p", "Đăng nhập một lần (SSO) để tiếp nhận và xử lý hồ sơ của xã."),
                el(
                    "p",
                    el(
                        "a",
                        attr("class", "button secondary"),
                        attr("href", "/can-bo/dang-nhap"),
                        "Cán bộ đăng nhập")))));
  }

  /** Entries whose folded name or code contains every folded word of the query. */
  static List<CatalogueEntry> search(List<CatalogueEntry> entries, String query) {
    String q = VietnameseText.fold(VietnameseText.collapseWhitespace(query)).strip();
    if (q.isEmpty()) {
      return entries;
    }
    String[] words = q.split(" ");
    List<CatalogueEntry> out = new ArrayList<>();
    for (CatalogueEntry e : entries) {
      String hay = VietnameseText.fold(e.name()) + " " + e.code().value();
      boolean all = true;
      for (String w : words) {
        all &= hay.contains(w);
      }
      if (all) {
        out.add(e);
      }
    }
    return out;
  }

  static void catalogue(Exchange x) throws IOException {
    String query = x.param("q");
    if (query.length() > MAX_QUERY_LENGTH) {
      query = query.substring(0, MAX_QUERY_LENGTH);
    }
    List<CatalogueEntry> found = search(x.env().catalogue().entries(), query);
    List<Object> items = new ArrayList<>();
    for (CatalogueEntry e : found) {
      items.add(
          el(
              "li",
              el("a", attr("href", "/thu-tuc/" + e.code().value()), e.name()),
              " ",
              el("span", attr("class", "meta"), "Mã " + e.code().value() + " · " + deadline(e))));
    }
    x.page(
        "Thủ tục hành chính",
        el(
            "form",
            attr("method", "get"),
            attr("action", "/thu-tuc"),
            attr("role", "search"),
            attr("class", "search"),
            el("label", attr("for", "q"), "Tìm thủ tục (gõ có dấu hoặc không dấu)"),
            el(
                "div",
                attr("class", "search-row"),
                el(
                    "input",
                    attr("type", "search"),
                    attr("id", "q"),
                    attr("name", "q"),
                    attr("value", query),
                    attr("maxlength", String.valueOf(MAX_QUERY_LENGTH))),
                el("button", attr("type", "submit"), "Tìm kiếm"))),
        el(
            "p",
            attr("role", "status"),
            attr("id", "so-ket-qua"),
            query.isEmpty()
                ? found.size() + " thủ tục"
                : found.size() + " thủ tục phù hợp với “" + query + "”"),
        el("ul", attr("class", "procedures"), attr("aria-labelledby", "so-ket-qua"), items));
  }

  static void procedure(Exchange x, String code) throws IOException {
    CatalogueEntry e = entry(x, code);
    List<Object> docs = new ArrayList<>();
    for (RequiredDocument d : e.documents()) {
      docs.add(
          el(
              "li",
              d.name(),
              d.replacingRegistry()
                  .map(
                      r ->
                          el(
                              "span",
                              attr("class", "meta"),
                              " (không cần nộp: lấy từ "
                                  + Prefill.REGISTRY_NAMES.getOrDefault(r, r)
                                  + ")"))
                  .orElse(null)));
    }
    List<Object> fees = new ArrayList<>();
    for (CatalogueFee f : e.fees()) {
      fees.add(
          el("li", f.name() + ": " + (f.amountVnd() == 0 ? "miễn phí" : f.amountVnd() + " đồng")));
    }
    x.page(
        e.name(),
        el(
            "dl",
            attr("class", "facts"),
            el("dt", "Mã thủ tục"),
            el("dd", e.code().value()),
            el("dt", "Thời hạn giải quyết"),
            el("dd", deadline(e))),
        el("h2", "Thành phần hồ sơ"),
        el("ul", docs),
        fees.isEmpty() ? null : el("h2", "Phí, lệ phí"),
        fees.isEmpty() ? null : el("ul", fees),
        e.form().isPresent()
            ? el(
                "p",
                el(
                    "a",
                    attr("class", "button"),
                    attr("href", "/cong-dan/nop/" + e.code().value()),
                    "Nộp hồ sơ trực tuyến"))
            : el("p", "Thủ tục này nộp trực tiếp tại bộ phận một cửa."));
  }

  static CatalogueEntry entry(Exchange x, String code) {
    Optional<CatalogueEntry> e =
        ProcedureCode.isValid(code)
            ? x.env().catalogue().find(ProcedureCode.parse(code))
            : Optional.empty();
    return e.orElseThrow(
        () ->
            new InvalidInputException(
                RefappErrorCode.PAGE_NOT_FOUND, ErrorDetails.field("/thu-tuc/" + code)));
  }

  static String deadline(CatalogueEntry e) {
    return e.deadline().isSameDay()
        ? "trong ngày làm việc"
        : e.deadline().workingDays() + " ngày làm việc";
  }

  /** Public status look-up by dossier code: status and due date, the applicant's name masked. */
  static void lookup(Exchange x) throws IOException {
    String code = x.param("ma");
    List<Html.Node> body = new ArrayList<>();
    body.add(
        el(
            "form",
            attr("method", "get"),
            attr("action", "/tra-cuu"),
            attr("role", "search"),
            attr("class", "search"),
            el("label", attr("for", "ma"), "Mã hồ sơ (in trên giấy tiếp nhận)"),
            el(
                "div",
                attr("class", "search-row"),
                el(
                    "input",
                    attr("type", "text"),
                    attr("id", "ma"),
                    attr("name", "ma"),
                    attr("value", code),
                    attr("maxlength", "40")),
                el("button", attr("type", "submit"), "Tra cứu"))));
    if (!code.isEmpty()) {
      Optional<DossierDesk.PublicView> d =
          code.length() <= 40 ? x.env().desk().lookup(code) : Optional.empty();
      if (d.isEmpty()) {
        body.add(Page.notice("Không tìm thấy hồ sơ có mã này."));
      } else {
        DossierDesk.PublicView s = d.get();
        body.add(
            el(
                "dl",
                attr("class", "facts"),
                el("dt", "Mã hồ sơ"),
                el("dd", s.code()),
                el("dt", "Thủ tục"),
                el("dd", s.procedureName()),
                el("dt", "Người nộp"),
                el("dd", s.maskedApplicantName()),
                el("dt", "Trạng thái"),
                el("dd", s.status().vietnameseLabel()),
                el("dt", "Hẹn trả kết quả"),
                el("dd", Dates.dateTime(s.dueAt()))));
      }
    }
    x.page("Tra cứu hồ sơ", body.toArray(Html.Node[]::new));
  }
}
