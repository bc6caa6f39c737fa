package vn.lienthong.refapp.uploads;

import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.refapp.RefappErrorCode;

/** The errors of upload inspection, each naming the form field. Stateless and thread-safe. */
final class UploadErrors {

  private UploadErrors() {}

  static InvalidInputException tooLarge(String field, long length, long max) {
    return new InvalidInputException(
        RefappErrorCode.UPLOAD_TOO_LARGE,
        ErrorDetails.field(field).rule("upload.max-bytes").with("length", length).with("max", max));
  }

  static InvalidInputException typeNotAllowed(String field, String rule) {
    return error(RefappErrorCode.UPLOAD_TYPE_NOT_ALLOWED, field, rule, null);
  }

  static InvalidInputException polyglot(String field, String rule) {
    return error(RefappErrorCode.UPLOAD_POLYGLOT, field, rule, null);
  }

  static InvalidInputException malformed(String field, String rule) {
    return error(RefappErrorCode.UPLOAD_MALFORMED, field, rule, null);
  }

  static InvalidInputException malformed(String field, String rule, @Nullable Throwable cause) {
    return error(RefappErrorCode.UPLOAD_MALFORMED, field, rule, cause);
  }

  static InvalidInputException bomb(String field, String rule) {
    return error(RefappErrorCode.UPLOAD_DECOMPRESSION_BOMB, field, rule, null);
  }

  static InvalidInputException encrypted(String field) {
    return error(RefappErrorCode.UPLOAD_PDF_ENCRYPTED, field, "pdf.not-encrypted", null);
  }

  static InvalidInputException activeContent(String field, String what) {
    return error(RefappErrorCode.UPLOAD_PDF_ACTIVE_CONTENT, field, what, null);
  }

  static InvalidInputException empty(String field) {
    return error(RefappErrorCode.UPLOAD_EMPTY, field, "upload.not-empty", null);
  }

  static InvalidInputException readFailed(String field, @Nullable Throwable cause) {
    return error(RefappErrorCode.UPLOAD_READ_FAILED, field, "upload.complete", cause);
  }

  private static InvalidInputException error(
      RefappErrorCode code, String field, String rule, @Nullable Throwable cause) {
    return new InvalidInputException(code, ErrorDetails.field(field).rule(rule), cause);
  }
}
