package vn.lienthong.core.dossier;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.internal.dossier.DossierChecks;

/**
 * A result of a dossier (kết quả giải quyết): the document issued, such as a birth certificate.
 *
 * <p>Records are immutable and thread-safe.
 *
 * <pre>{@code
 * new ResultDocument("Giấy khai sinh", "123/2026", issuedAt, attachment);
 * }</pre>
 *
 * @param title what the document is
 * @param number its number and notation, or null if it has none
 * @param issuedAt when it was issued
 * @param file the file's metadata
 * @since 0.1.0
 */
public record ResultDocument(
    String title, @Nullable String number, Instant issuedAt, Attachment file) {

  /** The longest title or number accepted. */
  public static final int MAX_TEXT_LENGTH = 500;

  /**
   * Creates a result document.
   *
   * @param title what the document is, not blank
   * @param number its number, or null
   * @param issuedAt when it was issued
   * @param file the file's metadata
   * @throws NullPointerException if a non-null argument is null
   * @throws InvalidInputException if the title or number is blank or too long
   */
  public ResultDocument {
    DossierChecks.text("result.title", title, MAX_TEXT_LENGTH);
    if (number != null) {
      DossierChecks.text("result.number", number, MAX_TEXT_LENGTH);
    }
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(file, "file");
  }
}
