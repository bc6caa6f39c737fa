package vn.lienthong.conformance.internal.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import vn.lienthong.conformance.CheckContext;
import vn.lienthong.conformance.HttpExchange;
import vn.lienthong.conformance.Text;
import vn.lienthong.sandbox.portal.PortalMessage;
import vn.lienthong.sandbox.portal.SandboxPortal;

/**
 * What the kit's sandbox portal received for one dossier, read through {@link SandboxPortal}: one
 * {@link Entry} per message naming the dossier, in arrival order, with the dossier's part of the
 * message. Also the bounded waits of the portal checks. Stateless and thread-safe.
 */
final class PortalRecords {

  /** How often a wait looks at the portal again. */
  static final Duration POLL = Duration.ofMillis(100);

  /** The sync service ({@code DongBoHoSoMC}). */
  static final String SYNC = "DongBoHoSoMC";

  static final Text NEEDS_SANDBOX =
      new Text(
          "Cần cổng giả lập (sandbox) của bộ công cụ chạy cùng tiến trình: chạy bằng dòng lệnh của"
              + " bộ công cụ (tự khởi động sandbox) hoặc gọi ConformanceRun.Builder.sandbox(...),"
              + " và cấu hình hệ thống gửi cập nhật đến cổng /portal của sandbox.",
          "Needs the kit's sandbox running in this process: run the kit's command line (it starts"
              + " the sandbox) or call ConformanceRun.Builder.sandbox(...), and configure the"
              + " target to send its portal updates to the sandbox's /portal.");

  private PortalRecords() {}

  /**
   * One message naming the dossier.
   *
   * @param sequence the portal's arrival number
   * @param service the portal service
   * @param messageId the bus message id
   * @param errorCode the portal's answer
   * @param status the status the message carries for the dossier, -1 when unreadable
   * @param data the dossier's element of the message's {@code data}, a missing node if absent
   */
  record Entry(
      long sequence,
      String service,
      String messageId,
      String errorCode,
      int status,
      JsonNode data) {

    boolean sync() {
      return SYNC.equals(service);
    }

    /** Log-safe evidence: the fields the checks read, never names or personal numbers. */
    HttpExchange evidence(String code) {
      StringBuilder b = new StringBuilder();
      b.append("#").append(sequence).append(" LT-Id ").append(messageId);
      b.append(" MaHoSo ").append(code).append(" status ").append(status);
      for (String f :
          List.of("MaTTHC", "NgayTiepNhan", "NgayHenTra", "NgayTra", "ThoiDiemXuLy", "TrangThai")) {
        if (data.has(f)) {
          b.append(' ').append(f).append(' ').append(Checks.cut(data.path(f).asText(), 30));
        }
      }
      b.append(" error_code ").append(errorCode);
      return new HttpExchange("POST", "sandbox:/portal/" + service, 200, "", b.toString());
    }
  }

  /** The messages naming a dossier, in arrival order. */
  static List<Entry> of(SandboxPortal portal, String code) {
    List<Entry> out = new ArrayList<>();
    for (PortalMessage m : portal.received(code)) {
      JsonNode data = CommuneApi.JSON.missingNode();
      try {
        JsonNode body = CommuneApi.JSON.readTree(m.body());
        for (JsonNode d : body.path("data")) {
          if (code.equals(d.path("MaHoSo").asText())) {
            data = d;
            break;
          }
        }
      } catch (IOException e) {
        // an unreadable body carries no status
      }
      String raw =
          SYNC.equals(m.service())
              ? data.path("TrangThaiHoSo").asText("")
              : data.path("TrangThai").asText("");
      int status;
      try {
        status = Integer.parseInt(raw);
      } catch (NumberFormatException e) {
        status = -1;
      }
      out.add(new Entry(m.sequence(), m.service(), m.messageId(), m.errorCode(), status, data));
    }
    return out;
  }

  /** The statuses carried, in arrival order. */
  static List<Integer> statuses(List<Entry> entries) {
    return entries.stream().map(Entry::status).toList();
  }

  /** The expected statuses (with repeats) that no message carried. */
  static List<Integer> missing(List<Integer> expected, List<Integer> received) {
    Map<Integer, Integer> left = new HashMap<>();
    received.forEach(s -> left.merge(s, 1, Integer::sum));
    List<Integer> out = new ArrayList<>();
    for (int s : expected) {
      int n = left.getOrDefault(s, 0);
      if (n > 0) {
        left.put(s, n - 1);
      } else {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * Polls until the condition holds or the time is up.
   *
   * @return true if the condition held in time
   */
  static boolean await(BooleanSupplier condition, Duration max) {
    long deadline = System.nanoTime() + max.toNanos();
    while (true) {
      if (condition.getAsBoolean()) {
        return true;
      }
      if (System.nanoTime() - deadline >= 0) {
        return false;
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return condition.getAsBoolean();
      }
    }
  }

  /** Evidence of every entry, at most twenty. */
  static List<HttpExchange> evidence(List<Entry> entries, String code) {
    return entries.stream().limit(20).map(e -> e.evidence(code)).toList();
  }

  /** The wait setting for the portal checks. */
  static Duration portalWait(CheckContext context) {
    return context.waitSetting(
        CheckContext.PORTAL_WAIT_SECONDS, CheckContext.DEFAULT_PORTAL_WAIT_SECONDS);
  }
}
