package vn.lienthong.conformance;

import java.util.Objects;
import vn.lienthong.core.privacy.Scrubber;

/**
 * A log-safe summary of one HTTP exchange with the system under test, kept as evidence in reports:
 * the request line, the status, the response content type and the start of the body, personal
 * numbers masked in each ({@link Scrubber}).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param method the request method
 * @param uri the request URI
 * @param status the response status, 0 when there was no response
 * @param contentType the response content type, empty when absent
 * @param bodyExcerpt the start of the response body, scrubbed and cut to {@link #MAX_EXCERPT}
 * @since 0.1.0
 */
public record HttpExchange(
    String method, String uri, int status, String contentType, String bodyExcerpt) {

  /** The most characters of a body kept as evidence. */
  public static final int MAX_EXCERPT = 600;

  /**
   * Checks the parts, then scrubs and cuts the excerpt (hostile targets choose what it says).
   *
   * @param method the request method
   * @param uri the request URI
   * @param status the response status
   * @param contentType the response content type
   * @param bodyExcerpt the start of the body
   * @throws NullPointerException if a part is null
   */
  public HttpExchange {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(contentType, "contentType");
    bodyExcerpt = Scrubber.scrub(Objects.requireNonNull(bodyExcerpt, "bodyExcerpt"), MAX_EXCERPT);
    contentType = Scrubber.scrub(contentType, 200);
    uri = Scrubber.scrub(uri, 500);
  }

  /**
   * Returns a one-line summary, such as {@code POST http://host/x → 400 application/problem+json}.
   *
   * @return the summary
   */
  public String summary() {
    return method
        + " "
        + uri
        + " → "
        + (status == 0 ? "no response" : Integer.toString(status))
        + (contentType.isEmpty() ? "" : " " + contentType);
  }
}
