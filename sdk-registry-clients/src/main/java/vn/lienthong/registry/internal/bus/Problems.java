package vn.lienthong.registry.internal.bus;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.lienthong.registry.BusErrorCategory;
import vn.lienthong.registry.BusException;
import vn.lienthong.registry.RegistryErrorCode;

/** Turns an error response (status and problem details) into a {@link BusException}. */
public final class Problems {

  private static final int MAX_TEXT = 200;

  private Problems() {}

  /**
   * A problem as read from the body; every part optional.
   *
   * @param code the LienThong code
   * @param category the category name
   * @param providerCode the provider's code
   * @param detail the detail text
   */
  public record Problem(
      @Nullable String code,
      @Nullable String category,
      @Nullable String providerCode,
      @Nullable String detail) {

    /** An absent problem. */
    public static final Problem NONE = new Problem(null, null, null, null);
  }

  /**
   * Reads problem details leniently: an unreadable body gives {@link Problem#NONE}.
   *
   * @param body the body
   * @return the problem
   */
  public static Problem read(byte[] body) {
    try {
      JsonNode node = Json.parse(body);
      if (!node.isObject()) {
        return Problem.NONE;
      }
      return new Problem(
          text(node, "code"),
          text(node, "category"),
          text(node, "providerCode"),
          text(node, "detail"));
    } catch (java.io.IOException | RuntimeException e) {
      return Problem.NONE;
    }
  }

  private static @Nullable String text(JsonNode node, String name) {
    JsonNode v = node.get(name);
    if (v == null || !v.isTextual()) {
      return null;
    }
    return vn.lienthong.core.privacy.Scrubber.scrub(v.asText(), MAX_TEXT);
  }

  /**
   * Decides the category of an error response: by the problem's category, then its code, then the
   * HTTP status.
   *
   * @param status the HTTP status
   * @param problem the problem
   * @return the category
   */
  public static BusErrorCategory category(int status, Problem problem) {
    if (problem.category() != null) {
      Optional<BusErrorCategory> c = BusErrorCategory.fromWireName(problem.category());
      if (c.isPresent()) {
        return c.get();
      }
    }
    String code = problem.code();
    if (code != null && code.matches("LT-BUS-0[0-5][0-9]{2}")) {
      return switch (code.charAt(8)) {
        case '0' -> BusErrorCategory.CLIENT;
        case '1' -> BusErrorCategory.AUTHENTICATION;
        case '2' -> BusErrorCategory.ROUTING;
        case '3' -> BusErrorCategory.PROVIDER_DOWN;
        case '4' -> BusErrorCategory.BUS_INTERNAL;
        default -> BusErrorCategory.BUSINESS;
      };
    }
    if (status == 401 || status == 403) {
      return BusErrorCategory.AUTHENTICATION;
    }
    if (status == 404) {
      return BusErrorCategory.ROUTING;
    }
    if (status == 422) {
      return BusErrorCategory.BUSINESS;
    }
    if (status == 502 || status == 503 || status == 504) {
      return BusErrorCategory.PROVIDER_DOWN;
    }
    if (status >= 500) {
      return BusErrorCategory.BUS_INTERNAL;
    }
    return BusErrorCategory.CLIENT;
  }

  /**
   * Builds the exception of an error response.
   *
   * @param status the HTTP status
   * @param problem the problem read from the body
   * @param service the service
   * @param messageId the message id
   * @return the exception
   */
  public static BusException toException(
      int status, Problem problem, Object service, String messageId) {
    BusErrorCategory category = category(status, problem);
    RegistryErrorCode code =
        switch (category) {
          case AUTHENTICATION -> RegistryErrorCode.REMOTE_AUTHENTICATION_FAILED;
          case ROUTING -> RegistryErrorCode.REMOTE_ROUTING_FAILED;
          case PROVIDER_DOWN -> RegistryErrorCode.PROVIDER_DOWN;
          case BUS_INTERNAL -> RegistryErrorCode.BUS_INTERNAL_ERROR;
          case BUSINESS -> RegistryErrorCode.BUSINESS_ERROR;
          case CLIENT ->
              status == 429
                  ? RegistryErrorCode.REMOTE_RATE_LIMITED
                  : Envelope.ID_REUSED.equals(problem.code())
                      ? RegistryErrorCode.REMOTE_MESSAGE_ID_REUSED
                      : RegistryErrorCode.REMOTE_CLIENT_ERROR;
        };
    return BusErrors.error(code)
        .category(category)
        .retryable(category.transientFailure() || status == 429)
        .status(status)
        .service(service)
        .messageId(messageId)
        .remoteCode(problem.code())
        .providerCode(problem.providerCode())
        .arg("reason", problem.detail() == null ? "-" : problem.detail())
        .arg("retryAfter", "-")
        .build();
  }
}
