package vn.lienthong.conformance.internal.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.lienthong.conformance.Check;
import vn.lienthong.conformance.CheckContext;
import vn.lienthong.conformance.CheckResult;
import vn.lienthong.conformance.TargetResponse;
import vn.lienthong.conformance.Text;

/**
 * {@code rob.invalid-input.problem-details-with-code} ({@code LT-ROB-001}): malformed JSON posted
 * to a configured endpoint gets a 4xx RFC 9457 answer ({@code application/problem+json}) with a
 * non-blank {@code code}. Stateless and thread-safe.
 */
public final class ProblemDetailsCheck implements Check {

  /** The body sent: JSON cut off in the middle of an object. */
  static final String MALFORMED_JSON = "{\"hoTen\": \"Nguyễn Văn A\", \"ngaySinh\": ";

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Text EXPECTED =
      new Text(
          "Phản hồi lỗi 4xx dạng application/problem+json (RFC 9457) có trường \"code\" chứa mã"
              + " lỗi ổn định",
          "a 4xx application/problem+json answer (RFC 9457) with a stable error \"code\"");

  @Override
  public String id() {
    return "rob.invalid-input.problem-details-with-code";
  }

  @Override
  public String requirement() {
    return "LT-ROB-001";
  }

  @Override
  public CheckResult run(CheckContext context) {
    String path = context.setting(CheckContext.INVALID_INPUT_PATH).orElse(null);
    if (path == null) {
      return CheckResult.skipped(Checks.notConfigured(CheckContext.INVALID_INPUT_PATH));
    }
    TargetResponse r =
        context
            .http()
            .send(
                "POST",
                context.resolve(path),
                Map.of(
                    "Content-Type",
                    "application/json",
                    "Accept",
                    "application/json, application/problem+json"),
                MALFORMED_JSON.getBytes(StandardCharsets.UTF_8));
    List<vn.lienthong.conformance.HttpExchange> evidence = List.of(r.exchange());
    if (r.status() < 400 || r.status() > 499) {
      return CheckResult.failed(
          EXPECTED,
          "Trả mã trạng thái " + r.status() + " cho JSON sai cú pháp (cần 4xx)",
          "status " + r.status() + " for malformed JSON (expected 4xx)",
          evidence);
    }
    String type = r.contentType().toLowerCase(Locale.ROOT);
    if (!type.startsWith("application/problem+json")) {
      String shown = type.isEmpty() ? "(none)" : r.contentType();
      return CheckResult.failed(
          EXPECTED,
          "Mã trạng thái "
              + r.status()
              + ", kiểu nội dung là '"
              + shown
              + "', không phải application/problem+json",
          "status " + r.status() + ", content type '" + shown + "'",
          evidence);
    }
    JsonNode body;
    try {
      body = JSON.readTree(r.body());
    } catch (IOException e) {
      return CheckResult.failed(
          EXPECTED,
          "Nội dung phản hồi lỗi không phải JSON",
          "the problem details body is not JSON",
          evidence);
    }
    if (body == null || !body.isObject()) {
      return CheckResult.failed(
          EXPECTED, "the problem details body is not a JSON object", evidence);
    }
    JsonNode code = body.get("code");
    if (code == null || !code.isTextual() || code.asText().isBlank()) {
      String members = String.join(", ", names(body));
      return CheckResult.failed(
          EXPECTED,
          "Phản hồi lỗi không có trường \"code\" (chỉ có: " + members + ")",
          "problem details without \"code\" (members: " + members + ")",
          evidence);
    }
    return CheckResult.passed(
        "status " + r.status() + ", code " + Checks.cut(code.asText(), 64), evidence);
  }

  private static List<String> names(JsonNode body) {
    List<String> names = new java.util.ArrayList<>();
    body.fieldNames().forEachRemaining(n -> names.add(Checks.cut(n, 40)));
    return names.size() > 20 ? names.subList(0, 20) : names;
  }
}
