package vn.lienthong.refapp.documents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.id.DossierCode;
import vn.lienthong.core.text.VietnameseText;

/**
 * What a result document shows: its kind, the dossier it answers, the issuing office, its number,
 * the issue time, the competent person who signs it, the labelled values of its body (in order)
 * and, for a certified copy, the original PDF.
 *
 * <p>Immutable and thread-safe; {@link #toString()} shows no values (they hold personal data).
 *
 * <pre>{@code
 * ResultData birth = ResultData.builder(ResultKind.BIRTH_EXTRACT)
 *     .dossierCode(code).office(office).number("15/TLKS").issuedAt(now)
 *     .approver(new Approver("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An"))
 *     .field("Họ, chữ đệm, tên", "Trần Thị Bình")
 *     .field("Ngày, tháng, năm sinh", "01/07/2025")
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ResultData {

  /** The most labelled values in a body. */
  public static final int MAX_FIELDS = 40;

  /** The longest label or value accepted, in characters. */
  public static final int MAX_TEXT_LENGTH = 500;

  /** The largest original accepted for a certified copy, in bytes (20 MiB). */
  public static final int MAX_ORIGINAL_BYTES = 20 * 1024 * 1024;

  private final ResultKind kind;
  private final DossierCode dossierCode;
  private final IssuingOffice office;
  private final String number;
  private final Instant issuedAt;
  private final Approver approver;
  private final List<Map.Entry<String, String>> fields;
  private final byte @Nullable [] original;

  private ResultData(Builder b) {
    this.kind = b.kind;
    this.dossierCode = Objects.requireNonNull(b.dossierCode, "dossierCode required");
    this.office = Objects.requireNonNull(b.office, "office required");
    this.number = Objects.requireNonNull(b.number, "number required");
    this.issuedAt = Objects.requireNonNull(b.issuedAt, "issuedAt required");
    this.approver = Objects.requireNonNull(b.approver, "approver required");
    this.fields = List.copyOf(b.fields);
    this.original = b.original;
  }

  /**
   * Starts result data of a kind.
   *
   * @param kind the kind
   * @return a builder
   * @throws NullPointerException if the argument is null
   */
  public static Builder builder(ResultKind kind) {
    return new Builder(kind);
  }

  /**
   * Returns the kind.
   *
   * @return the kind
   */
  public ResultKind kind() {
    return kind;
  }

  /**
   * Returns the dossier code.
   *
   * @return the code
   */
  public DossierCode dossierCode() {
    return dossierCode;
  }

  /**
   * Returns the issuing office.
   *
   * @return the office
   */
  public IssuingOffice office() {
    return office;
  }

  /**
   * Returns the document's number and notation ("15/TLKS").
   *
   * @return the number
   */
  public String number() {
    return number;
  }

  /**
   * Returns when the document is issued (its date line).
   *
   * @return the time
   */
  public Instant issuedAt() {
    return issuedAt;
  }

  /**
   * Returns the competent person who signs.
   *
   * @return the approver
   */
  public Approver approver() {
    return approver;
  }

  /**
   * Returns the labelled values of the body, in order.
   *
   * @return the unmodifiable label-value pairs
   */
  public List<Map.Entry<String, String>> fields() {
    return fields;
  }

  /**
   * Returns the original of a certified copy.
   *
   * @return a copy of the original PDF, empty for other kinds
   */
  public Optional<byte[]> original() {
    return Optional.ofNullable(original).map(byte[]::clone);
  }

  /**
   * Describes the data without values.
   *
   * @return a log-safe description
   */
  @Override
  public String toString() {
    return "ResultData[" + kind + ", " + dossierCode.masked() + ", " + fields.size() + " fields]";
  }

  /**
   * Builds {@link ResultData}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final ResultKind kind;
    private @Nullable DossierCode dossierCode;
    private @Nullable IssuingOffice office;
    private @Nullable String number;
    private @Nullable Instant issuedAt;
    private @Nullable Approver approver;
    private final List<Map.Entry<String, String>> fields = new ArrayList<>();
    private byte @Nullable [] original;

    private Builder(ResultKind kind) {
      this.kind = Objects.requireNonNull(kind, "kind");
    }

    /**
     * Sets the dossier code.
     *
     * @param dossierCode the code
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder dossierCode(DossierCode dossierCode) {
      this.dossierCode = Objects.requireNonNull(dossierCode, "dossierCode");
      return this;
    }

    /**
     * Sets the issuing office.
     *
     * @param office the office
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder office(IssuingOffice office) {
      this.office = Objects.requireNonNull(office, "office");
      return this;
    }

    /**
     * Sets the number and notation.
     *
     * @param number the number ("15/TLKS")
     * @return this builder
     * @throws IllegalArgumentException if blank or too long
     * @throws NullPointerException if the argument is null
     */
    public Builder number(String number) {
      this.number = text(number, "number");
      return this;
    }

    /**
     * Sets the issue time.
     *
     * @param issuedAt the time
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder issuedAt(Instant issuedAt) {
      this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
      return this;
    }

    /**
     * Sets the competent person who signs.
     *
     * @param approver the approver
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder approver(Approver approver) {
      this.approver = Objects.requireNonNull(approver, "approver");
      return this;
    }

    /**
     * Adds a labelled value to the body (NFC-normalised).
     *
     * @param label the label ("Họ, chữ đệm, tên")
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException if there are too many fields or a text is blank or too long
     * @throws NullPointerException if an argument is null
     */
    public Builder field(String label, String value) {
      if (fields.size() >= MAX_FIELDS) {
        throw new IllegalArgumentException("at most " + MAX_FIELDS + " fields");
      }
      fields.add(Map.entry(text(label, "label"), text(value, "value")));
      return this;
    }

    /**
     * Sets the original PDF of a certified copy (inspect uploads first with {@code
     * UploadInspector}).
     *
     * @param pdf the original PDF, at most {@link #MAX_ORIGINAL_BYTES}
     * @return this builder
     * @throws IllegalArgumentException if too large
     * @throws NullPointerException if the argument is null
     */
    public Builder original(byte[] pdf) {
      if (pdf.length > MAX_ORIGINAL_BYTES) {
        throw new IllegalArgumentException("original larger than " + MAX_ORIGINAL_BYTES);
      }
      this.original = pdf.clone();
      return this;
    }

    /**
     * Builds the data.
     *
     * @return the data
     * @throws IllegalStateException if a required part is missing, or a certified copy has no
     *     original (or another kind has one)
     */
    public ResultData build() {
      if (dossierCode == null || office == null || number == null || issuedAt == null) {
        throw new IllegalStateException("dossierCode, office, number and issuedAt required");
      }
      if (approver == null) {
        throw new IllegalStateException("approver required");
      }
      if ((kind == ResultKind.CERTIFIED_COPY) != (original != null)) {
        throw new IllegalStateException(
            "an original is required for, and only for, a certified copy");
      }
      return new ResultData(this);
    }

    private static String text(String value, String field) {
      String v = VietnameseText.nfc(Objects.requireNonNull(value, field)).strip();
      if (v.isEmpty() || v.length() > MAX_TEXT_LENGTH) {
        throw new IllegalArgumentException(
            field + " must have 1-" + MAX_TEXT_LENGTH + " characters");
      }
      return v;
    }
  }
}
