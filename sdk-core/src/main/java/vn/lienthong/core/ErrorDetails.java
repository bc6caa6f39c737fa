package vn.lienthong.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.internal.Printable;

/**
 * What went wrong, in terms a person and a program can both use: the field, the rule (a stable rule
 * identifier such as {@code tax-code.check-digit}), the rejected value and, in nested forms, the
 * path to the field; plus any further named arguments the message template uses.
 *
 * <p>Values are stored log-safe: {@link #rejectedValue(String)} truncates long values and shows
 * invisible and control characters as {@code U+200B}, so a 10 MB or hostile input cannot flood logs
 * or forge log lines. Personal data must be masked by the caller before it is passed here.
 *
 * <p>Instances are immutable and thread-safe; every {@code with}-style method returns a new
 * instance.
 *
 * <pre>{@code
 * ErrorDetails.field("taxCode").rule("tax-code.check-digit").rejectedValue("0100233480")
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ErrorDetails {

  /** Longest rejected value kept in details, in characters; longer values are truncated. */
  public static final int MAX_REJECTED_VALUE_LENGTH = 64;

  /** Argument name of the field. */
  public static final String FIELD = "field";

  /** Argument name of the rule identifier. */
  public static final String RULE = "rule";

  /** Argument name of the rejected value. */
  public static final String VALUE = "value";

  /** Argument name of the path inside a nested form. */
  public static final String PATH = "path";

  private static final ErrorDetails EMPTY = new ErrorDetails(Map.of());

  private final Map<String, String> arguments;

  private ErrorDetails(Map<String, String> arguments) {
    this.arguments = arguments;
  }

  /**
   * Returns details with no arguments.
   *
   * @return the empty details
   */
  public static ErrorDetails none() {
    return EMPTY;
  }

  /**
   * Returns details naming a field.
   *
   * @param field the field name as the caller knows it, for example {@code personalIdNumber}
   * @return new details
   */
  public static ErrorDetails field(String field) {
    return EMPTY.with(FIELD, field);
  }

  /**
   * Returns a copy with the rule identifier set.
   *
   * @param rule a stable rule identifier, for example {@code personal-id.length}
   * @return new details
   */
  public ErrorDetails rule(String rule) {
    return with(RULE, rule);
  }

  /**
   * Returns a copy with the rejected value set, truncated and with invisible characters made
   * visible.
   *
   * @param value the rejected value, already masked if it is personal data; null is shown as {@code
   *     null}
   * @return new details
   */
  public ErrorDetails rejectedValue(@Nullable String value) {
    return with(VALUE, value == null ? "null" : Printable.of(value, MAX_REJECTED_VALUE_LENGTH));
  }

  /**
   * Returns a copy with the path of the field inside a nested form, for example {@code
   * /mother/personalIdNumber}.
   *
   * @param path a JSON-pointer-like path
   * @return new details
   */
  public ErrorDetails path(String path) {
    return with(PATH, path);
  }

  /**
   * Returns a copy with one more named argument for the message template.
   *
   * @param name the placeholder name used in the message template
   * @param value the value; its {@code toString()} is stored (made printable and truncated)
   * @return new details
   */
  public ErrorDetails with(String name, Object value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    Map<String, String> copy = new LinkedHashMap<>(arguments);
    copy.put(name, Printable.of(value.toString(), 4 * MAX_REJECTED_VALUE_LENGTH));
    return new ErrorDetails(Collections.unmodifiableMap(copy));
  }

  /**
   * Returns the field, if named.
   *
   * @return the field
   */
  public Optional<String> field() {
    return Optional.ofNullable(arguments.get(FIELD));
  }

  /**
   * Returns the rule identifier, if set.
   *
   * @return the rule
   */
  public Optional<String> rule() {
    return Optional.ofNullable(arguments.get(RULE));
  }

  /**
   * Returns the log-safe rejected value, if set.
   *
   * @return the value
   */
  public Optional<String> rejectedValue() {
    return Optional.ofNullable(arguments.get(VALUE));
  }

  /**
   * Returns the path inside a nested form, if set.
   *
   * @return the path
   */
  public Optional<String> path() {
    return Optional.ofNullable(arguments.get(PATH));
  }

  /**
   * Returns every argument, in insertion order.
   *
   * @return an unmodifiable map of argument names to log-safe values
   */
  public Map<String, String> arguments() {
    return arguments;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ErrorDetails other && arguments.equals(other.arguments);
  }

  @Override
  public int hashCode() {
    return arguments.hashCode();
  }

  @Override
  public String toString() {
    return arguments.toString();
  }
}
