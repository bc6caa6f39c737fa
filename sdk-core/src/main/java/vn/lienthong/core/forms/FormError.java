package vn.lienthong.core.forms;

import java.util.Objects;
import vn.lienthong.core.ErrorCode;

/**
 * One reason a form document is not acceptable: where (a JSON Pointer, RFC 6901), a stable code
 * ({@code LT-CORE-07xx}) and the message in Vietnamese and English.
 *
 * <p>Messages name fields and rules, never the submitted values, so errors may be logged. Instances
 * are immutable and thread-safe.
 *
 * @param pointer the JSON Pointer of the field, for example {@code /child/birthDate}; empty for the
 *     whole document
 * @param code the stable error code
 * @param messageVi the Vietnamese message
 * @param messageEn the English message
 * @since 0.1.0
 */
public record FormError(String pointer, ErrorCode code, String messageVi, String messageEn) {

  /**
   * Creates an error.
   *
   * @param pointer the JSON Pointer
   * @param code the code
   * @param messageVi the Vietnamese message
   * @param messageEn the English message
   * @throws NullPointerException if any component is null
   */
  public FormError {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(messageVi, "messageVi");
    Objects.requireNonNull(messageEn, "messageEn");
  }
}
