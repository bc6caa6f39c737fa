package vn.lienthong.sandbox.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import vn.lienthong.core.LienThongException;
import vn.lienthong.core.ProblemDetails;

/**
 * An HTTP response to send: status, headers and body. Immutable once built by its factories except
 * for {@link #header(String, String)}, which returns a copy.
 *
 * @param status the status code
 * @param headers response headers (one value each)
 * @param body the body bytes
 */
public record HttpReply(int status, Map<String, String> headers, byte[] body) {

  /**
   * An internal reply header (never sent) asking the router to write the body over this many
   * milliseconds, in small pieces: the slow-body fault of the national services.
   */
  public static final String PACE_HEADER = "X-LienThong-Internal-Pace-Millis";

  /** The shared JSON mapper (thread-safe once configured). */
  public static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Copies the headers.
   *
   * @param status the status code
   * @param headers response headers
   * @param body the body
   */
  public HttpReply {
    headers = Map.copyOf(headers);
  }

  /**
   * A JSON reply.
   *
   * @param status the status
   * @param value a value Jackson can write (maps, lists, strings, numbers)
   * @return the reply
   */
  public static HttpReply json(int status, Object value) {
    try {
      return new HttpReply(
          status, Map.of("Content-Type", "application/json"), JSON.writeValueAsBytes(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unwritable JSON reply", e);
    }
  }

  /**
   * A JSON reply from already-serialised JSON text.
   *
   * @param status the status
   * @param contentType the media type
   * @param text the body
   * @return the reply
   */
  public static HttpReply text(int status, String contentType, String text) {
    return new HttpReply(
        status, Map.of("Content-Type", contentType), text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * An HTML page in UTF-8.
   *
   * @param status the status
   * @param html the page
   * @return the reply
   */
  public static HttpReply html(int status, String html) {
    return text(status, "text/html; charset=utf-8", html);
  }

  /**
   * A 303 redirect.
   *
   * @param location where to go
   * @return the reply
   */
  public static HttpReply redirect(URI location) {
    return new HttpReply(303, Map.of("Location", location.toString()), new byte[0]);
  }

  /**
   * An OAuth 2.0 error (RFC 6749 section 5.2) as JSON.
   *
   * @param status the status, 400 or 401 usually
   * @param error the error code, such as {@code invalid_grant}
   * @param description a human-readable description
   * @return the reply
   */
  public static HttpReply oauthError(int status, String error, String description) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", error);
    body.put("error_description", description);
    return json(status, body);
  }

  /**
   * An RFC 9457 problem.
   *
   * @param problem the problem
   * @return the reply
   */
  public static HttpReply problem(ProblemDetails problem) {
    return text(problem.status(), ProblemDetails.MEDIA_TYPE, problem.toJson());
  }

  /**
   * An RFC 9457 problem describing an exception, in Vietnamese or English.
   *
   * @param e the exception
   * @param locale the language
   * @return the reply
   */
  public static HttpReply problem(LienThongException e, Locale locale) {
    return problem(ProblemDetails.from(e, locale));
  }

  /**
   * Returns a copy with one more header.
   *
   * @param name the header name
   * @param value the value
   * @return the copy
   */
  public HttpReply header(String name, String value) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(name, value);
    return new HttpReply(status, h, body);
  }
}
