package vn.lienthong.registry.internal.bus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.contracts.ContractValidationResult;
import vn.lienthong.core.contracts.ContractValidator;
import vn.lienthong.core.contracts.ContractViolation;
import vn.lienthong.registry.BusClient;
import vn.lienthong.registry.BusErrorCategory;
import vn.lienthong.registry.BusException;
import vn.lienthong.registry.BusRequest;
import vn.lienthong.registry.BusResponse;
import vn.lienthong.registry.CallContext;
import vn.lienthong.registry.MessageId;
import vn.lienthong.registry.RegistryErrorCode;
import vn.lienthong.registry.ServiceId;

/**
 * A JSON operation of a contract over the bus: the request body is validated against the contract
 * before sending, the response (status, headers, body) after receiving.
 */
public final class JsonCall {

  private static volatile ContractValidator validator;

  private JsonCall() {}

  /**
   * Returns the shared contract validator (compiled once).
   *
   * @return the validator
   */
  public static ContractValidator validator() {
    ContractValidator v = validator;
    if (v == null) {
      synchronized (JsonCall.class) {
        v = validator;
        if (v == null) {
          v = ContractValidator.create();
          validator = v;
        }
      }
    }
    return v;
  }

  /**
   * Checks a request body against its operation's contract.
   *
   * @param operation for example {@code registry/population#lookupCitizen}
   * @param service the service (for messages)
   * @param body the JSON text
   * @throws InvalidInputException with {@code REQUEST_OUTSIDE_CONTRACT} on the first violation
   */
  public static void checkRequest(String operation, Object service, String body) {
    ContractValidationResult r = validator().validateRequestBody(operation, body);
    if (!r.valid()) {
      ContractViolation v = r.violations().get(0);
      throw new InvalidInputException(
          RegistryErrorCode.REQUEST_OUTSIDE_CONTRACT,
          ErrorDetails.field(v.pointer().isEmpty() ? "/" : v.pointer())
              .rule(v.rule())
              .with("service", service)
              .with("contract", operation));
    }
  }

  /**
   * Calls an operation and returns the response body.
   *
   * @param bus the bus client
   * @param uri the operation's address
   * @param service the service id
   * @param operation the contract operation
   * @param context the user and issue
   * @param body the request body
   * @param messageId the message id, or null for a new one
   * @return the response body, validated
   * @throws BusException for failures, including a response outside the contract
   * @throws InvalidInputException if the request is outside the contract
   */
  public static JsonNode call(
      BusClient bus,
      URI uri,
      ServiceId service,
      String operation,
      CallContext context,
      ObjectNode body,
      @org.jspecify.annotations.Nullable MessageId messageId) {
    byte[] bytes = Json.write(body);
    String text = new String(bytes, StandardCharsets.UTF_8);
    checkRequest(operation, service, text);
    BusRequest.Builder request =
        BusRequest.builder().uri(uri).service(service).context(context).jsonBody(bytes);
    if (messageId != null) {
      request.messageId(messageId);
    }
    BusResponse response = bus.call(request.build());
    return checkResponse(operation, service, response);
  }

  /**
   * Like {@link #call} but "no such record" ({@code LT-BUS-0502}) is an empty result.
   *
   * @param bus the bus client
   * @param uri the operation's address
   * @param service the service id
   * @param operation the contract operation
   * @param context the user and issue
   * @param body the request body
   * @return the response body, or empty
   * @throws BusException for other failures
   */
  public static Optional<JsonNode> callOrNotFound(
      BusClient bus,
      URI uri,
      ServiceId service,
      String operation,
      CallContext context,
      ObjectNode body) {
    try {
      return Optional.of(call(bus, uri, service, operation, context, body, null));
    } catch (BusException e) {
      if (e.category() == BusErrorCategory.BUSINESS
          && e.remoteCode().filter(Envelope.NO_SUCH_RECORD::equals).isPresent()) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /**
   * Validates and parses a successful response.
   *
   * @param operation the contract operation
   * @param service the service
   * @param response the response
   * @return the parsed body
   * @throws BusException with {@code RESPONSE_MALFORMED} if it breaks the contract
   */
  public static JsonNode checkResponse(String operation, Object service, BusResponse response) {
    ResponseChecks checks =
        new ResponseChecks(
            service.toString(), response.messageId().value(), response.requestHash());
    String text = response.bodyText();
    ContractValidationResult r =
        validator()
            .validateResponse(operation, response.statusCode(), response.headers().map(), text);
    if (!r.valid()) {
      ContractViolation v = r.violations().get(0);
      throw checks.malformed(
          response.statusCode(), v.pointer().isEmpty() ? "/" : v.pointer(), v.rule(), null);
    }
    try {
      return Json.parse(response.body());
    } catch (IOException e) {
      throw checks.malformed(response.statusCode(), "/", "not well-formed JSON", e);
    }
  }

  /**
   * Maps a validated body to an SDK type; a value the contract allows but the SDK type refuses (a
   * personal id with an impossible century, say) is a malformed response, not a crash.
   *
   * @param <T> the type
   * @param service the service
   * @param body the body
   * @param mapper the mapping
   * @return the value
   * @throws BusException with {@code RESPONSE_MALFORMED} if the mapping fails
   */
  public static <T> T map(
      Object service, JsonNode body, java.util.function.Function<JsonNode, T> mapper) {
    try {
      return mapper.apply(body);
    } catch (RuntimeException e) {
      throw BusErrors.error(RegistryErrorCode.RESPONSE_MALFORMED)
          .service(service)
          .messageId(null)
          .field("/")
          .arg("reason", "value not accepted by the SDK type: " + e.getClass().getSimpleName())
          .cause(e)
          .build();
    }
  }

  /**
   * Returns a text member or null.
   *
   * @param node the object
   * @param name the member
   * @return the text, or null
   */
  public static @org.jspecify.annotations.Nullable String text(JsonNode node, String name) {
    JsonNode v = node.get(name);
    return v == null || v.isNull() ? null : v.asText();
  }
}
