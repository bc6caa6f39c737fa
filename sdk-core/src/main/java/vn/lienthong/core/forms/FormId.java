package vn.lienthong.core.forms;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identity of one version of a standard e-form: a name such as {@code birth-registration} and a
 * version such as {@code 1.0}; its schema's {@code $id} is {@code
 * urn:lienthong:form:<name>:<version>}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * FormId.BIRTH_REGISTRATION.urn();  // "urn:lienthong:form:birth-registration:1.0"
 * }</pre>
 *
 * @param name the form name: lower-case ASCII letters, digits and hyphens
 * @param version the version: digits separated by dots
 * @since 0.1.0
 */
public record FormId(String name, String version) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,62}");
  private static final Pattern VERSION = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){0,2}");

  /** Birth registration (đăng ký khai sinh), procedure 1.001193. */
  public static final FormId BIRTH_REGISTRATION = new FormId("birth-registration", "1.0");

  /** Death registration (đăng ký khai tử), procedure 1.000656. */
  public static final FormId DEATH_REGISTRATION = new FormId("death-registration", "1.0");

  /** Marriage registration (đăng ký kết hôn), procedure 1.000894. */
  public static final FormId MARRIAGE_REGISTRATION = new FormId("marriage-registration", "1.0");

  /** Permanent residence (đăng ký thường trú, form CT01), procedure 1.004222. */
  public static final FormId PERMANENT_RESIDENCE = new FormId("permanent-residence", "1.0");

  /** Temporary residence (đăng ký tạm trú, form CT01), procedure 1.004194. */
  public static final FormId TEMPORARY_RESIDENCE = new FormId("temporary-residence", "1.0");

  /** Certified copy from the original (chứng thực bản sao từ bản chính), procedure 2.000815. */
  public static final FormId CERTIFIED_COPY = new FormId("certified-copy", "1.0");

  /** Household business registration (đăng ký hộ kinh doanh), procedure 1.001612. */
  public static final FormId HOUSEHOLD_BUSINESS_REGISTRATION =
      new FormId("household-business-registration", "1.0");

  /**
   * Creates a form identity.
   *
   * @param name the form name
   * @param version the version
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name or version does not have the documented shape
   */
  public FormId {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("form name must be lower-case letters, digits, hyphens");
    }
    if (!VERSION.matcher(version).matches()) {
      throw new IllegalArgumentException("form version must be digits separated by dots");
    }
  }

  /**
   * Returns the schema's {@code $id}.
   *
   * @return {@code urn:lienthong:form:<name>:<version>}
   */
  public String urn() {
    return "urn:lienthong:form:" + name + ":" + version;
  }

  /**
   * Returns the path of the bundled schema resource relative to this package.
   *
   * @return for example {@code birth-registration/1.0.json}
   */
  public String resourcePath() {
    return name + "/" + version + ".json";
  }

  @Override
  public String toString() {
    return name + ":" + version;
  }
}
