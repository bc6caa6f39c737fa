package vn.lienthong.refapp.service;

import java.time.Instant;
import java.util.Objects;
import vn.lienthong.identity.officer.Officer;
import vn.lienthong.refapp.store.StoredDossier;

/**
 * The port through which the dossier service gets a dossier's signed result when an approver
 * approves it: the documents module renders the result PDF, has it signed (approver, then agency
 * seal with the Decree 30 appearance) and returns the bytes. It registers itself with {@code
 * context.register(ResultIssuer.class, issuer)}; without one, approve-and-sign answers {@code
 * LT-APP-0106} (503).
 *
 * <p>Implementations must be thread-safe. They are called outside any database transaction and may
 * take seconds (remote signing).
 *
 * <pre>{@code
 * context.register(ResultIssuer.class, request -> new ResultIssuer.IssuedResult(
 *     "Trích lục khai sinh", "123/TLKS", pdfBytes));
 * }</pre>
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ResultIssuer {

  /**
   * Issues the signed result of a dossier.
   *
   * @param request the dossier, the approver and the time
   * @return the signed PDF and its title and number
   * @throws vn.lienthong.core.LienThongException if the result cannot be issued (the dossier then
   *     stays in progress)
   */
  IssuedResult issue(IssueRequest request);

  /**
   * What the result is for.
   *
   * @param dossier the dossier being approved (status 4, in progress)
   * @param approver the approving officer
   * @param at the approval time
   * @since 0.1.0
   */
  record IssueRequest(StoredDossier dossier, Officer approver, Instant at) {
    /**
     * Checks the parts.
     *
     * @param dossier the dossier
     * @param approver the approver
     * @param at the time
     * @throws NullPointerException if a part is null
     */
    public IssueRequest {
      Objects.requireNonNull(dossier, "dossier");
      Objects.requireNonNull(approver, "approver");
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * A signed result.
   *
   * @param title the result's title, e.g. {@code Trích lục khai sinh}
   * @param number the document number/notation, or null
   * @param pdf the signed PDF bytes
   * @since 0.1.0
   */
  record IssuedResult(String title, @org.jspecify.annotations.Nullable String number, byte[] pdf) {
    /**
     * Checks and copies the parts.
     *
     * @param title the title
     * @param number the number, or null
     * @param pdf the PDF
     * @throws NullPointerException if the title or PDF is null
     */
    public IssuedResult {
      Objects.requireNonNull(title, "title");
      pdf = Objects.requireNonNull(pdf, "pdf").clone();
    }

    /**
     * Returns a copy of the PDF bytes.
     *
     * @return the bytes
     */
    @Override
    public byte[] pdf() {
      return pdf.clone();
    }

    @Override
    public boolean equals(@org.jspecify.annotations.Nullable Object o) {
      return o instanceof IssuedResult r
          && title.equals(r.title)
          && Objects.equals(number, r.number)
          && java.util.Arrays.equals(pdf, r.pdf);
    }

    @Override
    public int hashCode() {
      return Objects.hash(title, number, java.util.Arrays.hashCode(pdf));
    }

    @Override
    public String toString() {
      return "IssuedResult[" + title + ", " + pdf.length + " bytes]";
    }
  }
}
