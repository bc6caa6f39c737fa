package vn.lienthong.sandbox.internal.lgsp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.lienthong.sandbox.internal.http.HttpReply;

/**
 * A bus-level refusal: thrown inside the gateway or a service handler and turned into an RFC 9457
 * problem with an {@code LT-BUS-NNNN} code, as {@code contracts/bus/envelope.yaml} defines. The
 * detail never contains personal data.
 */
public final class BusProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient BusCode code;
  private final String detail;
  private final transient List<ContractSchemas.Violation> violations;
  private final @Nullable String providerCode;

  /**
   * Creates the problem.
   *
   * @param code the bus code, such as {@link BusCode#MISSING_HEADER}
   * @param detail what went wrong, without personal data
   */
  public BusProblem(String code, String detail) {
    this(code, detail, List.of(), null);
  }

  /**
   * Creates the problem with violations and a provider code.
   *
   * @param code the bus code
   * @param detail what went wrong, without personal data
   * @param violations where the body or headers break the contract
   * @param providerCode the provider's own code for business errors
   */
  public BusProblem(
      String code,
      String detail,
      List<ContractSchemas.Violation> violations,
      @Nullable String providerCode) {
    super(code + ": " + detail, null, false, false);
    this.code = BusCode.of(code);
    this.detail = detail;
    this.violations = List.copyOf(violations);
    this.providerCode = providerCode;
  }

  /**
   * Returns the code.
   *
   * @return the code
   */
  public BusCode code() {
    return code;
  }

  /**
   * Builds the problem reply.
   *
   * @param locale the language of the title
   * @param messageId the request's {@code LT-Id} if it was valid
   * @return the reply, {@code application/problem+json}
   */
  public HttpReply toReply(Locale locale, @Nullable String messageId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "urn:lienthong:problem:" + code.code());
    body.put("title", code.title(locale));
    body.put("status", code.status());
    body.put("detail", detail);
    body.put("code", code.code());
    body.put("category", code.category());
    body.put("retryable", code.retryable());
    if (messageId != null) {
      body.put("messageId", messageId);
    }
    if (providerCode != null) {
      body.put("providerCode", providerCode);
    }
    if (!violations.isEmpty()) {
      body.put(
          "violations",
          violations.stream().map(v -> Map.of("pointer", v.pointer(), "rule", v.rule())).toList());
    }
    HttpReply json = HttpReply.json(code.status(), body);
    HttpReply reply =
        new HttpReply(
            code.status(), Map.of("Content-Type", "application/problem+json"), json.body());
    if (code.status() == 503 || code.status() == 429) {
      reply = reply.header("Retry-After", "1");
    }
    if (code.status() == 401) {
      reply = reply.header("WWW-Authenticate", "Bearer realm=\"lgsp\"");
    }
    return reply;
  }
}
