package vn.lienthong.core.internal.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.forms.FormError;

/**
 * Maps the schema validator's errors, keyword by keyword, to LienThong codes with Vietnamese and
 * English texts; the validator's own (English) messages are not used. Thread-safe.
 *
 * @since 0.1.0
 */
public final class SchemaErrors {

  private SchemaErrors() {}

  /**
   * Converts one validator error.
   *
   * @param error the validator's error
   * @return the form error
   */
  public static FormError toFormError(Error error) {
    String keyword = String.valueOf(error.getKeyword());
    String pointer = pointer(error);
    JsonNode schemaValue = error.getSchemaNode();
    ErrorDetails details = ErrorDetails.none().rule("form.schema." + keyword);
    switch (keyword) {
      case "required":
        return FormErrors.of(
            FormErrors.child(pointer, property(error)), CoreErrorCode.FORM_REQUIRED, details);
      case "additionalProperties":
      case "unevaluatedProperties":
        return FormErrors.of(
            FormErrors.child(pointer, property(error)), CoreErrorCode.FORM_UNKNOWN_FIELD, details);
      case "type":
        return FormErrors.of(
            pointer,
            CoreErrorCode.FORM_WRONG_TYPE,
            details.with("expected", typeName(keywordValue(schemaValue, "type"))));
      case "pattern":
        return FormErrors.of(
            pointer,
            CoreErrorCode.FORM_PATTERN,
            details.with("pattern", text(keywordValue(schemaValue, "pattern"))));
      case "enum":
        return FormErrors.of(
            pointer,
            CoreErrorCode.FORM_NOT_IN_LIST,
            details.with("allowed", list(keywordValue(schemaValue, "enum"))));
      case "minLength":
        return FormErrors.of(
            pointer,
            CoreErrorCode.FORM_TOO_SHORT,
            details.with("min", text(keywordValue(schemaValue, "minLength"))));
      case "maxLength":
        return FormErrors.of(
            pointer,
            CoreErrorCode.FORM_TOO_LONG,
            details.with("max", text(keywordValue(schemaValue, "maxLength"))));
      case "format":
        return FormErrors.of(pointer, CoreErrorCode.FORM_INVALID_DATE, details);
      default:
        return FormErrors.of(
            pointer, CoreErrorCode.FORM_CONSTRAINT, details.with("keyword", keyword));
    }
  }

  private static String pointer(Error error) {
    String location = error.getInstanceLocation().toString();
    return "".equals(location) || "/".equals(location) ? "" : location;
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

  private static String typeName(@Nullable JsonNode node) {
    String type = text(node);
    switch (type) {
      case "string":
        return "string (chuỗi ký tự)";
      case "integer":
        return "integer (số nguyên)";
      case "object":
        return "object (đối tượng)";
      case "array":
        return "array (danh sách)";
      default:
        return type;
    }
  }

  private static String list(@Nullable JsonNode node) {
    if (node == null || !node.isArray()) {
      return text(node);
    }
    StringJoiner joiner = new StringJoiner(", ");
    node.forEach(n -> joiner.add(n.isTextual() ? n.textValue() : n.toString()));
    return joiner.toString();
  }
}
