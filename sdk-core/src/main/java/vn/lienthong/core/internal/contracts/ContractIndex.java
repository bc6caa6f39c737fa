package vn.lienthong.core.internal.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.contracts.ContractOperation;

/**
 * Reads the operations of every bundled OpenAPI file into {@link OperationModel}s. Immutable and
 * thread-safe after construction.
 *
 * @since 0.1.0
 */
public final class ContractIndex {

  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  /**
   * One contract file.
   *
   * @param name the name, such as {@code registry/population}
   * @param file the path under the contracts folder
   * @param version {@code info.version}
   * @param title {@code info.title}
   * @param operations the operations by id, in file order
   * @since 0.1.0
   */
  public record Entry(
      String name,
      String file,
      String version,
      String title,
      Map<String, OperationModel> operations) {}

  private final ContractDocuments documents;
  private final Map<String, Entry> entries;

  /**
   * Indexes the bundled files.
   *
   * @param documents the loaded files
   * @throws vn.lienthong.core.ConfigurationException with {@code BUNDLED_DATA_CORRUPT} if a file is
   *     not a usable OpenAPI document (duplicate operation id, dangling reference...)
   */
  public ContractIndex(ContractDocuments documents) {
    this.documents = documents;
    Map<String, Entry> map = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : documents.trees().entrySet()) {
      String file = e.getKey();
      String name = file.substring(0, file.length() - ".yaml".length());
      JsonNode info = e.getValue().path("info");
      map.put(
          name,
          new Entry(
              name,
              file,
              info.path("version").asText(""),
              info.path("title").asText(""),
              operations(name, file, e.getValue())));
    }
    this.entries = Collections.unmodifiableMap(map);
  }

  /**
   * Returns the loaded files.
   *
   * @return the documents
   */
  public ContractDocuments documents() {
    return documents;
  }

  /**
   * Returns every contract, in bundle order.
   *
   * @return an unmodifiable map from name to entry
   */
  public Map<String, Entry> entries() {
    return entries;
  }

  private Map<String, OperationModel> operations(String name, String file, JsonNode tree) {
    Map<String, OperationModel> ops = new LinkedHashMap<>();
    JsonNode paths = tree.path("paths");
    for (Map.Entry<String, JsonNode> p : paths.properties()) {
      for (Map.Entry<String, JsonNode> m : p.getValue().properties()) {
        if (!METHODS.contains(m.getKey())) {
          continue;
        }
        Location at = new Location(file, "").child("paths", p.getKey(), m.getKey());
        OperationModel model = operation(name, p.getKey(), m.getKey(), at, p.getValue());
        if (ops.put(model.operation().operationId(), model) != null) {
          throw ContractDocuments.corrupt(file + "#" + model.operation().operationId(), null);
        }
      }
    }
    return Collections.unmodifiableMap(ops);
  }

  private OperationModel operation(
      String name, String path, String method, Location at, JsonNode pathItem) {
    JsonNode op = documents.node(at);
    String id = op.path("operationId").asText("");
    if (id.isEmpty()) {
      throw ContractDocuments.corrupt(at.file() + "#" + at.pointer(), null);
    }
    List<OperationModel.Header> headers = new ArrayList<>();
    addParameters(headers, at.child("parameters"), op.path("parameters"));
    addParameters(
        headers,
        new Location(at.file(), at.pointer().substring(0, at.pointer().lastIndexOf('/')))
            .child("parameters"),
        pathItem.path("parameters"));
    Map<String, OperationModel.Body> bodies = Map.of();
    if (op.has("requestBody")) {
      Location body = documents.resolve(at.child("requestBody"));
      bodies = bodies(body.child("content"));
    }
    Map<String, OperationModel.Response> responses = new LinkedHashMap<>();
    Location responsesAt = at.child("responses");
    for (Map.Entry<String, JsonNode> r : op.path("responses").properties()) {
      Location response = documents.resolve(responsesAt.child(r.getKey()));
      JsonNode node = documents.node(response);
      List<OperationModel.Header> responseHeaders = new ArrayList<>();
      for (Map.Entry<String, JsonNode> h : node.path("headers").properties()) {
        Location header = documents.resolve(response.child("headers", h.getKey()));
        responseHeaders.add(
            new OperationModel.Header(
                h.getKey(),
                documents.node(header).path("required").asBoolean(false),
                header.child("schema")));
      }
      responses.put(
          r.getKey(),
          new OperationModel.Response(
              node.has("content") ? bodies(response.child("content")) : Map.of(),
              List.copyOf(responseHeaders)));
    }
    List<String> names = new ArrayList<>();
    List<String> required = new ArrayList<>();
    for (OperationModel.Header h : headers) {
      names.add(h.name());
      if (h.required()) {
        required.add(h.name());
      }
    }
    ContractOperation description =
        new ContractOperation(
            name,
            id,
            method.toUpperCase(Locale.ROOT),
            path,
            op.path("summary").asText(""),
            List.copyOf(bodies.keySet()),
            names,
            required,
            List.copyOf(responses.keySet()));
    return new OperationModel(
        description, bodies, List.copyOf(headers), Collections.unmodifiableMap(responses));
  }

  private void addParameters(List<OperationModel.Header> into, Location at, JsonNode list) {
    for (int i = 0; i < list.size(); i++) {
      Location parameter = documents.resolve(at.child(String.valueOf(i)));
      JsonNode node = documents.node(parameter);
      if (!"header".equals(node.path("in").asText())) {
        continue;
      }
      String headerName = node.path("name").asText();
      boolean duplicate = into.stream().anyMatch(h -> h.name().equalsIgnoreCase(headerName));
      if (!duplicate) {
        into.add(
            new OperationModel.Header(
                headerName, node.path("required").asBoolean(false), parameter.child("schema")));
      }
    }
  }

  private Map<String, OperationModel.Body> bodies(Location content) {
    Map<String, OperationModel.Body> map = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> c : documents.node(content).properties()) {
      Location schema = content.child(c.getKey(), "schema");
      map.put(
          c.getKey(),
          new OperationModel.Body(c.getKey(), schema, xmlSchema(c.getValue().path("schema"))));
    }
    return Collections.unmodifiableMap(map);
  }

  private static String xmlSchema(@Nullable JsonNode schema) {
    return schema == null ? "" : schema.path("x-lienthong-xml-schema").asText("");
  }
}
