package vn.lienthong.core.internal.forms;

import java.util.Locale;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.ErrorMessages;
import vn.lienthong.core.forms.FormError;

/**
 * Builds {@link FormError} values with both messages from the error catalogue. Thread-safe.
 *
 * @since 0.1.0
 */
public final class FormErrors {

  private FormErrors() {}

  /**
   * Returns an error at a pointer.
   *
   * @param pointer the JSON Pointer
   * @param code the code
   * @param details further placeholders; the pointer is added as {@code path}
   * @return the error with Vietnamese and English messages
   */
  public static FormError of(String pointer, CoreErrorCode code, ErrorDetails details) {
    ErrorDetails withPath = details.path(pointer.isEmpty() ? "/" : pointer);
    return new FormError(
        pointer,
        code,
        ErrorMessages.detail(code, withPath, ErrorMessages.VIETNAMESE),
        ErrorMessages.detail(code, withPath, Locale.ENGLISH));
  }

  /**
   * Appends one reference token to a JSON Pointer, escaping {@code ~} and {@code /} (RFC 6901).
   *
   * @param pointer the parent pointer
   * @param token the property name
   * @return the child pointer
   */
  public static String child(String pointer, String token) {
    return pointer + "/" + token.replace("~", "~0").replace("/", "~1");
  }
}
