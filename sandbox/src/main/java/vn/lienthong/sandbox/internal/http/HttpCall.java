package vn.lienthong.sandbox.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.sandbox.SandboxErrorCode;

/**
 * One request as a service sees it: method, path below the service prefix, capped body, parsed
 * query and form parameters (each at most once, as RFC 6749 section 3.1 requires), headers.
 * Confined to the worker thread handling the request.
 */
public final class HttpCall {

  private final HttpExchange exchange;
  private final URI baseUri;
  private final String subPath;
  private @Nullable byte[] body;
  private @Nullable Map<String, String> query;
  private @Nullable Map<String, String> form;

  HttpCall(HttpExchange exchange, URI baseUri, String prefix) {
    this.exchange = exchange;
    this.baseUri = baseUri;
    String path = exchange.getRequestURI().getRawPath();
    this.subPath = path.substring(prefix.length());
  }

  /**
   * Returns the request method in upper case.
   *
   * @return for example {@code POST}
   */
  public String method() {
    return exchange.getRequestMethod().toUpperCase(Locale.ROOT);
  }

  /**
   * Returns the path below the service prefix, starting with {@code /} or empty.
   *
   * @return for example {@code /token}
   */
  public String subPath() {
    return subPath;
  }

  /**
   * Returns the absolute URL of the request without query, as DPoP's {@code htu} names it.
   *
   * @return the URL
   */
  public URI url() {
    return baseUri.resolve(exchange.getRequestURI().getRawPath());
  }

  /**
   * Returns a request header's first value.
   *
   * @param name the header name, any case
   * @return the value, if present
   */
  public Optional<String> header(String name) {
    return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name));
  }

  /**
   * Returns how many values a header has.
   *
   * @param name the header name
   * @return the count
   */
  public int headerCount(String name) {
    var values = exchange.getRequestHeaders().get(name);
    return values == null ? 0 : values.size();
  }

  /**
   * Returns the language for people: Vietnamese unless the client prefers English.
   *
   * @return the locale
   */
  public Locale locale() {
    String accept = header("Accept-Language").orElse("vi");
    return accept.toLowerCase(Locale.ROOT).startsWith("en")
        ? Locale.ENGLISH
        : Locale.forLanguageTag("vi");
  }

  /**
   * Returns the query parameters.
   *
   * @return name to value
   * @throws InvalidInputException if the query is malformed or repeats a parameter
   */
  public Map<String, String> query() {
    if (query == null) {
      String raw = exchange.getRequestURI().getRawQuery();
      query = raw == null ? Map.of() : parse(raw, "query");
    }
    return query;
  }

  /**
   * Returns the body parsed as {@code application/x-www-form-urlencoded}.
   *
   * @return name to value
   * @throws InvalidInputException if the media type is wrong, the body malformed or a parameter
   *     repeated
   */
  public Map<String, String> form() {
    if (form == null) {
      String type = header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
      if (!type.startsWith("application/x-www-form-urlencoded")) {
        throw new InvalidInputException(
            SandboxErrorCode.UNSUPPORTED_MEDIA_TYPE,
            ErrorDetails.field("Content-Type")
                .rule("media-type")
                .rejectedValue(type)
                .with("expected", "application/x-www-form-urlencoded"));
      }
      form = parse(new String(body(), StandardCharsets.UTF_8), "form");
    }
    return form;
  }

  /**
   * Returns a parameter from the form (for POST) or else the query.
   *
   * @param name the parameter
   * @return its value, if present and not empty
   */
  public Optional<String> param(String name) {
    String v = null;
    if ("POST".equals(method()) && header("Content-Type").isPresent()) {
      v = form().get(name);
    }
    if (v == null) {
      v = query().get(name);
    }
    return Optional.ofNullable(v).filter(s -> !s.isEmpty());
  }

  /**
   * Returns the body parsed as JSON.
   *
   * @return the JSON tree
   * @throws InvalidInputException if the body is not JSON
   */
  public JsonNode json() {
    try {
      JsonNode node = HttpReply.JSON.readTree(body());
      if (node == null || node.isMissingNode()) {
        throw new JsonProcessingException("empty body") {
          private static final long serialVersionUID = 1L;
        };
      }
      return node;
    } catch (IOException e) {
      throw new InvalidInputException(
          SandboxErrorCode.MALFORMED_JSON,
          ErrorDetails.field("body").rule("json").with("reason", firstLine(e.getMessage())),
          e);
    }
  }

  /**
   * Returns the request body, read at most once and capped at {@link HttpLimits#MAX_BODY_BYTES}.
   *
   * @return the bytes
   * @throws InvalidInputException if the body is larger than the cap
   */
  public byte[] body() {
    if (body == null) {
      String length = exchange.getRequestHeaders().getFirst("Content-Length");
      if (length != null
          && length.length() < 19
          && length.chars().allMatch(Character::isDigit)
          && Long.parseLong(length) > HttpLimits.MAX_BODY_BYTES) {
        throw tooLarge(Long.parseLong(length));
      }
      try (InputStream in = exchange.getRequestBody()) {
        byte[] b = in.readNBytes(HttpLimits.MAX_BODY_BYTES + 1);
        if (b.length > HttpLimits.MAX_BODY_BYTES) {
          throw tooLarge(b.length);
        }
        body = b;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return body;
  }

  private static InvalidInputException tooLarge(long size) {
    return new InvalidInputException(
        SandboxErrorCode.BODY_TOO_LARGE,
        ErrorDetails.field("body")
            .rule("max-bytes")
            .with("size", size)
            .with("max", HttpLimits.MAX_BODY_BYTES));
  }

  /**
   * Parses {@code application/x-www-form-urlencoded} text (a form body or a query string).
   *
   * @param raw the text
   * @param where {@code form} or {@code query}, for error messages
   * @return name to value, in order
   * @throws InvalidInputException if malformed, too many parameters or a parameter repeated
   */
  static Map<String, String> parse(String raw, String where) {
    Map<String, String> out = new LinkedHashMap<>();
    if (raw.isEmpty()) {
      return Collections.unmodifiableMap(out);
    }
    String[] pairs = raw.split("&", -1);
    if (pairs.length > HttpLimits.MAX_PARAMETERS) {
      throw malformed(where, "max-parameters", String.valueOf(pairs.length));
    }
    for (String pair : pairs) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq), where);
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1), where);
      if (out.put(name, value) != null) {
        throw new InvalidInputException(
            SandboxErrorCode.PARAMETER_REPEATED,
            ErrorDetails.field(name).rule("oauth2.single-parameter").rejectedValue(name));
      }
    }
    return Collections.unmodifiableMap(out);
  }

  private static String decode(String s, String where) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw malformed(where, "percent-encoding", s);
    }
  }

  private static InvalidInputException malformed(String where, String rule, String value) {
    return new InvalidInputException(
        SandboxErrorCode.MALFORMED_FORM, ErrorDetails.field(where).rule(rule).rejectedValue(value));
  }

  private static String firstLine(@Nullable String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
