package vn.lienthong.registry.internal.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** Encodes message headers as a JSON object for the {@code headers} column. */
public final class Headers {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {};

  private Headers() {}

  /**
   * Encodes headers.
   *
   * @param headers the headers
   * @return a JSON object
   */
  public static String encode(Map<String, String> headers) {
    if (headers.isEmpty()) {
      return "{}";
    }
    try {
      return JSON.writeValueAsString(headers);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("headers cannot be encoded", e);
    }
  }

  /**
   * Decodes headers.
   *
   * @param json a JSON object of strings
   * @return the headers, in their stored order
   * @throws IllegalStateException if the column does not hold such an object
   */
  public static Map<String, String> decode(String json) {
    if ("{}".equals(json)) {
      return Map.of();
    }
    try {
      return JSON.readValue(json, MAP);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored headers are not a JSON object of strings", e);
    }
  }
}
