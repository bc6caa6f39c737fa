package vn.lienthong.conformance.internal.checks;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import vn.lienthong.conformance.Check;
import vn.lienthong.conformance.CheckContext;
import vn.lienthong.conformance.CheckResult;
import vn.lienthong.conformance.TargetResponse;
import vn.lienthong.conformance.Text;

/**
 * {@code priv.errors.no-personal-data} ({@code LT-PRIV-002}): malformed JSON carrying a (test)
 * personal id and phone number is posted to the endpoint of {@code rob.invalid-input.path}; the
 * error answer must not repeat them unmasked. Stateless and thread-safe.
 */
public final class ErrorEchoCheck implements Check {

  /** A personal id of the test range sent in the request (not a real person's). */
  static final String PERSONAL_ID = "001099000123";

  /** A phone number sent in the request. */
  static final String PHONE = "0912345678";

  private static final Text EXPECTED =
      new Text(
          "Phản hồi lỗi không lặp lại số định danh cá nhân hay số điện thoại đã gửi",
          "the error answer does not repeat the personal id or phone number sent");

  @Override
  public String id() {
    return "priv.errors.no-personal-data";
  }

  @Override
  public String requirement() {
    return "LT-PRIV-002";
  }

  @Override
  public CheckResult run(CheckContext context) {
    String path = context.setting(CheckContext.INVALID_INPUT_PATH).orElse(null);
    if (path == null) {
      return CheckResult.skipped(Checks.notConfigured(CheckContext.INVALID_INPUT_PATH));
    }
    String body =
        "{\"soDinhDanh\": \"" + PERSONAL_ID + "\", \"soDienThoai\": \"" + PHONE + "\", \"x\": ";
    TargetResponse r =
        context
            .http()
            .send(
                "POST",
                context.resolve(path),
                Map.of("Content-Type", "application/json"),
                body.getBytes(StandardCharsets.UTF_8));
    String text = r.text();
    boolean id = text.contains(PERSONAL_ID);
    boolean phone = text.contains(PHONE);
    if (id || phone) {
      return CheckResult.failed(
          EXPECTED,
          "Phản hồi lỗi lặp lại "
              + (id && phone
                  ? "số định danh cá nhân và số điện thoại"
                  : id ? "số định danh cá nhân" : "số điện thoại")
              + " đã gửi (đã che trong báo cáo này)",
          "the error answer repeats the "
              + (id && phone ? "personal id and phone number" : id ? "personal id" : "phone number")
              + " sent (masked here)",
          List.of(r.exchange()));
    }
    return CheckResult.passed(
        "status " + r.status() + ", nothing personal repeated", List.of(r.exchange()));
  }
}
