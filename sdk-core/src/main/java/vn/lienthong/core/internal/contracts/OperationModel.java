package vn.lienthong.core.internal.contracts;

import java.util.List;
import java.util.Map;
import vn.lienthong.core.contracts.ContractOperation;

/**
 * What the validator needs of one operation: where the schemas of its bodies and headers are.
 * Immutable and thread-safe.
 *
 * @param operation the public description
 * @param requestBodies the request body by media type, in contract order
 * @param requestHeaders the header parameters
 * @param responses the responses by status ({@code 200}, {@code 4XX} or {@code default})
 * @since 0.1.0
 */
public record OperationModel(
    ContractOperation operation,
    Map<String, Body> requestBodies,
    List<Header> requestHeaders,
    Map<String, Response> responses) {

  /**
   * A body of one media type.
   *
   * @param mediaType the media type, such as {@code application/json}
   * @param schema where its JSON Schema is
   * @param xmlSchema for XML bodies, the XSD path under the contracts folder and the root element
   *     ({@code exchange/edxml.xsd#edXMLEnvelope}), else empty
   * @since 0.1.0
   */
  public record Body(String mediaType, Location schema, String xmlSchema) {}

  /**
   * A header parameter or response header.
   *
   * @param name the header name as the contract spells it
   * @param required whether it must be present
   * @param schema where its schema is
   * @since 0.1.0
   */
  public record Header(String name, boolean required, Location schema) {}

  /**
   * A response.
   *
   * @param bodies the bodies by media type
   * @param headers the response headers
   * @since 0.1.0
   */
  public record Response(Map<String, Body> bodies, List<Header> headers) {}
}
