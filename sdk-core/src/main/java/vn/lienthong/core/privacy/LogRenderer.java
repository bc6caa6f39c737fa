package vn.lienthong.core.privacy;

import org.jspecify.annotations.Nullable;
import vn.lienthong.core.internal.Printable;
import vn.lienthong.core.internal.privacy.ObjectRenderer;

/**
 * Turns any log argument into a string that is safe to log: a {@link LogSafe} value renders as
 * {@link LogSafe#masked()}; a record, or an object with {@link PersonalData} fields, renders member
 * by member with each marked member masked per its {@link PersonalDataKind}; collections, maps,
 * arrays and {@code Optional} render element by element; any other text (including other objects'
 * {@code toString()}) goes through the {@link Scrubber}.
 *
 * <p>The result is also cut to {@link #MAX_LENGTH} characters and has control and invisible
 * characters shown as {@code U+000A}, so an argument cannot forge log lines or flood the log.
 * Rendering never throws: a failing {@code toString()} renders as {@code [unrenderable Type]}.
 * Nesting is rendered four levels deep, and 32 elements per container. All methods are static and
 * thread-safe.
 *
 * <pre>{@code
 * record Applicant(@PersonalData(PersonalDataKind.FULL_NAME) String name, String phone) {}
 * LogRenderer.render(new Applicant("Nguyễn Văn An", "0912345678"));
 * // "Applicant[name=Nguyễn V. A., phone=0******678]"
 * }</pre>
 *
 * @since 0.1.0
 */
public final class LogRenderer {

  /** The longest rendering of one argument, in characters, before the truncation marker. */
  public static final int MAX_LENGTH = 4_000;

  private LogRenderer() {}

  /**
   * Renders a value for a log line.
   *
   * @param value the value; null renders as {@code null}
   * @return the log-safe rendering
   */
  public static String render(@Nullable Object value) {
    return Printable.of(ObjectRenderer.render(value, MAX_LENGTH), MAX_LENGTH);
  }
}
