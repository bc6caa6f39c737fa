package vn.lienthong.conformance.internal.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.lienthong.conformance.Check;
import vn.lienthong.conformance.CheckContext;
import vn.lienthong.conformance.CheckResult;
import vn.lienthong.conformance.HttpExchange;
import vn.lienthong.conformance.Text;

/**
 * {@code rob.redelivery.no-duplicate} ({@code LT-ROB-002}): the same filing delivered twice, once
 * with the same {@code Idempotency-Key} (new message ids) and once as the same bus message ({@code
 * LT-Id}) without a key, answers the first dossier again ({@code 200}, {@code created} false) and
 * makes no second dossier. Stateless and thread-safe.
 */
public final class RedeliveryCheck implements Check {

  private static final Text EXPECTED =
      new Text(
          "Gửi lại cùng một hồ sơ (cùng Idempotency-Key, hoặc cùng mã thông điệp LT-Id) trả lại"
              + " đúng hồ sơ đầu tiên (200, created=false), không tạo hồ sơ thứ hai",
          "the same filing delivered again (same Idempotency-Key, or same LT-Id message id)"
              + " answers the first dossier (200, created=false) and makes no second one");

  @Override
  public String id() {
    return "rob.redelivery.no-duplicate";
  }

  @Override
  public String requirement() {
    return "LT-ROB-002";
  }

  @Override
  public CheckResult run(CheckContext context) {
    CommuneApi api = new CommuneApi(context);
    String body = api.filing();
    List<HttpExchange> evidence = new ArrayList<>();
    String key = UUID.randomUUID().toString();
    CheckResult byKey =
        twice(
            api.file(body, CommuneApi.newMessageId(), key),
            api.file(body, CommuneApi.newMessageId(), key),
            "Idempotency-Key",
            evidence);
    if (byKey != null) {
      return byKey;
    }
    String message = CommuneApi.newMessageId();
    CheckResult byMessage =
        twice(api.file(body, message, null), api.file(body, message, null), "LT-Id", evidence);
    return byMessage != null
        ? byMessage
        : CheckResult.passed("both redeliveries answered the first dossier", evidence);
  }

  private static @org.jspecify.annotations.Nullable CheckResult twice(
      CommuneApi.Call first, CommuneApi.Call second, String how, List<HttpExchange> evidence) {
    evidence.add(first.exchange());
    evidence.add(second.exchange());
    if (first.status() != 201 && first.status() != 200) {
      return CheckResult.error(
          "the first filing was not received (HTTP " + first.status() + ")", evidence);
    }
    String a = first.json().path("dossierCode").asText("");
    String b = second.json().path("dossierCode").asText("");
    boolean created = second.json().path("created").asBoolean(true);
    if (!a.equals(b) || second.status() != 200 || created) {
      return CheckResult.failed(
          EXPECTED,
          "Gửi lại với cùng "
              + how
              + ": lần đầu hồ sơ "
              + Checks.cut(a, 40)
              + ", lần hai HTTP "
              + second.status()
              + " hồ sơ "
              + Checks.cut(b, 40)
              + " (created="
              + created
              + ")",
          "redelivered with the same "
              + how
              + ": first "
              + Checks.cut(a, 40)
              + ", second HTTP "
              + second.status()
              + " "
              + Checks.cut(b, 40)
              + " (created="
              + created
              + ")",
          evidence);
    }
    return null;
  }
}
