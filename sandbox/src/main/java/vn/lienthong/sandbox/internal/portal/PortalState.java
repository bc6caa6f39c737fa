package vn.lienthong.sandbox.internal.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.dossier.DossierStatus;
import vn.lienthong.core.dossier.PortalCodes;
import vn.lienthong.core.id.PersonalIdNumber;
import vn.lienthong.core.id.TaxCode;
import vn.lienthong.sandbox.internal.http.HttpReply;
import vn.lienthong.sandbox.internal.lgsp.BusRequest;
import vn.lienthong.sandbox.portal.PortalMessage;
import vn.lienthong.sandbox.portal.SandboxPortal;

/**
 * The portal's dossiers and received messages. A message is checked entirely against the current
 * state first and applied only when every dossier in it passes, under one lock, so the record order
 * is the processing order. Thread-safe.
 */
public final class PortalState implements SandboxPortal {

  /** The most dossiers held; older ones are not evicted, new ones refused beyond it. */
  public static final int MAX_DOSSIERS = 1_000_000;

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private final Clock clock;
  private final LongSupplier replays;
  private final Map<String, ObjectNode> dossiers = new HashMap<>();
  private final List<PortalMessage> received = new ArrayList<>();
  private long replayBase;

  /**
   * Creates the state.
   *
   * @param clock the clock
   * @param replays counts the portal calls answered from the replay store
   */
  public PortalState(Clock clock, LongSupplier replays) {
    this.clock = clock;
    this.replays = replays;
  }

  @Override
  public synchronized List<PortalMessage> received() {
    return List.copyOf(received);
  }

  @Override
  public synchronized List<PortalMessage> received(String dossierCode) {
    return received.stream().filter(m -> m.dossierCodes().contains(dossierCode)).toList();
  }

  @Override
  public synchronized Optional<String> dossier(String dossierCode) {
    return Optional.ofNullable(dossiers.get(dossierCode)).map(JsonNode::toString);
  }

  @Override
  public synchronized Optional<DossierStatus> status(String dossierCode) {
    return Optional.ofNullable(dossiers.get(dossierCode))
        .map(d -> PortalCodes.parseStatus(d.path("TrangThaiHoSo").asText()));
  }

  @Override
  public synchronized long redeliveries() {
    return replays.getAsLong() - replayBase;
  }

  @Override
  public synchronized void reset() {
    dossiers.clear();
    received.clear();
    replayBase = replays.getAsLong();
  }

  /**
   * {@code DongBoHoSoMC}: creates ({@code isUpdating} false) or replaces dossiers.
   *
   * @param r the call
   * @return the portal's answer
   */
  public synchronized HttpReply sync(BusRequest r) {
    JsonNode body = r.jsonBody();
    boolean updating = bool(body.path("isUpdating"));
    Map<String, ObjectNode> view = new LinkedHashMap<>();
    List<ObjectNode> errors = new ArrayList<>();
    for (JsonNode d : body.path("data")) {
      String code = d.path("MaHoSo").asText();
      ObjectNode current = view.containsKey(code) ? view.get(code) : dossiers.get(code);
      String error = checkDossier(d);
      if (error == null && !updating && current != null) {
        error = ALREADY_EXISTS;
      } else if (error == null && updating && current == null) {
        error = UNKNOWN_DOSSIER;
      } else if (error == null && current != null && !legal(current, d.path("TrangThaiHoSo"))) {
        error = ILLEGAL_TRANSITION;
      } else if (error == null
          && current == null
          && dossiers.size() + view.size() >= MAX_DOSSIERS) {
        error = INVALID_DATA;
      }
      if (error != null) {
        errors.add(detail(code, error));
      } else {
        view.put(code, (ObjectNode) d.deepCopy());
      }
    }
    if (errors.isEmpty()) {
      dossiers.putAll(view);
    }
    return answer(r, "DongBoHoSoMC", errors);
  }

  /**
   * {@code CapNhatTienDoHoSoMC}: records processing steps and moves statuses.
   *
   * @param r the call
   * @return the portal's answer
   */
  public synchronized HttpReply progress(BusRequest r) {
    Map<String, ObjectNode> view = new LinkedHashMap<>();
    List<ObjectNode> errors = new ArrayList<>();
    for (JsonNode p : r.jsonBody().path("data")) {
      String code = p.path("MaHoSo").asText();
      ObjectNode current = view.containsKey(code) ? view.get(code) : dossiers.get(code);
      String error = null;
      if (current == null) {
        error = UNKNOWN_DOSSIER;
      } else if (!legal(current, p.path("TrangThai"))) {
        error = ILLEGAL_TRANSITION;
      }
      if (error != null) {
        errors.add(detail(code, error));
        continue;
      }
      ObjectNode next = current.deepCopy();
      next.put("TrangThaiHoSo", p.path("TrangThai").asText());
      if (p.has("NgayHenTra")) {
        next.set("NgayHenTra", p.path("NgayHenTra"));
      }
      view.put(code, next);
    }
    if (errors.isEmpty()) {
      dossiers.putAll(view);
    }
    return answer(r, "CapNhatTienDoHoSoMC", errors);
  }

  /**
   * {@code TraCuuHoSo}: returns the portal's copy of a dossier.
   *
   * @param r the call
   * @return the answer
   */
  public synchronized HttpReply lookup(BusRequest r) {
    String code = r.jsonBody().path("data").path(0).path("MaHoSo").asText();
    ObjectNode out = F.objectNode();
    ObjectNode d = dossiers.get(code);
    if (d == null) {
      out.put("error_code", UNKNOWN_DOSSIER);
      out.put("message", "Không tìm thấy hồ sơ trên Cổng Dịch vụ công quốc gia.");
    } else {
      out.put("error_code", OK);
      out.put("message", "Thành công");
      out.putArray("data").add(d.deepCopy());
    }
    return HttpReply.json(200, out);
  }

  private HttpReply answer(BusRequest r, String service, List<ObjectNode> errors) {
    List<String> codes = new ArrayList<>();
    r.jsonBody().path("data").forEach(d -> codes.add(d.path("MaHoSo").asText()));
    ObjectNode out = F.objectNode();
    String code = errors.isEmpty() ? OK : errors.get(0).path("error_code").asText();
    out.put("error_code", code);
    out.put(
        "message",
        errors.isEmpty() ? "Thành công" : "Không cập nhật được hồ sơ; xem error_detail.");
    if (!errors.isEmpty()) {
      ArrayNode a = out.putArray("error_detail");
      errors.forEach(a::add);
    }
    received.add(
        new PortalMessage(
            received.size() + 1L,
            service,
            r.messageId(),
            r.client(),
            codes,
            code,
            new String(r.body(), StandardCharsets.UTF_8),
            clock.instant()));
    return HttpReply.json(200, out);
  }

  private static ObjectNode detail(String code, String error) {
    ObjectNode e = F.objectNode();
    e.put("MaHoSo", code);
    e.put("error_code", error);
    e.put("message", message(error));
    return e;
  }

  private static String message(String error) {
    switch (error) {
      case INVALID_DATA:
        return "Dữ liệu hồ sơ không hợp lệ.";
      case ALREADY_EXISTS:
        return "Hồ sơ đã được đồng bộ trước đó; dùng isUpdating = true để cập nhật.";
      case UNKNOWN_DOSSIER:
        return "Không tìm thấy hồ sơ trên Cổng Dịch vụ công quốc gia.";
      default:
        return "Chuyển trạng thái hồ sơ không hợp lệ.";
    }
  }

  private static boolean legal(JsonNode current, JsonNode target) {
    DossierStatus from = PortalCodes.parseStatus(current.path("TrangThaiHoSo").asText());
    DossierStatus to = PortalCodes.parseStatus(target.asText());
    return from == to || from.canMoveTo(to);
  }

  private static @Nullable String checkDossier(JsonNode d) {
    String received = d.path("NgayTiepNhan").asText();
    String due = d.path("NgayHenTra").asText();
    if (due.compareTo(received) < 0) {
      return INVALID_DATA;
    }
    if (d.has("NgayTra") && d.path("NgayTra").asText().compareTo(received) < 0) {
      return INVALID_DATA;
    }
    if ("10".equals(d.path("TrangThaiHoSo").asText()) && !d.has("NgayTra")) {
      return INVALID_DATA;
    }
    if (d.has("MaDoiTuong")) {
      String id = d.path("MaDoiTuong").asText();
      boolean citizen = "1".equals(d.path("LoaiDoiTuong").asText());
      boolean ok = citizen ? PersonalIdNumber.isValid(id) : TaxCode.isValid(id);
      if (!ok) {
        return INVALID_DATA;
      }
    }
    return null;
  }

  private static boolean bool(JsonNode n) {
    return n.isBoolean() ? n.booleanValue() : "true".equals(n.asText());
  }
}
