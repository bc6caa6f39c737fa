package vn.lienthong.refapp.service;

import java.util.Objects;
import vn.lienthong.core.dossier.ResultDocument;

/**
 * A dossier's signed result with its bytes.
 *
 * <p>Immutable (bytes copied) and thread-safe.
 *
 * @param document the result's metadata (title, number, issue time, file name, size, SHA-256)
 * @param pdf the signed PDF
 * @since 0.1.0
 */
public record ResultFile(ResultDocument document, byte[] pdf) {

  /**
   * Checks and copies the parts.
   *
   * @param document the metadata
   * @param pdf the bytes
   * @throws NullPointerException if a part is null
   */
  public ResultFile {
    Objects.requireNonNull(document, "document");
    pdf = Objects.requireNonNull(pdf, "pdf").clone();
  }

  /**
   * Returns a copy of the bytes.
   *
   * @return the PDF bytes
   */
  @Override
  public byte[] pdf() {
    return pdf.clone();
  }

  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object o) {
    return o instanceof ResultFile r
        && document.equals(r.document)
        && java.util.Arrays.equals(pdf, r.pdf);
  }

  @Override
  public int hashCode() {
    return Objects.hash(document, java.util.Arrays.hashCode(pdf));
  }

  @Override
  public String toString() {
    return "ResultFile[" + document.title() + ", " + pdf.length + " bytes]";
  }
}
