package vn.lienthong.refapp.service;

import java.time.Instant;
import java.util.Objects;
import vn.lienthong.identity.officer.Officer;
import vn.lienthong.refapp.store.StoredDossier;

/**
 * The port through which the dossier service gets a dossier's signed result, in two steps: when an
 * approver approves, {@link #issue} renders the result PDF and has the approver sign it; when the
 * clerk (văn thư) seals, {@link #seal} adds the agency's signature with the Decree 30 red seal over
 * the approver's. The documents module registers itself with {@code
 * context.register(ResultIssuer.class, issuer)}; without one, approve-and-sign answers {@code
 * LT-APP-0106} (503). An issuer whose {@link #issue} already applies both signatures keeps the
 * default {@link #seal}, which returns the PDF unchanged.
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
   * Applies the agency's signature (the seal) over a result the approver signed.
   *
   * <p>The default returns the PDF unchanged, for issuers whose {@link #issue} signs twice.
   *
   * @param request the dossier, the approver-signed PDF, the clerk and the time
   * @return the PDF with both signatures, the approver's first
   * @throws vn.lienthong.core.LienThongException if the seal cannot be applied (the result then
   *     keeps waiting for it)
   */
  default byte[] seal(SealRequest request) {
    return request.approved();
  }

  /**
   * What the agency seal is for.
   *
   * @param dossier the dossier (status 9, its result awaiting the seal)
   * @param approved the PDF signed by the approver
   * @param clerk the clerk (văn thư) applying the seal
   * @param at the time
   * @since 0.1.0
   */
  record SealRequest(StoredDossier dossier, byte[] approved, Officer clerk, Instant at) {
    /**
     * Checks and copies the parts.
     *
     * @param dossier the dossier
     * @param approved the approver-signed PDF
     * @param clerk the clerk
     * @param at the time
     * @throws NullPointerException if a part is null
     */
    public SealRequest {
      Objects.requireNonNull(dossier, "dossier");
      approved = Objects.requireNonNull(approved, "approved").clone();
      Objects.requireNonNull(clerk, "clerk");
      Objects.requireNonNull(at, "at");
    }

    /**
     * Returns a copy of the approver-signed PDF.
     *
     * @return the bytes
     */
    @Override
    public byte[] approved() {
      return approved.clone();
    }

    @Override
    public boolean equals(@org.jspecify.annotations.Nullable Object o) {
      return o instanceof SealRequest r
          && dossier.equals(r.dossier)
          && java.util.Arrays.equals(approved, r.approved)
          && clerk.equals(r.clerk)
          && at.equals(r.at);
    }

    @Override
    public int hashCode() {
      return Objects.hash(dossier, java.util.Arrays.hashCode(approved), clerk, at);
    }

    @Override
    public String toString() {
      return "SealRequest[" + dossier.dossier().code() + ", " + approved.length + " bytes]";
    }
  }

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
   * @param pdf the PDF signed by the approver (and by the agency too, if {@link #seal} is the
   *     default)
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
