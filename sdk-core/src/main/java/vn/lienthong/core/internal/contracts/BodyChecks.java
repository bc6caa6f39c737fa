package vn.lienthong.core.internal.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.OutputFormat;
import com.networknt.schema.Schema;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.contracts.ContractViolation;
import vn.lienthong.core.contracts.ContractViolation.Part;
import vn.lienthong.core.internal.forms.BoundedJson;

/**
 * Parses a body by media type (JSON with size caps, form data, XML) and checks it against the
 * operation's schema, adding violations to a list. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class BodyChecks {

  /** The most fields read from form data. */
  public static final int MAX_FORM_FIELDS = 50;

  private final ContractDocuments documents;
  private final XmlSchemas xml;
  private final BoundedJson json;

  /**
   * Creates the checks.
   *
   * @param documents the contract files
   * @param xml the XML schemas
   * @param maxLength the longest body, in characters
   * @param maxDepth the deepest JSON nesting
   * @param maxString the longest JSON string
   * @param maxNumber the longest JSON number
   */
  public BodyChecks(
      ContractDocuments documents,
      XmlSchemas xml,
      int maxLength,
      int maxDepth,
      int maxString,
      int maxNumber) {
    this.documents = documents;
    this.xml = xml;
    this.json = new BoundedJson(maxLength, maxDepth, maxString, maxNumber);
  }

  /**
   * Checks a body.
   *
   * @param body where the schema is and which media type
   * @param text the body
   * @param into the list to add violations to
   */
  public void check(OperationModel.Body body, String text, List<ContractViolation> into) {
    String type = body.mediaType().toLowerCase(Locale.ROOT);
    if (type.endsWith("json")) {
      JsonNode tree = readJson(text, into);
      if (tree != null) {
        checkTree(documents.schema(body.schema()), tree, Part.BODY, "", into);
      }
    } else if (type.equals("application/x-www-form-urlencoded")) {
      JsonNode tree = readForm(text, into);
      if (tree != null) {
        checkTree(documents.schema(body.schema()), tree, Part.BODY, "", into);
      }
    } else if (type.endsWith("xml") && !body.xmlSchema().isEmpty()) {
      String ref = body.xmlSchema();
      String file =
          body.schema().follow(ref.contains("#") ? ref.substring(0, ref.indexOf('#')) : ref).file();
      into.addAll(xml.validate(file, text));
    }
  }

  /**
   * Checks a JSON value against a compiled schema.
   *
   * @param schema the schema
   * @param tree the value
   * @param part the part of the message
   * @param prefix the pointer of the value in the message
   * @param into the list to add violations to
   */
  public static void checkTree(
      Schema schema, JsonNode tree, Part part, String prefix, List<ContractViolation> into) {
    // Fast path: a boolean pass for the common valid message; the error list only on failure.
    if (!schema.validate(tree, OutputFormat.BOOLEAN)) {
      for (Error e : schema.validate(tree)) {
        into.add(Violations.fromSchema(part, prefix, e));
      }
    }
  }

  private @org.jspecify.annotations.Nullable JsonNode readJson(
      String text, List<ContractViolation> into) {
    try {
      return json.read("body", text);
    } catch (InvalidInputException e) {
      var args = e.details().arguments();
      if (e.errorCode() == CoreErrorCode.FORM_LIMIT_EXCEEDED) {
        into.add(
            Violations.of(
                Part.BODY,
                "",
                "contract.limit." + args.getOrDefault("limit", "?"),
                CoreErrorCode.CONTRACT_BODY_TOO_LARGE,
                ErrorDetails.none()
                    .with("limit", args.getOrDefault("limit", "?"))
                    .with("max", args.getOrDefault("max", "?"))));
      } else {
        into.add(
            Violations.of(
                Part.BODY,
                "",
                "contract.json.malformed",
                CoreErrorCode.CONTRACT_BODY_MALFORMED,
                ErrorDetails.none()
                    .with("line", args.getOrDefault("line", "?"))
                    .with("column", args.getOrDefault("column", "?"))));
      }
      return null;
    }
  }

  private static @org.jspecify.annotations.Nullable JsonNode readForm(
      String text, List<ContractViolation> into) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    if (text.isEmpty()) {
      return node;
    }
    String[] pairs = text.split("&", MAX_FORM_FIELDS + 1);
    if (pairs.length > MAX_FORM_FIELDS) {
      into.add(
          Violations.of(
              Part.BODY,
              "",
              "contract.limit.form-fields",
              CoreErrorCode.CONTRACT_BODY_TOO_LARGE,
              ErrorDetails.none().with("limit", "form-fields").with("max", MAX_FORM_FIELDS)));
      return null;
    }
    for (String pair : pairs) {
      int eq = pair.indexOf('=');
      try {
        String name =
            URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value =
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        if (node.has(name)) {
          into.add(
              Violations.of(
                  Part.BODY,
                  Violations.child("", name),
                  "contract.form.duplicate",
                  CoreErrorCode.CONTRACT_CONSTRAINT,
                  ErrorDetails.none().with("keyword", "unique")));
          return null;
        }
        node.put(name, value);
      } catch (IllegalArgumentException e) {
        into.add(
            Violations.of(
                Part.BODY,
                "",
                "contract.form.malformed",
                CoreErrorCode.CONTRACT_BODY_MALFORMED,
                ErrorDetails.none().with("line", 1).with("column", "?")));
        return null;
      }
    }
    return node;
  }
}
