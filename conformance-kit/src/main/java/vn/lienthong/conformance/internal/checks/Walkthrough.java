package vn.lienthong.conformance.internal.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.lienthong.conformance.CheckContext;
import vn.lienthong.conformance.HttpExchange;
import vn.lienthong.conformance.Text;
import vn.lienthong.core.LienThongException;

/**
 * One dossier taken through the Commune API once per run and shared by the API, lifecycle and audit
 * checks: filed as the portal would (received at one office for another, competent commune), read
 * back, accepted, processed, sent back for a supplement, supplemented, approved and signed, its
 * result and audit trail fetched. Steps stop at the first one the target refuses; each check judges
 * the calls it cares about. Immutable once made; thread-safe.
 */
final class Walkthrough {

  static final String KEY = "api.walkthrough";

  static final String UNREACHABLE = "the target could not be reached: ";

  /** Step names, as keys of {@link #calls}. */
  static final String RECEIVE = "receive";

  static final String STATUS = "status";
  static final String ACCEPT = "accept";
  static final String PROCESS = "process";
  static final String REQUEST_SUPPLEMENT = "request-supplement";
  static final String BEFORE_SUPPLEMENT = "before-supplement";
  static final String SUPPLEMENT = "supplement";
  static final String SIGN = "approve-and-sign";
  static final String RESULT = "result";
  static final String AUDIT = "audit";
  static final String FINAL = "final";

  final Map<String, CommuneApi.Call> calls;
  final @Nullable String code;

  /** Why the walk stopped early (null when it went through). */
  final @Nullable Text stopped;

  private Walkthrough(
      Map<String, CommuneApi.Call> calls, @Nullable String code, @Nullable Text stopped) {
    this.calls = Map.copyOf(calls);
    this.code = code;
    this.stopped = stopped;
  }

  /** Whether the walk stopped because nobody could perform the officer steps. */
  boolean undriven() {
    return stopped != null && stopped.en().contains("no test driver");
  }

  static Walkthrough of(CheckContext context) {
    return context.shared(KEY, Walkthrough.class, () -> walk(context));
  }

  /**
   * The public look-up path of the scenario's dossier, when no look-up path is configured and the
   * scenario filed one.
   */
  static Optional<String> publicLookup(CheckContext context) {
    Walkthrough w = of(context);
    return Optional.ofNullable(w.code).map(c -> "/commune/v1/public/dossiers/" + c);
  }

  Optional<CommuneApi.Call> call(String step) {
    return Optional.ofNullable(calls.get(step));
  }

  List<HttpExchange> evidence(String... steps) {
    List<HttpExchange> out = new ArrayList<>();
    for (String s : steps) {
      call(s).ifPresent(c -> out.add(c.exchange()));
    }
    return out;
  }

  private static Walkthrough walk(CheckContext context) {
    CommuneApi api = new CommuneApi(context);
    Map<String, CommuneApi.Call> calls = new LinkedHashMap<>();
    String code = null;
    try {
      CommuneApi.Call receive =
          api.file(api.filing(), CommuneApi.newMessageId(), UUID.randomUUID().toString());
      calls.put(RECEIVE, receive);
      if (receive.status() != 201 && receive.status() != 200
          || !receive.json().path("dossierCode").isTextual()) {
        return new Walkthrough(
            calls,
            null,
            new Text(
                "Hệ thống không tiếp nhận hồ sơ (mã trạng thái HTTP " + receive.status() + ")",
                "the target did not receive the dossier (HTTP " + receive.status() + ")"));
      }
      code = receive.json().path("dossierCode").asText();
      calls.put(STATUS, api.dossier(code));
      String[][] steps = {
        {ACCEPT, null}, {PROCESS, null}, {REQUEST_SUPPLEMENT, "Thiếu bản sao giấy chứng sinh"}
      };
      for (String[] step : steps) {
        Text stop = drive(api, calls, code, step[0], step[1]);
        if (stop != null) {
          return new Walkthrough(calls, code, stop);
        }
      }
      calls.put(BEFORE_SUPPLEMENT, api.dossier(code));
      CommuneApi.Call supplement = api.deliverSupplement(code, "kit-" + UUID.randomUUID());
      calls.put(SUPPLEMENT, supplement);
      if (supplement.status() != 200) {
        return new Walkthrough(calls, code, refused("supplement", supplement.status()));
      }
      Text stop = drive(api, calls, code, SIGN, null);
      if (stop != null) {
        return new Walkthrough(calls, code, stop);
      }
      calls.put(RESULT, api.get("getResult", "/commune/v1/dossiers/" + code + "/result"));
      calls.put(AUDIT, api.get("getAuditEvidence", "/commune/v1/dossiers/" + code + "/audit"));
      calls.put(FINAL, api.dossier(code));
      return new Walkthrough(calls, code, null);
    } catch (LienThongException e) {
      return new Walkthrough(
          calls,
          code,
          new Text("Không gọi được hệ thống: " + e.getMessage(), UNREACHABLE + e.getMessage()));
    }
  }

  private static @Nullable Text drive(
      CommuneApi api,
      Map<String, CommuneApi.Call> calls,
      String code,
      String action,
      @Nullable String reason) {
    Optional<CommuneApi.Call> c = api.drive(code, action, reason);
    if (c.isEmpty()) {
      return new Text(
          "Hệ thống không có giao diện điều khiển kiểm thử (test driver) và lượt chạy không ở chế"
              + " độ tương tác (--interactive), nên không thực hiện được bước \""
              + action
              + "\"",
          "the target offers no test driver and the run is not interactive, so the step \""
              + action
              + "\" could not be performed");
    }
    calls.put(action, c.get());
    return c.get().status() == 200 ? null : refused(action, c.get().status());
  }

  private static Text refused(String step, int status) {
    return new Text(
        "Hệ thống từ chối bước \"" + step + "\" (mã trạng thái HTTP " + status + ")",
        "the target refused the step \"" + step + "\" (HTTP " + status + ")");
  }
}
