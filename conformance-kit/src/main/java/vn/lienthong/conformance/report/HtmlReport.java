package vn.lienthong.conformance.report;

import static vn.lienthong.conformance.internal.report.Markup.escape;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import vn.lienthong.conformance.CheckOutcome;
import vn.lienthong.conformance.HttpExchange;
import vn.lienthong.conformance.Outcome;
import vn.lienthong.conformance.RequirementResult;
import vn.lienthong.conformance.RunReport;
import vn.lienthong.conformance.Text;
import vn.lienthong.conformance.internal.report.AreaChart;

/**
 * Renders a {@link RunReport} as one self-contained HTML page in Vietnamese for the people at a
 * provincial department of science and technology who read it without being programmers: the
 * verdict, the target, the date in Viet Nam time and the kit version; a summary chart per area
 * (inline SVG with a text alternative and a table); then each requirement not passed with what was
 * expected, what was seen and the legal source; then every requirement.
 *
 * <p>No JavaScript, no external asset (a Content-Security-Policy forbids both); every value is
 * escaped, since observed values come from the system under test. Stateless and thread-safe.
 *
 * <pre>{@code
 * Files.write(dir.resolve("report.html"), HtmlReport.render(report));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class HtmlReport {

  /** Viet Nam time (UTC+7, no daylight saving). */
  public static final ZoneId VIET_NAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(VIET_NAM);

  private HtmlReport() {}

  /**
   * Renders the report.
   *
   * @param report the report
   * @return UTF-8 HTML
   */
  public static byte[] render(RunReport report) {
    StringBuilder h = new StringBuilder(16_384);
    h.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")
        .append(" style-src 'unsafe-inline'; img-src data:\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Báo cáo kiểm tra tuân thủ LienThong – ")
        .append(escape(report.target().toString()))
        .append("</title>\n<style>")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n<main>\n");
    h.append("<h1>Báo cáo kiểm tra tuân thủ hệ thống một cửa điện tử cấp xã</h1>\n");
    boolean ok = report.conforms();
    h.append("<p class=\"verdict ")
        .append(ok ? "pass" : "fail")
        .append("\" role=\"status\"><strong>Kết luận: ")
        .append(
            ok
                ? "ĐẠT – mọi yêu cầu bắt buộc đã được kiểm tra đều đạt."
                : "CHƯA ĐẠT – có yêu cầu bắt buộc không đạt hoặc chưa kiểm tra được.")
        .append("</strong></p>\n");
    h.append("<dl class=\"meta\">\n");
    item(h, "Hệ thống được kiểm tra", report.target().toString());
    item(h, "Thời điểm kiểm tra", DATE.format(report.startedAt()) + " (giờ Việt Nam, UTC+07:00)");
    item(
        h,
        "Phạm vi",
        report.profile() == vn.lienthong.conformance.Profile.FULL
            ? "Đầy đủ (bắt buộc và khuyến nghị)"
            : "Chỉ các yêu cầu bắt buộc");
    item(h, "Phiên bản bộ công cụ", "LienThong conformance-kit " + report.kitVersion());
    h.append("</dl>\n");

    h.append("<section aria-labelledby=\"tomtat\">\n<h2 id=\"tomtat\">Tóm tắt</h2>\n");
    Map<Outcome, Integer> all = report.counts();
    h.append("<p>")
        .append(report.results().size())
        .append(" yêu cầu đã chạy: ")
        .append(all.get(Outcome.PASSED))
        .append(" đạt, ")
        .append(all.get(Outcome.FAILED))
        .append(" không đạt, ")
        .append(all.get(Outcome.SKIPPED))
        .append(" bỏ qua, ")
        .append(all.get(Outcome.ERROR))
        .append(" lỗi khi kiểm tra.</p>\n");
    h.append(AreaChart.svg(report));
    summaryTable(h, report);
    h.append("</section>\n");

    List<RequirementResult> notPassed =
        report.results().stream()
            .filter(r -> r.outcome() == Outcome.FAILED || r.outcome() == Outcome.ERROR)
            .toList();
    h.append("<section aria-labelledby=\"loi\">\n<h2 id=\"loi\">Các yêu cầu không đạt</h2>\n");
    if (notPassed.isEmpty()) {
      h.append("<p>Không có yêu cầu nào không đạt.</p>\n");
    }
    for (RequirementResult r : notPassed) {
      failure(h, r);
    }
    h.append("</section>\n");

    h.append("<section aria-labelledby=\"chitiet\">\n<h2 id=\"chitiet\">Tất cả yêu cầu</h2>\n")
        .append("<table>\n<caption>Kết quả từng yêu cầu</caption>\n<thead><tr>")
        .append("<th scope=\"col\">Mã</th><th scope=\"col\">Yêu cầu</th>")
        .append("<th scope=\"col\">Mức</th><th scope=\"col\">Kết quả</th>")
        .append("<th scope=\"col\">Ghi chú</th></tr></thead>\n<tbody>\n");
    for (RequirementResult r : report.results()) {
      h.append("<tr><th scope=\"row\">")
          .append(escape(r.requirement().id()))
          .append("</th><td>")
          .append(escape(r.requirement().title().vi()))
          .append("</td><td>")
          .append(escape(r.requirement().level().vietnamese()))
          .append("</td><td class=\"")
          .append(r.outcome().name().toLowerCase(java.util.Locale.ROOT))
          .append("\">")
          .append(escape(r.outcome().vietnamese()))
          .append("</td><td>")
          .append(escape(note(r)))
          .append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n</section>\n");
    h.append("<footer><p>Báo cáo đi kèm tệp chữ ký số <code>.jws</code>; kiểm tra bằng lệnh ")
        .append("<code>java -jar conformance-kit.jar verify report.html</code>.</p></footer>\n")
        .append("</main>\n</body>\n</html>\n");
    return h.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void failure(StringBuilder h, RequirementResult r) {
    h.append("<article class=\"finding\">\n<h3>")
        .append(escape(r.requirement().id()))
        .append(" – ")
        .append(escape(r.requirement().title().vi()))
        .append(" <span class=\"")
        .append(r.outcome().name().toLowerCase(java.util.Locale.ROOT))
        .append("\">(")
        .append(escape(r.outcome().vietnamese()))
        .append(", mức ")
        .append(escape(r.requirement().level().vietnamese().toLowerCase(java.util.Locale.ROOT)))
        .append(")</span></h3>\n<p>")
        .append(escape(r.requirement().statement().vi()))
        .append("</p>\n");
    for (CheckOutcome c : r.checks()) {
      Outcome o = c.result().outcome();
      if (o != Outcome.FAILED && o != Outcome.ERROR) {
        continue;
      }
      h.append("<dl>\n");
      if (o == Outcome.FAILED) {
        item(h, "Yêu cầu (kết quả mong đợi)", c.result().expected().map(Text::vi).orElse(""));
        item(h, "Thực tế quan sát được", c.result().observedVi());
      } else {
        item(h, "Không kiểm tra được vì", c.result().observed());
      }
      for (HttpExchange e : c.result().evidence()) {
        item(h, "Bằng chứng (trao đổi HTTP)", e.summary());
        if (!e.bodyExcerpt().isEmpty()) {
          h.append("<dd><pre>").append(escape(e.bodyExcerpt())).append("</pre></dd>\n");
        }
      }
      item(h, "Mã phép kiểm tra", c.checkId());
      h.append("</dl>\n");
    }
    h.append("<p class=\"source\"><strong>Căn cứ pháp lý:</strong> ")
        .append(escape(r.requirement().source()))
        .append("</p>\n</article>\n");
  }

  private static String note(RequirementResult r) {
    for (CheckOutcome c : r.checks()) {
      Outcome o = c.result().outcome();
      if (o == r.outcome() && o == Outcome.SKIPPED) {
        return c.result().expected().map(Text::vi).orElse("");
      }
      if (o == r.outcome() && o != Outcome.PASSED) {
        return c.result().observedVi();
      }
    }
    return "";
  }

  private static void summaryTable(StringBuilder h, RunReport report) {
    h.append("<table>\n<caption>Số yêu cầu theo lĩnh vực</caption>\n<thead><tr>")
        .append("<th scope=\"col\">Lĩnh vực</th><th scope=\"col\">Đạt</th>")
        .append("<th scope=\"col\">Không đạt</th><th scope=\"col\">Bỏ qua</th>")
        .append("<th scope=\"col\">Lỗi khi kiểm tra</th></tr></thead>\n<tbody>\n");
    report
        .areas()
        .forEach(
            (code, name) -> {
              Map<Outcome, Integer> c = report.counts(code);
              if (c.values().stream().mapToInt(Integer::intValue).sum() == 0) {
                return;
              }
              h.append("<tr><th scope=\"row\">")
                  .append(escape(name.vi()))
                  .append("</th><td>")
                  .append(c.get(Outcome.PASSED))
                  .append("</td><td>")
                  .append(c.get(Outcome.FAILED))
                  .append("</td><td>")
                  .append(c.get(Outcome.SKIPPED))
                  .append("</td><td>")
                  .append(c.get(Outcome.ERROR))
                  .append("</td></tr>\n");
            });
    h.append("</tbody>\n</table>\n");
  }

  private static void item(StringBuilder h, String term, String value) {
    h.append("<dt>")
        .append(escape(term))
        .append("</dt><dd>")
        .append(escape(value))
        .append("</dd>\n");
  }

  private static final String CSS =
      "body{font-family:'Times New Roman',Liberation Serif,serif;font-size:17px;line-height:1.5;"
          + "color:#111;background:#fff;margin:0}main{max-width:60rem;margin:auto;padding:1rem}"
          + "h1{font-size:1.6rem}.verdict{padding:.75rem;border:2px solid}.verdict.pass{"
          + "border-color:#1b5e20;background:#e8f5e9}.verdict.fail{border-color:#b71c1c;"
          + "background:#ffebee}dl.meta dt,.finding dt{font-weight:bold}dd{margin:0 0 .4rem 1.5rem}"
          + "table{border-collapse:collapse;margin:1rem 0;width:100%}th,td{border:1px solid #999;"
          + "padding:.3rem .5rem;text-align:left;vertical-align:top}caption{font-weight:bold;"
          + "text-align:left}.passed{color:#1b5e20}.failed{color:#b71c1c;font-weight:bold}"
          + ".error{color:#8a4b00;font-weight:bold}.skipped{color:#555}.finding{border-left:4px "
          + "solid #b71c1c;padding-left:1rem;margin:1.5rem 0}pre{white-space:pre-wrap;"
          + "word-break:break-all;background:#f5f5f5;padding:.5rem;font-size:.85rem}";
}
