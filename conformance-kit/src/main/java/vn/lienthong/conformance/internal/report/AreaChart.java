package vn.lienthong.conformance.internal.report;

import static vn.lienthong.conformance.internal.report.Markup.escape;

import java.util.Map;
import vn.lienthong.conformance.Outcome;
import vn.lienthong.conformance.RunReport;

/**
 * The summary chart of the HTML report: one stacked horizontal bar per area (passed, failed,
 * skipped, error), as inline SVG with a title and a description for screen readers. Stateless and
 * thread-safe.
 */
public final class AreaChart {

  private static final int LABEL = 330;
  private static final int BAR = 360;
  private static final int ROW = 30;
  private static final String[] COLOURS = {"#2e7d32", "#c62828", "#9e9e9e", "#ef6c00"};
  private static final Outcome[] ORDER = {
    Outcome.PASSED, Outcome.FAILED, Outcome.SKIPPED, Outcome.ERROR
  };

  private AreaChart() {}

  /**
   * Draws the chart.
   *
   * @param report the report
   * @return the SVG element
   */
  public static String svg(RunReport report) {
    StringBuilder rows = new StringBuilder();
    StringBuilder desc = new StringBuilder();
    int y = 10;
    int max = 1;
    for (String area : report.areas().keySet()) {
      max = Math.max(max, total(report.counts(area)));
    }
    for (Map.Entry<String, vn.lienthong.conformance.Text> a : report.areas().entrySet()) {
      Map<Outcome, Integer> c = report.counts(a.getKey());
      if (total(c) == 0) {
        continue;
      }
      rows.append("<text x=\"0\" y=\"")
          .append(y + 15)
          .append("\" font-size=\"12\">")
          .append(escape(a.getValue().vi()))
          .append("</text>");
      int x = LABEL;
      for (int i = 0; i < ORDER.length; i++) {
        int n = c.get(ORDER[i]);
        if (n == 0) {
          continue;
        }
        int w = Math.max(2, n * BAR / max);
        rows.append("<rect x=\"")
            .append(x)
            .append("\" y=\"")
            .append(y)
            .append("\" width=\"")
            .append(w)
            .append("\" height=\"20\" fill=\"")
            .append(COLOURS[i])
            .append("\"><title>")
            .append(escape(ORDER[i].vietnamese()))
            .append(": ")
            .append(n)
            .append("</title></rect>");
        x += w;
      }
      desc.append(escape(a.getValue().vi()))
          .append(": ")
          .append(c.get(Outcome.PASSED))
          .append(" đạt, ")
          .append(c.get(Outcome.FAILED))
          .append(" không đạt, ")
          .append(c.get(Outcome.SKIPPED))
          .append(" bỏ qua, ")
          .append(c.get(Outcome.ERROR))
          .append(" lỗi. ");
      y += ROW;
    }
    StringBuilder legend = new StringBuilder();
    int lx = 0;
    for (int i = 0; i < ORDER.length; i++) {
      legend
          .append("<rect x=\"")
          .append(lx)
          .append("\" y=\"")
          .append(y + 4)
          .append("\" width=\"14\" height=\"14\" fill=\"")
          .append(COLOURS[i])
          .append("\"/><text x=\"")
          .append(lx + 18)
          .append("\" y=\"")
          .append(y + 16)
          .append("\" font-size=\"13\">")
          .append(escape(ORDER[i].vietnamese()))
          .append("</text>");
      lx += 150;
    }
    int height = y + 30;
    return "<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\""
        + (LABEL + BAR + 10)
        + "\" height=\""
        + height
        + "\" viewBox=\"0 0 "
        + (LABEL + BAR + 10)
        + " "
        + height
        + "\" aria-labelledby=\"chart-title chart-desc\"><title id=\"chart-title\">"
        + "Kết quả theo lĩnh vực</title><desc id=\"chart-desc\">"
        + desc
        + "</desc>"
        + rows
        + legend
        + "</svg>\n<figcaption>Biểu đồ: số yêu cầu đạt, không đạt, bỏ qua và lỗi khi kiểm tra"
        + " theo từng lĩnh vực.</figcaption>\n</figure>\n";
  }

  private static int total(Map<Outcome, Integer> c) {
    return c.values().stream().mapToInt(Integer::intValue).sum();
  }
}
