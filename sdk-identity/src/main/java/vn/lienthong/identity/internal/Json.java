package vn.lienthong.identity.internal;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Small JSON helpers over Nimbus's bundled parser; failures are {@link IllegalArgumentException}.
 */
public final class Json {

  private Json() {}

  /**
   * Parses a JSON object.
   *
   * @param text the JSON text
   * @return the members
   * @throws IllegalArgumentException if the text is not a JSON object
   */
  public static Map<String, Object> parseObject(String text) {
    try {
      return JSONObjectUtils.parse(text);
    } catch (ParseException | RuntimeException e) {
      throw new IllegalArgumentException("not a JSON object", e);
    }
  }

  /**
   * Writes a JSON object.
   *
   * @param members the members
   * @return the JSON text
   */
  public static String write(Map<String, ?> members) {
    return JSONObjectUtils.toJSONString(members);
  }

  /**
   * Returns a required string member.
   *
   * @param m the object
   * @param name the member name
   * @return the string
   * @throws IllegalArgumentException if absent or not a string
   */
  public static String string(Map<String, Object> m, String name) {
    Object v = m.get(name);
    if (!(v instanceof String)) {
      throw new IllegalArgumentException(name + " is not a string");
    }
    return (String) v;
  }

  /**
   * Returns an optional string member.
   *
   * @param m the object
   * @param name the member name
   * @return the string, or null when absent or not a string
   */
  public static @Nullable String optString(Map<String, Object> m, String name) {
    Object v = m.get(name);
    return v instanceof String ? (String) v : null;
  }

  /**
   * Returns an optional list-of-strings member.
   *
   * @param m the object
   * @param name the member name
   * @return the strings; empty when absent
   * @throws IllegalArgumentException if present but not an array of strings
   */
  public static List<String> strings(Map<String, Object> m, String name) {
    Object v = m.get(name);
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof List)) {
      throw new IllegalArgumentException(name + " is not an array");
    }
    for (Object o : (List<?>) v) {
      if (!(o instanceof String)) {
        throw new IllegalArgumentException(name + " holds a non-string");
      }
    }
    @SuppressWarnings("unchecked")
    List<String> list = (List<String>) v;
    return List.copyOf(list);
  }
}
