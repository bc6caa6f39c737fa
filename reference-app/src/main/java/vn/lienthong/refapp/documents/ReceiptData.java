package vn.lienthong.refapp.documents;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import vn.lienthong.core.dossier.Applicant;
import vn.lienthong.core.dossier.Attachment;
import vn.lienthong.core.dossier.Dossier;
import vn.lienthong.core.id.DossierCode;
import vn.lienthong.core.text.VietnameseText;

/**
 * What a receipt (giấy tiếp nhận hồ sơ và hẹn trả kết quả) shows: the dossier code, the procedure,
 * the applicant, when it was received, when the result is due, the receiving office and the
 * documents received.
 *
 * <p>Records are immutable and thread-safe; {@link #toString()} masks the applicant.
 *
 * <pre>{@code
 * ReceiptData data = ReceiptData.of(dossier, "Đăng ký khai sinh", office);
 * byte[] pdf = documents.renderReceipt(data, Audience.APPLICANT);
 * }</pre>
 *
 * @param dossierCode the dossier code
 * @param procedureName the procedure's name ("Đăng ký khai sinh")
 * @param applicant the applicant
 * @param receivedAt when the dossier was received
 * @param dueAt when the result is due
 * @param office the receiving office
 * @param documents the names of the documents received (may be empty)
 * @since 0.1.0
 */
public record ReceiptData(
    DossierCode dossierCode,
    String procedureName,
    Applicant applicant,
    Instant receivedAt,
    Instant dueAt,
    IssuingOffice office,
    List<String> documents) {

  /** The longest procedure or document name accepted, in characters. */
  public static final int MAX_NAME_LENGTH = 300;

  /** The most document names listed. */
  public static final int MAX_DOCUMENTS = 30;

  /**
   * Creates receipt data.
   *
   * @param dossierCode the dossier code
   * @param procedureName the procedure's name
   * @param applicant the applicant
   * @param receivedAt when received
   * @param dueAt when due
   * @param office the office
   * @param documents the documents received
   * @throws NullPointerException if an argument or a document name is null
   * @throws IllegalArgumentException if a name is blank or too long, there are too many documents,
   *     or the due date is before the receipt
   */
  public ReceiptData {
    Objects.requireNonNull(dossierCode, "dossierCode");
    procedureName = text(procedureName, "procedureName");
    Objects.requireNonNull(applicant, "applicant");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(office, "office");
    if (dueAt.isBefore(receivedAt)) {
      throw new IllegalArgumentException("dueAt before receivedAt");
    }
    if (documents.size() > MAX_DOCUMENTS) {
      throw new IllegalArgumentException("at most " + MAX_DOCUMENTS + " documents");
    }
    documents = documents.stream().map(d -> text(d, "documents")).toList();
  }

  /**
   * Takes the receipt's data from a dossier: its code, applicant, dates and attachment names.
   *
   * @param dossier the dossier
   * @param procedureName the procedure's name (from the procedure catalogue)
   * @param office the receiving office
   * @return the data
   * @throws NullPointerException if an argument is null
   */
  public static ReceiptData of(Dossier dossier, String procedureName, IssuingOffice office) {
    return new ReceiptData(
        dossier.code(),
        procedureName,
        dossier.applicant(),
        dossier.receivedAt(),
        dossier.dueAt(),
        office,
        dossier.attachments().stream().map(Attachment::name).limit(MAX_DOCUMENTS).toList());
  }

  private static String text(String value, String field) {
    String v = VietnameseText.nfc(Objects.requireNonNull(value, field)).strip();
    if (v.isEmpty() || v.length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException(field + " must have 1-" + MAX_NAME_LENGTH + " characters");
    }
    return v;
  }

  /**
   * Describes the receipt with the applicant masked.
   *
   * @return a log-safe description
   */
  @Override
  public String toString() {
    return "ReceiptData[" + dossierCode.masked() + ", " + applicant.masked() + "]";
  }
}
