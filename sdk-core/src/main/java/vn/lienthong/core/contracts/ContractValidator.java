package vn.lienthong.core.contracts;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.contracts.ContractViolation.Part;
import vn.lienthong.core.internal.contracts.BodyChecks;
import vn.lienthong.core.internal.contracts.ContractDocuments;
import vn.lienthong.core.internal.contracts.Location;
import vn.lienthong.core.internal.contracts.OperationModel;
import vn.lienthong.core.internal.contracts.Violations;
import vn.lienthong.core.internal.contracts.XmlSchemas;

/**
 * Checks requests and responses against the bundled contracts: the envelope headers an operation
 * declares (present, not repeated, well formed), the content type, the response status, and the
 * body against its JSON Schema (or, for XML bodies, its XML Schema).
 *
 * <p>Each schema is compiled once and reused. Bodies are read with size caps ({@link
 * #MAX_BODY_LENGTH}, {@link #MAX_NESTING_DEPTH}...) and duplicate JSON keys are rejected. A message
 * that breaks the contract is an outcome, not an exception: the result lists the violations with
 * JSON Pointers, rule ids and Vietnamese and English messages that never quote the values received.
 * Exceptions mean the question itself is wrong (an unknown operation). Instances are thread-safe;
 * create one and reuse it.
 *
 * <pre>{@code
 * ContractValidator validator = ContractValidator.create();
 * ContractValidationResult r =
 *     validator.validateRequestBody("portal/portal-sync#syncDossiers", json);
 * if (!r.valid()) {
 *   r.violations().forEach(v -> log.warn(v.pointer() + " " + v.messageEn()));
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ContractValidator {

  /** The longest body read, in characters (8 MiB). */
  public static final int MAX_BODY_LENGTH = 8 * 1024 * 1024;

  /** The deepest nesting of JSON objects and arrays. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** The longest JSON string value or name, in characters. */
  public static final int MAX_STRING_LENGTH = 256 * 1024;

  /** The longest JSON number, in characters. */
  public static final int MAX_NUMBER_LENGTH = 40;

  /** The most violations reported for one message. */
  public static final int MAX_VIOLATIONS = 100;

  private static final String CONTENT_TYPE = "content-type";

  private final Contracts contracts;
  private final ContractDocuments documents;
  private final BodyChecks bodies;

  private ContractValidator(Contracts contracts) {
    this.contracts = contracts;
    this.documents = contracts.index().documents();
    this.bodies =
        new BodyChecks(
            documents,
            new XmlSchemas(),
            MAX_BODY_LENGTH,
            MAX_NESTING_DEPTH,
            MAX_STRING_LENGTH,
            MAX_NUMBER_LENGTH);
  }

  /**
   * Returns a validator over the bundled contracts.
   *
   * @return the validator
   * @throws vn.lienthong.core.ConfigurationException with {@code LT-CORE-0902} if a bundled file is
   *     missing or corrupt
   */
  public static ContractValidator create() {
    return new ContractValidator(Contracts.bundled());
  }

  /**
   * Validates a whole request: the operation's header parameters, the content type and the body.
   *
   * @param operation the operation reference, such as {@code registry/population#lookupCitizen}
   * @param headers the request headers, names in any case, each with all its values (the shape of
   *     {@code java.net.http.HttpHeaders.map()})
   * @param body the body; empty when there is none
   * @return the outcome
   * @throws NullPointerException if an argument is null
   * @throws InvalidInputException with {@code LT-CORE-0801} or {@code LT-CORE-0802} if the
   *     operation is not in the bundled contracts
   */
  public ContractValidationResult validateRequest(
      String operation, Map<String, List<String>> headers, String body) {
    OperationModel model = model(operation);
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(body, "body");
    Map<String, List<String>> byName = caseInsensitive(headers);
    List<ContractViolation> out = new ArrayList<>();
    checkHeaders(model.requestHeaders(), byName, out);
    checkBody(operation, model.requestBodies(), contentType(byName), body, out);
    return result(operation, out);
  }

  /**
   * Validates a request body alone, in the operation's first media type.
   *
   * @param operation the operation reference
   * @param body the body
   * @return the outcome
   * @throws NullPointerException if an argument is null
   * @throws InvalidInputException with {@code LT-CORE-0801} or {@code LT-CORE-0802} if the
   *     operation is not in the bundled contracts
   */
  public ContractValidationResult validateRequestBody(String operation, String body) {
    OperationModel model = model(operation);
    Objects.requireNonNull(body, "body");
    List<ContractViolation> out = new ArrayList<>();
    checkBody(operation, model.requestBodies(), null, body, out);
    return result(operation, out);
  }

  /**
   * Validates a whole response: the status is declared, the declared response headers, the content
   * type and the body.
   *
   * @param operation the operation reference
   * @param status the HTTP status
   * @param headers the response headers, names in any case
   * @param body the body; empty when there is none
   * @return the outcome
   * @throws NullPointerException if an argument is null
   * @throws InvalidInputException with {@code LT-CORE-0801} or {@code LT-CORE-0802} if the
   *     operation is not in the bundled contracts
   */
  public ContractValidationResult validateResponse(
      String operation, int status, Map<String, List<String>> headers, String body) {
    OperationModel model = model(operation);
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(body, "body");
    List<ContractViolation> out = new ArrayList<>();
    OperationModel.Response response = response(operation, model, status, out);
    if (response != null) {
      Map<String, List<String>> byName = caseInsensitive(headers);
      checkHeaders(response.headers(), byName, out);
      checkBody(operation, response.bodies(), contentType(byName), body, out);
    }
    return result(operation, out);
  }

  /**
   * Validates a response body alone, in the first media type declared for the status.
   *
   * @param operation the operation reference
   * @param status the HTTP status
   * @param body the body
   * @return the outcome
   * @throws NullPointerException if an argument is null
   * @throws InvalidInputException with {@code LT-CORE-0801} or {@code LT-CORE-0802} if the
   *     operation is not in the bundled contracts
   */
  public ContractValidationResult validateResponseBody(String operation, int status, String body) {
    OperationModel model = model(operation);
    Objects.requireNonNull(body, "body");
    List<ContractViolation> out = new ArrayList<>();
    OperationModel.Response response = response(operation, model, status, out);
    if (response != null) {
      checkBody(operation, response.bodies(), null, body, out);
    }
    return result(operation, out);
  }

  /**
   * Validates a JSON document against a named schema in a contract's {@code components/schemas},
   * such as the bus envelope's {@code Problem}.
   *
   * @param contract the contract name, such as {@code bus/envelope}
   * @param schema the schema name
   * @param json the document
   * @return the outcome; its operation is {@code contract#/components/schemas/name}
   * @throws NullPointerException if an argument is null
   * @throws InvalidInputException with {@code LT-CORE-0801} or {@code LT-CORE-0802} if there is no
   *     such contract or schema
   */
  public ContractValidationResult validateSchema(String contract, String schema, String json) {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(json, "json");
    Contract c = contracts.exact(Objects.requireNonNull(contract, "contract"));
    Location root = new Location(c.entry().file(), "");
    if (documents.node(root).path("components").path("schemas").path(schema).isMissingNode()) {
      throw Contracts.unknownPart(c.name(), "schema", schema);
    }
    Location at = root.child("components", "schemas", schema);
    String ref = c.name() + "#" + at.pointer();
    List<ContractViolation> out = new ArrayList<>();
    bodies.check(new OperationModel.Body("application/json", at, ""), json, out);
    return result(ref, out);
  }

  private OperationModel model(String operation) {
    ContractOperation op = contracts.operation(Objects.requireNonNull(operation, "operation"));
    return contracts.exact(op.contract()).models().get(op.operationId());
  }

  private static Map<String, List<String>> caseInsensitive(Map<String, List<String>> headers) {
    Map<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      map.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).addAll(e.getValue());
    }
    return map;
  }

  private static @Nullable String contentType(Map<String, List<String>> headers) {
    List<String> values = headers.get(CONTENT_TYPE);
    if (values == null || values.isEmpty()) {
      return null;
    }
    String v = values.get(0);
    int semi = v.indexOf(';');
    return (semi < 0 ? v : v.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
  }

  private void checkHeaders(
      List<OperationModel.Header> declared,
      Map<String, List<String>> headers,
      List<ContractViolation> out) {
    for (OperationModel.Header h : declared) {
      List<String> values = headers.get(h.name());
      String pointer = Violations.child("", h.name());
      if (values == null || values.isEmpty()) {
        if (h.required()) {
          out.add(
              Violations.of(
                  Part.HEADER,
                  pointer,
                  "contract.header.missing",
                  CoreErrorCode.CONTRACT_HEADER_MISSING,
                  ErrorDetails.none().with("header", h.name())));
        }
      } else if (values.size() > 1) {
        out.add(
            Violations.of(
                Part.HEADER,
                pointer,
                "contract.header.duplicated",
                CoreErrorCode.CONTRACT_HEADER_DUPLICATED,
                ErrorDetails.none().with("header", h.name()).with("count", values.size())));
      } else {
        BodyChecks.checkTree(
            documents.schema(h.schema()),
            TextNode.valueOf(values.get(0)),
            Part.HEADER,
            pointer,
            out);
      }
    }
  }

  private void checkBody(
      String operation,
      Map<String, OperationModel.Body> declared,
      @Nullable String contentType,
      String body,
      List<ContractViolation> out) {
    if (declared.isEmpty()) {
      if (!body.isEmpty()) {
        out.add(mediaType(operation, contentType == null ? "?" : contentType, "(none)"));
      }
      return;
    }
    if (body.isEmpty()) {
      out.add(mediaType(operation, "(none)", String.join(", ", declared.keySet())));
      return;
    }
    OperationModel.Body chosen;
    if (contentType == null) {
      chosen = declared.values().iterator().next();
    } else {
      chosen = declared.get(contentType);
      if (chosen == null) {
        out.add(mediaType(operation, contentType, String.join(", ", declared.keySet())));
        return;
      }
    }
    bodies.check(chosen, body, out);
  }

  private OperationModel.@Nullable Response response(
      String operation, OperationModel model, int status, List<ContractViolation> out) {
    Map<String, OperationModel.Response> responses = model.responses();
    String exact = Integer.toString(status);
    OperationModel.Response r = responses.get(exact);
    if (r == null) {
      r = responses.get(exact.charAt(0) + "XX");
    }
    if (r == null) {
      r = responses.get("default");
    }
    if (r == null) {
      out.add(
          Violations.of(
              Part.MESSAGE,
              "",
              "contract.status.declared",
              CoreErrorCode.CONTRACT_STATUS_UNDECLARED,
              ErrorDetails.none().with("operation", operation).with("status", status)));
    }
    return r;
  }

  private static ContractViolation mediaType(String operation, String got, String accepted) {
    String shown = got.length() > 100 ? got.substring(0, 100) : got;
    return Violations.of(
        Part.MESSAGE,
        "",
        "contract.media-type",
        CoreErrorCode.CONTRACT_MEDIA_TYPE,
        ErrorDetails.none()
            .with("operation", operation)
            .with("mediaType", shown)
            .with("accepted", accepted));
  }

  private static ContractValidationResult result(String operation, List<ContractViolation> out) {
    return new ContractValidationResult(
        operation, out.size() > MAX_VIOLATIONS ? out.subList(0, MAX_VIOLATIONS) : out);
  }
}
