package vn.lienthong.conformance.internal.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.lienthong.conformance.CheckContext;
import vn.lienthong.conformance.HttpExchange;
import vn.lienthong.conformance.TargetResponse;
import vn.lienthong.conformance.Text;
import vn.lienthong.core.contracts.ContractValidationResult;
import vn.lienthong.core.contracts.ContractValidator;

/**
 * The kit's side of the Commune API ({@code contracts/commune/commune-api.yaml}): files dossiers as
 * the portal would, reads them, drives them through the officer steps with the test driver (or the
 * operator), and validates every request and answer with sdk-core {@link ContractValidator}.
 * Thread-safe: it only holds the context.
 */
final class CommuneApi {

  /** The contract operations' prefix. */
  static final String CONTRACT = "commune/commune-api#";

  /** The portal token of the reference app's embedded sandbox, used when none is configured. */
  static final String DEFAULT_PORTAL_TOKEN = "sandbox-portal-token-TEST-ONLY";

  /** The test client id sent in {@code LT-Client} when none is configured. */
  static final String DEFAULT_CLIENT = "VN-TEST/GOV/000.00.00.G22/dvcqg-sync";

  /**
   * The procedure filed: birth registration (Đăng ký khai sinh), with the sdk-core example form.
   */
  static final String PROCEDURE = "1.001193";

  /** A test applicant (personal id of the sandbox's test range). */
  static final String APPLICANT_ID = "001192004521";

  static final String APPLICANT_NAME = "Nguyễn Thị Lan";

  private static final String FORM =
      "/vn/lienthong/core/forms/birth-registration/examples/valid.json";

  static final ObjectMapper JSON = new ObjectMapper();

  private static final ContractValidator VALIDATOR = ContractValidator.create();

  private final CheckContext context;

  CommuneApi(CheckContext context) {
    this.context = context;
  }

  String competent() {
    return context.setting(CheckContext.COMPETENT_COMMUNE).orElse("00004");
  }

  String receiving() {
    return context.setting(CheckContext.RECEIVING_OFFICE).orElse("00008");
  }

  /** A filing body for the competent commune, received at the other office. */
  String filing() {
    ObjectNode n = JSON.createObjectNode();
    n.put("procedureCode", PROCEDURE);
    n.put("competentCommune", competent());
    n.put("receivingOffice", receiving());
    n.put("channel", 2);
    n.putObject("applicant")
        .put("kind", "citizen")
        .put("personalId", APPLICANT_ID)
        .put("fullName", APPLICANT_NAME);
    try (InputStream in = CommuneApi.class.getResourceAsStream(FORM)) {
      if (in == null) {
        throw new IllegalStateException("missing " + FORM);
      }
      n.set("form", JSON.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    n.putArray("attachments")
        .addObject()
        .put("name", "giay-chung-sinh.pdf")
        .put("mediaType", "application/pdf")
        .put(
            "contentBase64",
            Base64.getEncoder()
                .encodeToString("%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
    return n.toString();
  }

  Map<String, String> portalHeaders(String messageId, @Nullable String idempotencyKey) {
    Map<String, String> h = new LinkedHashMap<>();
    h.put(
        "Authorization",
        "Bearer " + context.setting(CheckContext.PORTAL_TOKEN).orElse(DEFAULT_PORTAL_TOKEN));
    h.put("LT-Client", context.setting(CheckContext.PORTAL_CLIENT).orElse(DEFAULT_CLIENT));
    h.put("LT-Id", messageId);
    h.put("Accept", "application/json");
    if (idempotencyKey != null) {
      h.put("Idempotency-Key", idempotencyKey);
    }
    return h;
  }

  static String newMessageId() {
    return UUID.randomUUID().toString();
  }

  /** Files a dossier; the request is validated against the contract first. */
  Call file(String body, String messageId, @Nullable String idempotencyKey) {
    Map<String, String> headers = portalHeaders(messageId, idempotencyKey);
    headers.put("Content-Type", "application/json");
    Map<String, List<String>> multi =
        headers.entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue())));
    ContractValidationResult request =
        VALIDATOR.validateRequest(CONTRACT + "receiveDossier", multi, body);
    TargetResponse r =
        context
            .http()
            .send(
                "POST",
                context.resolve("/commune/v1/dossiers"),
                headers,
                body.getBytes(StandardCharsets.UTF_8));
    return new Call("receiveDossier", r, request);
  }

  Call get(String operation, String path) {
    TargetResponse r =
        context
            .http()
            .send("GET", context.resolve(path), portalHeaders(newMessageId(), null), new byte[0]);
    return new Call(operation, r, null);
  }

  Call dossier(String code) {
    return get("getDossier", "/commune/v1/dossiers/" + code);
  }

  Call deliverSupplement(String code, String deliveryId) {
    ObjectNode n = JSON.createObjectNode();
    n.put("deliveryId", deliveryId);
    n.put("note", "Bổ sung theo yêu cầu");
    n.putArray("attachments")
        .addObject()
        .put("name", "bo-sung.pdf")
        .put("mediaType", "application/pdf")
        .put(
            "contentBase64",
            Base64.getEncoder()
                .encodeToString("%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
    Map<String, String> headers = portalHeaders(newMessageId(), null);
    headers.put("Content-Type", "application/json");
    String body = n.toString();
    ContractValidationResult request =
        VALIDATOR.validateRequestBody(CONTRACT + "deliverSupplement", body);
    TargetResponse r =
        context
            .http()
            .send(
                "POST",
                context.resolve("/commune/v1/dossiers/" + code + "/supplements"),
                headers,
                body.getBytes(StandardCharsets.UTF_8));
    return new Call("deliverSupplement", r, request);
  }

  /**
   * Performs an officer step through the test driver; when the target has none (404), asks the
   * operator to do it and reads the dossier back.
   *
   * @return the dossier after the step, or empty when it could not be driven
   */
  Optional<Call> drive(String code, String action, @Nullable String reason) {
    ObjectNode n = JSON.createObjectNode();
    n.put("action", action);
    n.put("transitionId", "kit-" + code + "-" + action + "-" + UUID.randomUUID());
    if (reason != null) {
      n.put("reason", reason);
      n.putArray("items").add("Bản sao giấy chứng sinh");
    }
    TargetResponse r =
        context
            .http()
            .send(
                "POST",
                context.resolve("/test-driver/dossiers/" + code + "/actions"),
                Map.of("Content-Type", "application/json", "Accept", "application/json"),
                n.toString().getBytes(StandardCharsets.UTF_8));
    if (r.status() == 404 && !r.text().contains("LT-APP-0103")) {
      if (context.operator().isEmpty()) {
        return Optional.empty();
      }
      Optional<String> answer =
          context
              .operator()
              .get()
              .ask(
                  new Text(
                      "Hãy thực hiện bước \""
                          + action
                          + "\" cho hồ sơ "
                          + code
                          + " trên hệ thống, rồi nhấn Enter.",
                      "Perform the step \""
                          + action
                          + "\" on dossier "
                          + code
                          + " in the system, then press Enter."));
      if (answer.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(dossier(code));
    }
    return Optional.of(new Call("driveDossier", r, null));
  }

  /** A test-driver call: POST {@code /test-driver<path>} with a JSON body, or none when empty. */
  Call driver(String operation, String path, String body) {
    TargetResponse r =
        context
            .http()
            .send(
                "POST",
                context.resolve("/test-driver" + path),
                Map.of("Content-Type", "application/json", "Accept", "application/json"),
                body.getBytes(StandardCharsets.UTF_8));
    return new Call(
        operation,
        r,
        body.isEmpty() ? null : VALIDATOR.validateRequestBody(CONTRACT + operation, body));
  }

  /** One call to the target, its answer and what the contract says of both. */
  static final class Call {
    final String operation;
    final TargetResponse response;
    final @Nullable ContractValidationResult request;
    private @Nullable JsonNode json;

    Call(String operation, TargetResponse response, @Nullable ContractValidationResult request) {
      this.operation = operation;
      this.response = response;
      this.request = request;
    }

    int status() {
      return response.status();
    }

    HttpExchange exchange() {
      return response.exchange();
    }

    /** The answer's JSON, a missing node when it is not JSON. */
    synchronized JsonNode json() {
      if (json == null) {
        try {
          JsonNode n = JSON.readTree(response.body());
          json = n == null ? JSON.missingNode() : n;
        } catch (IOException e) {
          json = JSON.missingNode();
        }
      }
      return json;
    }

    /** The contract's findings on the answer, empty when it conforms. */
    List<String> responseViolations() {
      ContractValidationResult v =
          VALIDATOR.validateResponseBody(CONTRACT + operation, status(), response.text());
      return describe(v);
    }

    /** The contract's findings on the request the kit sent, empty when it conforms. */
    List<String> requestViolations() {
      return request == null ? List.of() : describe(request);
    }

    private static List<String> describe(ContractValidationResult v) {
      List<String> out = new ArrayList<>();
      v.violations().forEach(x -> out.add(x.part() + " " + x.pointer() + ": " + x.messageEn()));
      return out.size() > 10 ? out.subList(0, 10) : out;
    }
  }
}
