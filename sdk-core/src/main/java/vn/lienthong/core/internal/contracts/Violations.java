package vn.lienthong.core.internal.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import java.util.Locale;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.ErrorMessages;
import vn.lienthong.core.contracts.ContractViolation;
import vn.lienthong.core.contracts.ContractViolation.Part;

/**
 * Builds {@link ContractViolation}s with both messages from the error catalogue, and maps the
 * schema validator's errors keyword by keyword; the validator's own (English) messages, which may
 * quote values, are not used. Thread-safe.
 *
 * @since 0.1.0
 */
public final class Violations {

  private static final int MAX_ALLOWED_SHOWN = 12;

  private Violations() {}

  /**
   * Returns a violation.
   *
   * @param part the part of the message
   * @param pointer the JSON Pointer
   * @param rule the rule id
   * @param code the code
   * @param details the placeholders; the pointer is added as {@code path}
   * @return the violation
   */
  public static ContractViolation of(
      Part part, String pointer, String rule, CoreErrorCode code, ErrorDetails details) {
    ErrorDetails withPath = details.rule(rule).path(pointer.isEmpty() ? "/" : pointer);
    return new ContractViolation(
        part,
        pointer,
        rule,
        code,
        ErrorMessages.detail(code, withPath, ErrorMessages.VIETNAMESE),
        ErrorMessages.detail(code, withPath, Locale.ENGLISH));
  }

  /**
   * Converts one schema error.
   *
   * @param part the part validated
   * @param prefix the pointer of the validated node in the message ({@code /LT-Client} for a
   *     header, empty for a body)
   * @param error the validator's error
   * @return the violation
   */
  public static ContractViolation fromSchema(Part part, String prefix, Error error) {
    String keyword = String.valueOf(error.getKeyword());
    String location = error.getInstanceLocation().toString();
    String pointer = prefix + ("/".equals(location) ? "" : location);
    JsonNode schemaValue = error.getSchemaNode();
    String rule = "contract.schema." + keyword;
    ErrorDetails none = ErrorDetails.none();
    switch (keyword) {
      case "required":
        return of(
            part, child(pointer, property(error)), rule, CoreErrorCode.CONTRACT_REQUIRED, none);
      case "dependentRequired":
        return of(
            part, child(pointer, dependent(error)), rule, CoreErrorCode.CONTRACT_REQUIRED, none);
      case "additionalProperties":
      case "unevaluatedProperties":
        return of(
            part,
            child(pointer, property(error)),
            rule,
            CoreErrorCode.CONTRACT_UNKNOWN_FIELD,
            none);
      case "type":
        return of(
            part,
            pointer,
            rule,
            CoreErrorCode.CONTRACT_WRONG_TYPE,
            none.with("expected", text(keywordValue(schemaValue, "type"))));
      case "pattern":
        return of(
            part,
            pointer,
            rule,
            CoreErrorCode.CONTRACT_PATTERN,
            none.with("pattern", text(keywordValue(schemaValue, "pattern"))));
      case "enum":
      case "const":
        return of(
            part,
            pointer,
            rule,
            CoreErrorCode.CONTRACT_NOT_IN_LIST,
            none.with("allowed", list(keywordValue(schemaValue, keyword))));
      case "minLength":
      case "minItems":
        return of(
            part,
            pointer,
            rule,
            CoreErrorCode.CONTRACT_TOO_SHORT,
            none.with("min", text(keywordValue(schemaValue, keyword))));
      case "maxLength":
      case "maxItems":
        return of(
            part,
            pointer,
            rule,
            CoreErrorCode.CONTRACT_TOO_LONG,
            none.with("max", text(keywordValue(schemaValue, keyword))));
      default:
        return of(
            part, pointer, rule, CoreErrorCode.CONTRACT_CONSTRAINT, none.with("keyword", keyword));
    }
  }

  /**
   * Appends one reference token to a JSON Pointer, escaping {@code ~} and {@code /} (RFC 6901).
   *
   * @param pointer the parent pointer
   * @param token the property name; empty to return the parent
   * @return the child pointer
   */
  public static String child(String pointer, String token) {
    return token.isEmpty() ? pointer : pointer + "/" + token.replace("~", "~0").replace("/", "~1");
  }

  /** The field that another field's presence makes required and that is absent. */
  private static String dependent(Error error) {
    JsonNode needed = keywordValue(error.getSchemaNode(), "dependentRequired");
    JsonNode instance = error.getInstanceNode();
    if (needed != null && instance != null && instance.isObject()) {
      for (JsonNode n : needed.path(property(error))) {
        if (!instance.has(n.asText())) {
          return n.asText();
        }
      }
    }
    return property(error);
  }

  private static String property(Error error) {
    String property = error.getProperty();
    return property == null ? "" : property;
  }

  /** The validator may give either the keyword's value or the enclosing schema object. */
  private static @Nullable JsonNode keywordValue(@Nullable JsonNode node, String keyword) {
    if (node != null && node.isObject() && node.has(keyword)) {
      return node.get(keyword);
    }
    return node;
  }

  private static String text(@Nullable JsonNode node) {
    return node == null ? "?" : node.isTextual() ? node.textValue() : node.toString();
  }

  private static String list(@Nullable JsonNode node) {
    if (node == null || !node.isArray()) {
      return text(node);
    }
    StringJoiner joiner = new StringJoiner(", ");
    int shown = 0;
    for (JsonNode n : node) {
      if (shown++ == MAX_ALLOWED_SHOWN) {
        joiner.add("...");
        break;
      }
      joiner.add(n.isTextual() ? n.textValue() : n.toString());
    }
    return joiner.toString();
  }
}
