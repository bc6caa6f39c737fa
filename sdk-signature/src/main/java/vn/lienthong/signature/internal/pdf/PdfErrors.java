package vn.lienthong.signature.internal.pdf;

import java.io.IOException;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.LienThongException;
import vn.lienthong.signature.SignatureErrorCode;

/** Builds the PDF errors of sdk-signature. Thread-safe (stateless). */
public final class PdfErrors {

  private PdfErrors() {}

  /**
   * The PDF cannot be parsed.
   *
   * @param field the argument's name
   * @param e the cause
   * @return the exception to throw
   */
  public static InvalidInputException unreadable(String field, Exception e) {
    return new InvalidInputException(
        SignatureErrorCode.PDF_UNREADABLE,
        ErrorDetails.field(field).rule("pdf.readable").with("reason", reason(e)),
        e);
  }

  /**
   * Reading or writing failed for a reason other than the PDF's content.
   *
   * @param field the argument's name
   * @param e the cause
   * @return the exception to throw
   */
  public static LienThongException io(String field, IOException e) {
    return new LienThongException(
        SignatureErrorCode.PDF_IO_FAILED,
        ErrorDetails.field(field).rule("pdf.io").with("reason", reason(e)),
        e);
  }

  /**
   * The PDF is encrypted.
   *
   * @param field the argument's name
   * @return the exception to throw
   */
  public static InvalidInputException encrypted(String field) {
    return new InvalidInputException(
        SignatureErrorCode.PDF_ENCRYPTED, ErrorDetails.field(field).rule("pdf.not-encrypted"));
  }

  private static String reason(Exception e) {
    String m = e.getMessage();
    String text = e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    return text.length() > 200 ? text.substring(0, 200) + "..." : text;
  }
}
