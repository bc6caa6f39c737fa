package vn.lienthong.core.internal.forms;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;

/**
 * Reads form documents with Jackson under fixed caps, turning every failure into a coded exception.
 * Thread-safe.
 *
 * @since 0.1.0
 */
public final class BoundedJson {

  private final int maxDocumentLength;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final ObjectMapper mapper;

  /**
   * Creates a reader.
   *
   * @param maxDocumentLength the longest document, in characters
   * @param maxNestingDepth the deepest nesting of objects and arrays
   * @param maxStringLength the longest string value or name, in characters
   * @param maxNumberLength the longest number, in characters
   */
  public BoundedJson(
      int maxDocumentLength, int maxNestingDepth, int maxStringLength, int maxNumberLength) {
    this.maxDocumentLength = maxDocumentLength;
    this.maxNestingDepth = maxNestingDepth;
    this.maxStringLength = maxStringLength;
    this.maxNumberLength = maxNumberLength;
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxDocumentLength(maxDocumentLength)
            .maxNestingDepth(maxNestingDepth)
            .maxStringLength(maxStringLength)
            .maxNameLength(maxStringLength)
            .maxNumberLength(maxNumberLength)
            .build();
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(constraints)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    this.mapper =
        JsonMapper.builder(factory)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
  }

  /**
   * Parses a document into a tree.
   *
   * @param form the form name, for messages
   * @param json the document
   * @return the tree
   * @throws InvalidInputException with {@code FORM_LIMIT_EXCEEDED} or {@code FORM_MALFORMED_JSON}
   */
  public JsonNode read(String form, String json) {
    if (json.length() > maxDocumentLength) {
      throw limit(form, "document-length", maxDocumentLength);
    }
    try (JsonParser parser = mapper.createParser(json)) {
      JsonNode node = mapper.readTree(parser);
      if (node == null) {
        throw malformed(form, null);
      }
      return node;
    } catch (StreamConstraintsException e) {
      String message = String.valueOf(e.getOriginalMessage());
      if (message.contains("nesting depth")) {
        throw limit(form, "nesting-depth", maxNestingDepth);
      }
      if (message.contains("Number")) {
        throw limit(form, "number-length", maxNumberLength);
      }
      if (message.contains("Document")) {
        throw limit(form, "document-length", maxDocumentLength);
      }
      throw limit(form, "string-length", maxStringLength);
    } catch (JsonProcessingException e) {
      // No cause attached: Jackson's messages may quote the submitted text (personal data).
      throw malformed(form, e.getLocation());
    } catch (IOException e) {
      throw malformed(form, null);
    }
  }

  private static InvalidInputException limit(String form, String limit, int max) {
    return new InvalidInputException(
        CoreErrorCode.FORM_LIMIT_EXCEEDED,
        ErrorDetails.field("document")
            .rule("form.limit." + limit)
            .with("form", form)
            .with("limit", limit)
            .with("max", Integer.toString(max)));
  }

  private static InvalidInputException malformed(String form, @Nullable JsonLocation location) {
    return new InvalidInputException(
        CoreErrorCode.FORM_MALFORMED_JSON,
        ErrorDetails.field("document")
            .rule("form.json")
            .with("form", form)
            .with("line", location == null ? "?" : Integer.toString(location.getLineNr()))
            .with("column", location == null ? "?" : Integer.toString(location.getColumnNr())));
  }
}
