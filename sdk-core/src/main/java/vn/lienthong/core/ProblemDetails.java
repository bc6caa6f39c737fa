package vn.lienthong.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An RFC 9457 problem-details document, so any REST layer answers errors the same way: {@code
 * type}, {@code title}, {@code status}, {@code detail}, {@code instance}, plus the extension
 * members {@code code} (the stable LienThong code), {@code errors} (one entry per field) and any
 * others.
 *
 * <pre>{@code
 * ProblemDetails problem = ProblemDetails.from(e, ErrorMessages.VIETNAMESE);
 * response.status(problem.status()).type(ProblemDetails.MEDIA_TYPE).entity(problem.toJson());
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ProblemDetails {

  /** The media type of the JSON form, {@code application/problem+json}. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /** Prefix of the {@code type} URI of LienThong problems; the code follows it. */
  public static final String TYPE_PREFIX = "urn:lienthong:problem:";

  /**
   * One field's error inside a problem.
   *
   * @param code the stable code
   * @param field the field, or null
   * @param rule the rule identifier, or null
   * @param path the path in a nested form, or null
   * @param detail the message for people
   */
  public record FieldError(
      String code,
      @Nullable String field,
      @Nullable String rule,
      @Nullable String path,
      String detail) {

    /**
     * Checks the required parts.
     *
     * @param code the stable code
     * @param field the field, or null
     * @param rule the rule identifier, or null
     * @param path the path in a nested form, or null
     * @param detail the message for people
     */
    public FieldError {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(detail, "detail");
    }

    /**
     * Describes one exception as a field error.
     *
     * @param e the exception
     * @param locale the language of the detail
     * @return the field error
     */
    public static FieldError of(LienThongException e, Locale locale) {
      ErrorDetails d = e.details();
      return new FieldError(
          e.code(),
          d.field().orElse(null),
          d.rule().orElse(null),
          d.path().orElse(null),
          e.message(locale));
    }
  }

  private final String type;
  private final String title;
  private final int status;
  private final @Nullable String detail;
  private final @Nullable String instance;
  private final @Nullable String code;
  private final List<FieldError> errors;
  private final Map<String, Object> extensions;

  private ProblemDetails(Builder b) {
    this.type = b.type;
    this.title = Objects.requireNonNull(b.title, "title");
    this.status = b.status;
    this.detail = b.detail;
    this.instance = b.instance;
    this.code = b.code;
    this.errors = List.copyOf(b.errors);
    this.extensions = Collections.unmodifiableMap(new LinkedHashMap<>(b.extensions));
  }

  /**
   * Describes an exception as a problem: type and code from its error code, the status the code
   * asks for, title and detail in the given language, and the exception's field as the one entry of
   * {@code errors}.
   *
   * @param e the exception
   * @param locale the language for people
   * @return the problem
   */
  public static ProblemDetails from(LienThongException e, Locale locale) {
    Builder b =
        builder()
            .code(e.code())
            .title(ErrorMessages.title(e.errorCode(), locale))
            .status(e.errorCode().httpStatus())
            .detail(e.message(locale));
    if (e.details().field().isPresent()) {
      b.error(FieldError.of(e, locale));
    }
    if (e instanceof RemoteServiceException r) {
      r.requestId().ifPresent(id -> b.extension("requestId", id));
    }
    return b.build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the problem type URI.
   *
   * @return the type, {@code about:blank} when no code was given
   */
  public String type() {
    return type;
  }

  /**
   * Returns the short title.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Returns the HTTP status.
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * Returns the occurrence-specific explanation.
   *
   * @return the detail
   */
  public Optional<String> detail() {
    return Optional.ofNullable(detail);
  }

  /**
   * Returns the URI of this occurrence.
   *
   * @return the instance
   */
  public Optional<String> instance() {
    return Optional.ofNullable(instance);
  }

  /**
   * Returns the stable LienThong code.
   *
   * @return the code
   */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /**
   * Returns the field errors.
   *
   * @return an unmodifiable list
   */
  public List<FieldError> errors() {
    return errors;
  }

  /**
   * Returns the further extension members.
   *
   * @return an unmodifiable map
   */
  public Map<String, Object> extensions() {
    return extensions;
  }

  /**
   * Renders the problem as JSON ({@code application/problem+json}), members in RFC order.
   *
   * @return the JSON text
   */
  public String toJson() {
    StringBuilder out = new StringBuilder(256).append('{');
    member(out, "type", type);
    member(out, "title", title);
    out.append(",\"status\":").append(status);
    if (detail != null) {
      member(out, "detail", detail);
    }
    if (instance != null) {
      member(out, "instance", instance);
    }
    if (code != null) {
      member(out, "code", code);
    }
    if (!errors.isEmpty()) {
      out.append(",\"errors\":[");
      for (int i = 0; i < errors.size(); i++) {
        FieldError e = errors.get(i);
        out.append(i == 0 ? "{" : ",{");
        out.append("\"code\":");
        Json.string(out, e.code());
        if (e.field() != null) {
          member(out, "field", e.field());
        }
        if (e.rule() != null) {
          member(out, "rule", e.rule());
        }
        if (e.path() != null) {
          member(out, "path", e.path());
        }
        member(out, "detail", e.detail());
        out.append('}');
      }
      out.append(']');
    }
    for (Map.Entry<String, Object> x : extensions.entrySet()) {
      out.append(',');
      Json.string(out, x.getKey());
      out.append(':');
      Json.value(out, x.getValue());
    }
    return out.append('}').toString();
  }

  private static void member(StringBuilder out, String name, String value) {
    if (out.length() > 1) {
      out.append(',');
    }
    Json.string(out, name);
    out.append(':');
    Json.string(out, value);
  }

  @Override
  public String toString() {
    return toJson();
  }

  /** Builds a {@link ProblemDetails}; not thread-safe. */
  public static final class Builder {
    private String type = "about:blank";
    private @Nullable String title;
    private int status = 400;
    private @Nullable String detail;
    private @Nullable String instance;
    private @Nullable String code;
    private final List<FieldError> errors = new ArrayList<>();
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the type URI; {@link #code(String)} sets it too.
     *
     * @param type the URI
     * @return this builder
     */
    public Builder type(String type) {
      this.type = Objects.requireNonNull(type, "type");
      return this;
    }

    /**
     * Sets the title (required).
     *
     * @param title the title
     * @return this builder
     */
    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title");
      return this;
    }

    /**
     * Sets the HTTP status.
     *
     * @param status 100-599
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder status(int status) {
      if (status < 100 || status > 599) {
        throw new IllegalArgumentException("status must be 100-599: " + status);
      }
      this.status = status;
      return this;
    }

    /**
     * Sets the detail.
     *
     * @param detail the detail
     * @return this builder
     */
    public Builder detail(String detail) {
      this.detail = Objects.requireNonNull(detail, "detail");
      return this;
    }

    /**
     * Sets the instance URI.
     *
     * @param instance the URI of this occurrence
     * @return this builder
     */
    public Builder instance(String instance) {
      this.instance = Objects.requireNonNull(instance, "instance");
      return this;
    }

    /**
     * Sets the stable code and the type URI derived from it.
     *
     * @param code the code
     * @return this builder
     */
    public Builder code(String code) {
      this.code = Objects.requireNonNull(code, "code");
      this.type = TYPE_PREFIX + code;
      return this;
    }

    /**
     * Adds a field error.
     *
     * @param error the error
     * @return this builder
     */
    public Builder error(FieldError error) {
      errors.add(Objects.requireNonNull(error, "error"));
      return this;
    }

    /**
     * Adds an extension member. Values may be strings, numbers, booleans, lists and maps of those.
     *
     * @param name the member name; not one of the standard members
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException if the name is a standard member
     */
    public Builder extension(String name, Object value) {
      if (List.of("type", "title", "status", "detail", "instance", "code", "errors")
          .contains(name)) {
        throw new IllegalArgumentException("reserved problem member: " + name);
      }
      extensions.put(name, Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Builds the problem.
     *
     * @return the problem
     * @throws IllegalStateException if the title is missing
     */
    public ProblemDetails build() {
      if (title == null) {
        throw new IllegalStateException("title required");
      }
      return new ProblemDetails(this);
    }
  }

  /** Minimal JSON writer for problem documents. */
  private static final class Json {
    private Json() {}

    static void value(StringBuilder out, @Nullable Object v) {
      if (v == null) {
        out.append("null");
      } else if (v instanceof Number || v instanceof Boolean) {
        out.append(v);
      } else if (v instanceof Map<?, ?> m) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : m.entrySet()) {
          if (!first) {
            out.append(',');
          }
          first = false;
          string(out, String.valueOf(e.getKey()));
          out.append(':');
          value(out, e.getValue());
        }
        out.append('}');
      } else if (v instanceof Iterable<?> list) {
        out.append('[');
        boolean first = true;
        for (Object o : list) {
          if (!first) {
            out.append(',');
          }
          first = false;
          value(out, o);
        }
        out.append(']');
      } else {
        string(out, v.toString());
      }
    }

    static void string(StringBuilder out, String s) {
      out.append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          case '\t' -> out.append("\\t");
          default -> {
            if (c < 0x20 || c == 0x2028 || c == 0x2029) {
              out.append(String.format("\\u%04x", (int) c));
            } else {
              out.append(c);
            }
          }
        }
      }
      out.append('"');
    }
  }
}
