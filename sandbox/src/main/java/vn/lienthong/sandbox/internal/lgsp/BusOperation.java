package vn.lienthong.sandbox.internal.lgsp;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.lienthong.sandbox.internal.http.HttpReply;

/**
 * One operation of a service contract as the gateway serves it: method and path, the service code
 * of its {@code LT-Service} header, the contract schemas of its request and answer, and the
 * handler.
 *
 * @param operationId the contract's operation id, such as {@code lookupCitizen}
 * @param method the HTTP method
 * @param path the path below the service prefix, a regular expression whose groups are path
 *     parameters
 * @param contract the contract, such as {@code registry/population}
 * @param serviceCode the SERVICE part of {@code LT-Service}, such as {@code citizen-lookup}
 * @param requestMediaType the media type of the body, null for operations without one
 * @param requestSchema the request body's component schema, null when not JSON
 * @param responseSchema the 2xx answer's component schema, null when not JSON
 * @param userIdRequired whether {@code LT-UserId} is required (personal data returned)
 * @param handler computes the answer; throws {@link BusProblem} for business errors
 */
public record BusOperation(
    String operationId,
    String method,
    Pattern path,
    String contract,
    String serviceCode,
    @Nullable String requestMediaType,
    @Nullable String requestSchema,
    @Nullable String responseSchema,
    boolean userIdRequired,
    Function<BusRequest, HttpReply> handler) {

  /**
   * Checks the parts.
   *
   * @param operationId the operation id
   * @param method the method
   * @param path the path pattern
   * @param contract the contract
   * @param serviceCode the service code
   * @param requestMediaType the request media type
   * @param requestSchema the request schema
   * @param responseSchema the response schema
   * @param userIdRequired whether the user id is required
   * @param handler the handler
   */
  public BusOperation {
    Objects.requireNonNull(operationId, "operationId");
    Objects.requireNonNull(handler, "handler");
  }

  /**
   * A JSON POST operation.
   *
   * @param operationId the operation id
   * @param path the literal path
   * @param contract the contract
   * @param serviceCode the service code
   * @param requestSchema the request schema
   * @param responseSchema the response schema
   * @param userIdRequired whether the user id is required
   * @param handler the handler
   * @return the operation
   */
  public static BusOperation postJson(
      String operationId,
      String path,
      String contract,
      String serviceCode,
      String requestSchema,
      String responseSchema,
      boolean userIdRequired,
      Function<BusRequest, HttpReply> handler) {
    return new BusOperation(
        operationId,
        "POST",
        Pattern.compile(Pattern.quote(path)),
        contract,
        serviceCode,
        "application/json",
        requestSchema,
        responseSchema,
        userIdRequired,
        handler);
  }

  /**
   * Matches a sub-path.
   *
   * @param subPath the path below the prefix
   * @return the path parameters, or null when it does not match
   */
  public @Nullable List<String> match(String subPath) {
    Matcher m = path.matcher(subPath);
    if (!m.matches()) {
      return null;
    }
    String[] groups = new String[m.groupCount()];
    for (int i = 0; i < groups.length; i++) {
      groups[i] = m.group(i + 1);
    }
    return List.of(groups);
  }
}
