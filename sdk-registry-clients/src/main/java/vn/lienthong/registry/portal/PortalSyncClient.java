package vn.lienthong.registry.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.dossier.Dossier;
import vn.lienthong.core.dossier.DossierStatus;
import vn.lienthong.core.dossier.PortalCodes;
import vn.lienthong.core.dossier.SupplementRequest;
import vn.lienthong.core.dossier.Transition;
import vn.lienthong.core.id.AgencyCode;
import vn.lienthong.core.id.DossierCode;
import vn.lienthong.registry.BusClient;
import vn.lienthong.registry.BusException;
import vn.lienthong.registry.BusRequest;
import vn.lienthong.registry.BusResponse;
import vn.lienthong.registry.CallContext;
import vn.lienthong.registry.ClientId;
import vn.lienthong.registry.MessageId;
import vn.lienthong.registry.ServiceId;
import vn.lienthong.registry.internal.bus.Json;
import vn.lienthong.registry.internal.bus.JsonCall;
import vn.lienthong.registry.internal.bus.Mapping;

/**
 * Keeps the National Public Service Portal (Cổng Dịch vụ công quốc gia) in sync through the bus:
 * {@code DongBoHoSoMC} (sync dossiers), {@code CapNhatTienDoHoSoMC} (progress) and {@code
 * TraCuuHoSo} (look-up), per {@code contracts/portal/portal-sync.yaml}.
 *
 * <p>Messages are built first ({@link #syncMessage}, {@link #progressMessage}), checked against the
 * contract, and can be stored and delivered later by an outbox with {@link #deliver}, which never
 * throws for remote failures: it answers acknowledged, retryable or permanent.
 *
 * <p>Instances are thread-safe; create one and reuse it.
 *
 * <pre>{@code
 * PortalSyncClient portal = PortalSyncClient.builder()
 *     .bus(bus)
 *     .endpoint(URI.create("https://lgsp.example.gov.vn/dvcqg/v1"))
 *     .provider(ClientId.parse("VN/GOV/000.00.00.G22/dvcqg-sync"))
 *     .agency(AgencyCode.parse("000.00.01.H22"))
 *     .build();
 * PortalOutcome outcome = portal.deliver(portal.syncMessage(List.of(d), false, ctx));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PortalSyncClient {

  /** The longest supplement request text the portal contract accepts ({@code NoiDungBoSung}). */
  private static final int MAX_SUPPLEMENT_TEXT = 2000;

  private final BusClient bus;
  private final AgencyCode agency;
  private final String session;
  private final Map<PortalService, URI> uris = new EnumMap<>(PortalService.class);
  private final Map<PortalService, ServiceId> services = new EnumMap<>(PortalService.class);

  private PortalSyncClient(Builder b) {
    this.bus = Objects.requireNonNull(b.bus);
    this.agency = Objects.requireNonNull(b.agency);
    this.session = b.session;
    for (PortalService s : PortalService.values()) {
      uris.put(s, Mapping.resolve(Objects.requireNonNull(b.endpoint), "/" + s.wireName()));
      services.put(s, Objects.requireNonNull(b.provider).service(s.serviceCode(), "v1"));
    }
  }

  /**
   * Starts a configuration.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@code DongBoHoSoMC} message, checked against the contract.
   *
   * @param dossiers 1-100 dossiers
   * @param updating false for new dossiers, true to replace the portal's copies
   * @param context the user and the dossier (issue)
   * @return the message, with a new message id
   * @throws InvalidInputException with {@code REQUEST_OUTSIDE_CONTRACT} if a field breaks the
   *     contract (for example a name too long), or {@code INVALID_REQUEST_VALUE} for 0 or more than
   *     100 dossiers
   */
  public PortalMessage syncMessage(
      List<PortalDossier> dossiers, boolean updating, CallContext context) {
    ObjectNode body = envelope(PortalService.SYNC_DOSSIERS);
    body.put("isUpdating", Boolean.toString(updating));
    ArrayNode data = body.putArray("data");
    for (PortalDossier d : dossiers) {
      data.add(dossier(d));
    }
    return message(PortalService.SYNC_DOSSIERS, body, context);
  }

  /**
   * Builds a {@code CapNhatTienDoHoSoMC} message, checked against the contract.
   *
   * @param updates 1-100 steps
   * @param context the user and the dossier (issue)
   * @return the message, with a new message id
   * @throws InvalidInputException with {@code REQUEST_OUTSIDE_CONTRACT} if a field breaks the
   *     contract
   */
  public PortalMessage progressMessage(List<ProgressUpdate> updates, CallContext context) {
    ObjectNode body = envelope(PortalService.UPDATE_PROGRESS);
    ArrayNode data = body.putArray("data");
    for (ProgressUpdate u : updates) {
      ObjectNode n =
          data.addObject()
              .put("MaHoSo", u.dossier().toString())
              .put("TrangThai", Integer.toString(u.status().portalCode()))
              .put("ThoiDiemXuLy", PortalCodes.formatDate(u.at()));
      putIfPresent(n, "NguoiXuLy", u.officerName());
      putIfPresent(n, "PhongBanXuLy", u.department());
      putIfPresent(n, "NoiDungXuLy", u.note());
      if (u.dueAt() != null) {
        n.put("NgayHenTra", PortalCodes.formatDate(u.dueAt()));
      }
    }
    return message(PortalService.UPDATE_PROGRESS, body, context);
  }

  /**
   * Syncs dossiers now: {@code deliver(syncMessage(dossiers, updating, context))}.
   *
   * @param dossiers 1-100 dossiers
   * @param updating false for new dossiers, true to replace the portal's copies
   * @param context the user and the dossier
   * @return the outcome
   * @throws InvalidInputException if a field breaks the contract
   */
  public PortalOutcome sync(List<PortalDossier> dossiers, boolean updating, CallContext context) {
    return deliver(syncMessage(dossiers, updating, context));
  }

  /**
   * Delivers a stored message with its own message id; usable as the body of an outbox transport.
   *
   * @param message the message
   * @return acknowledged, retryable (transient failure) or permanent (refused)
   */
  public PortalOutcome deliver(PortalMessage message) {
    ServiceId service = services.get(message.service());
    String id = message.messageId().value();
    try {
      BusResponse response =
          bus.call(
              BusRequest.builder()
                  .uri(uris.get(message.service()))
                  .service(service)
                  .messageId(message.messageId())
                  .context(message.context())
                  .jsonBody(message.body())
                  .build());
      JsonNode r = JsonCall.checkResponse(message.service().operation(), service, response);
      String code = r.path("error_code").asText();
      Map<String, String> perDossier = new LinkedHashMap<>();
      r.path("error_detail")
          .forEach(e -> perDossier.put(e.path("MaHoSo").asText(), e.path("error_code").asText()));
      if (code.equals("0")) {
        return new PortalOutcome(PortalOutcome.Status.ACKNOWLEDGED, id, null, null, perDossier);
      }
      return new PortalOutcome(
          PortalOutcome.Status.PERMANENT, id, code, JsonCall.text(r, "message"), perDossier);
    } catch (BusException e) {
      return new PortalOutcome(
          e.retryable() ? PortalOutcome.Status.RETRYABLE : PortalOutcome.Status.PERMANENT,
          id,
          e.code() + e.remoteCode().map(c -> "/" + c).orElse(""),
          e.getMessage(),
          Map.of());
    }
  }

  /**
   * Looks up what the portal holds for a dossier.
   *
   * @param dossier the dossier code
   * @param context the user and dossier
   * @return the portal's record, or empty if the portal does not know the dossier
   * @throws BusException if the call fails
   */
  public Optional<PortalRecord> lookup(DossierCode dossier, CallContext context) {
    ObjectNode body = envelope(PortalService.LOOKUP_DOSSIER);
    body.putArray("data").addObject().put("MaHoSo", dossier.toString());
    PortalService s = PortalService.LOOKUP_DOSSIER;
    Optional<JsonNode> r =
        JsonCall.callOrNotFound(bus, uris.get(s), services.get(s), s.operation(), context, body);
    if (r.isEmpty()
        || !r.get().path("error_code").asText().equals("0")
        || r.get().path("data").isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        JsonCall.map(services.get(s), r.get().path("data").get(0), PortalSyncClient::record));
  }

  private static PortalRecord record(JsonNode d) {
    String returned = JsonCall.text(d, "NgayTra");
    return new PortalRecord(
        d.path("MaHoSo").asText(),
        d.path("MaTTHC").asText(),
        d.path("TenTTHC").asText(),
        PortalCodes.parseStatus(d.path("TrangThaiHoSo").asText()),
        PortalCodes.parseChannel(d.path("KenhThucHien").asText()),
        PortalCodes.parseDate(d.path("NgayTiepNhan").asText()),
        PortalCodes.parseDate(d.path("NgayHenTra").asText()),
        returned == null ? null : PortalCodes.parseDate(returned));
  }

  private ObjectNode envelope(PortalService service) {
    return Json.MAPPER
        .createObjectNode()
        .put("service", service.wireName())
        .put("session", session)
        .put("madonvi", agency.value());
  }

  private PortalMessage message(PortalService service, ObjectNode body, CallContext context) {
    String json = new String(Json.write(body), StandardCharsets.UTF_8);
    JsonCall.checkRequest(service.operation(), services.get(service), json);
    return new PortalMessage(service, MessageId.random(), json, context);
  }

  private static ObjectNode dossier(PortalDossier pd) {
    Dossier d = pd.dossier();
    ObjectNode n =
        Json.MAPPER
            .createObjectNode()
            .put("MaHoSo", d.code().toString())
            .put("MaTTHC", d.procedure().value())
            .put("TenTTHC", pd.procedureName())
            .put("ChuHoSo", d.applicant().name().value())
            .put("LoaiDoiTuong", Integer.toString(d.applicant().kind().portalCode()))
            .put("MaDoiTuong", d.applicant().subjectCode())
            .put("NgayTiepNhan", PortalCodes.formatDate(d.receivedAt()))
            .put("NgayHenTra", PortalCodes.formatDate(d.dueAt()))
            .put("TrangThaiHoSo", Integer.toString(d.status().portalCode()))
            .put("DonViXuLy", d.competentCommune().name())
            .put("KenhThucHien", Integer.toString(d.channel().portalCode()));
    returnedAt(d).ifPresent(at -> n.put("NgayTra", PortalCodes.formatDate(at)));
    if (!d.supplementRequests().isEmpty()) {
      ArrayNode supplements = n.putArray("DanhSachHoSoBoSung");
      for (SupplementRequest r : d.supplementRequests()) {
        ObjectNode s =
            supplements
                .addObject()
                .put("NoiDungBoSung", clip(r.reason(), MAX_SUPPLEMENT_TEXT))
                .put("NgayBoSung", PortalCodes.formatDate(r.requestedAt()))
                .put("TrangThaiBoSung", r.answeredAt() == null ? "0" : "1");
        if (r.answeredAt() != null) {
          s.put("NgayTiepNhanBoSung", PortalCodes.formatDate(r.answeredAt()));
        }
      }
    }
    if (!d.attachments().isEmpty()) {
      ArrayNode files = n.putArray("TaiLieuNop");
      d.attachments().forEach(a -> files.addObject().put("TenTepDinhKem", a.name()));
    }
    if (!d.fees().isEmpty()) {
      ArrayNode fees = n.putArray("DanhSachLePhi");
      d.fees()
          .forEach(f -> fees.addObject().put("TenPhiLePhi", f.name()).put("SoTien", f.amountVnd()));
    }
    return n;
  }

  /**
   * When the result was handed over (NgayTra, which the portal requires with status 10): the time
   * of the latest transition into {@link DossierStatus#RESULT_RETURNED}, if the dossier is there.
   */
  private static Optional<Instant> returnedAt(Dossier d) {
    if (d.status() != DossierStatus.RESULT_RETURNED) {
      return Optional.empty();
    }
    List<Transition> history = d.history();
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i).to() == DossierStatus.RESULT_RETURNED) {
        return Optional.of(history.get(i).at());
      }
    }
    return Optional.empty();
  }

  /** Cuts a text to the contract's length without splitting a surrogate pair. */
  private static String clip(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    return text.substring(0, end);
  }

  private static void putIfPresent(ObjectNode n, String name, @Nullable String value) {
    if (value != null) {
      n.put(name, value);
    }
  }

  /**
   * Builds a {@link PortalSyncClient}.
   *
   * <p>Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable BusClient bus;
    private @Nullable URI endpoint;
    private @Nullable ClientId provider;
    private @Nullable AgencyCode agency;
    private String session = "";

    private Builder() {}

    /**
     * Sets the bus client (required).
     *
     * @param bus the bus client
     * @return this builder
     */
    public Builder bus(BusClient bus) {
      this.bus = Objects.requireNonNull(bus, "bus");
      return this;
    }

    /**
     * Sets the portal's base address (required); services are posted to {@code
     * <endpoint>/DongBoHoSoMC} and so on.
     *
     * @param endpoint the base address
     * @return this builder
     */
    public Builder endpoint(URI endpoint) {
      this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
      return this;
    }

    /**
     * Sets the provider subsystem (required); the services are {@code dong-bo-ho-so/v1}, {@code
     * cap-nhat-tien-do/v1} and {@code tra-cuu-ho-so/v1} under it.
     *
     * @param provider such as {@code VN/GOV/000.00.00.G22/dvcqg-sync}
     * @return this builder
     */
    public Builder provider(ClientId provider) {
      this.provider = Objects.requireNonNull(provider, "provider");
      return this;
    }

    /**
     * Sets the sending agency's code, sent as {@code madonvi} (required).
     *
     * @param agency the agency code
     * @return this builder
     */
    public Builder agency(AgencyCode agency) {
      this.agency = Objects.requireNonNull(agency, "agency");
      return this;
    }

    /**
     * Sets the portal session token (default empty: the gateway authenticates).
     *
     * @param session the session token, at most 512 characters
     * @return this builder
     * @throws IllegalArgumentException if longer than 512 characters
     */
    public Builder session(String session) {
      if (session.length() > 512) {
        throw new IllegalArgumentException("session longer than 512 characters");
      }
      this.session = session;
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws IllegalStateException if a required part is missing
     */
    public PortalSyncClient build() {
      if (bus == null || endpoint == null || provider == null || agency == null) {
        throw new IllegalStateException("bus, endpoint, provider and agency required");
      }
      return new PortalSyncClient(this);
    }
  }
}
