package vn.lienthong.core.contracts;

import java.util.List;
import java.util.Objects;

/**
 * One operation of a contract: its id, HTTP method and path, the media types its request body may
 * have, its header parameters and the response statuses it declares.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param contract the contract name, such as {@code portal/portal-sync}
 * @param operationId the operation id, unique in the contract, such as {@code syncDossiers}
 * @param method the HTTP method in upper case
 * @param path the path template, such as {@code /documents/{exchangeId}}
 * @param summary the one-line summary, possibly empty
 * @param requestMediaTypes the media types of the request body, empty when it takes none
 * @param requestHeaders the header parameters' names, as the contract spells them
 * @param requiredRequestHeaders the names of the required header parameters
 * @param responseStatuses the declared response statuses, such as {@code 200} and {@code 404}
 * @since 0.1.0
 */
public record ContractOperation(
    String contract,
    String operationId,
    String method,
    String path,
    String summary,
    List<String> requestMediaTypes,
    List<String> requestHeaders,
    List<String> requiredRequestHeaders,
    List<String> responseStatuses) {

  /**
   * Creates an operation description; lists are copied.
   *
   * @param contract the contract name
   * @param operationId the operation id
   * @param method the HTTP method
   * @param path the path template
   * @param summary the summary
   * @param requestMediaTypes the request media types
   * @param requestHeaders the header parameter names
   * @param requiredRequestHeaders the required header parameter names
   * @param responseStatuses the declared statuses
   * @throws NullPointerException if any argument or list element is null
   */
  public ContractOperation {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(operationId, "operationId");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(summary, "summary");
    requestMediaTypes = List.copyOf(requestMediaTypes);
    requestHeaders = List.copyOf(requestHeaders);
    requiredRequestHeaders = List.copyOf(requiredRequestHeaders);
    responseStatuses = List.copyOf(responseStatuses);
  }

  /**
   * Returns the reference that names this operation in {@link ContractValidator}: {@code
   * contract#operationId}.
   *
   * @return for example {@code portal/portal-sync#syncDossiers}
   */
  public String ref() {
    return contract + "#" + operationId;
  }
}
