package vn.lienthong.registry.edxml;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.registry.RegistryErrorCode;
import vn.lienthong.registry.internal.edxml.PackageXml;

/**
 * An edXML package (QCVN 102:2016/BTTTT): the message header (from, to, document id, code,
 * promulgation, type, subject, signer, due date, places), trace headers, the business document type
 * and the attachments with their manifest.
 *
 * <p>{@link #toXml()} writes the unsigned package; sign it with {@link Edxml#signer()}. Instances
 * are immutable and thread-safe.
 *
 * <pre>{@code
 * EdxmlPackage p = EdxmlPackage.builder()
 *     .from(new Organ(AgencyCode.parse("000.00.01.H22"), "UBND phường Ba Đình"))
 *     .to(new Organ(AgencyCode.parse("000.00.00.H26"), "UBND thành phố Hà Nội"))
 *     .code("15", "UBND-VP").promulgation("Hà Nội", LocalDate.of(2026, 3, 2))
 *     .documentType(1, "Công văn").subject("V/v cung cấp thông tin hộ tịch")
 *     .signer("TM. ỦY BAN NHÂN DÂN", "Chủ tịch", "Hoàng Văn D")
 *     .attachment(new EdxmlAttachment("cid:cv-15", "cv-15.pdf", "application/pdf", "", pdf))
 *     .build();
 * byte[] unsigned = p.toXml();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class EdxmlPackage {

  /** The most recipients of one package. */
  public static final int MAX_RECIPIENTS = 500;

  /** The most attachments of one package. */
  public static final int MAX_ATTACHMENTS = 100;

  private static final DateTimeFormatter SLASH_DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");

  private final Organ from;
  private final List<Organ> to;
  private final String codeNumber;
  private final String codeNotation;
  private final String place;
  private final LocalDate promulgationDate;
  private final int type;
  private final String typeName;
  private final String subject;
  private final String content;
  private final String signerCompetence;
  private final String signerPosition;
  private final String signerFullName;
  private final @Nullable LocalDate dueDate;
  private final List<String> toPlaces;
  private final List<TraceHeader> traces;
  private final BusinessDocType businessDocType;
  private final String businessDocReason;
  private final List<EdxmlAttachment> attachments;

  private EdxmlPackage(Builder b) {
    this.from = required(b.from, "from");
    this.to = List.copyOf(b.to);
    this.codeNumber = text(b.codeNumber, "code.number", 1, 20);
    this.codeNotation = text(b.codeNotation, "code.notation", 1, 100);
    this.place = text(b.place, "promulgation.place", 0, 200);
    this.promulgationDate = required(b.promulgationDate, "promulgation.date");
    this.type = b.type;
    this.typeName = text(b.typeName, "documentType.name", 1, 200);
    this.subject = text(b.subject, "subject", 1, 2000);
    this.content = text(b.content, "content", 0, 2000);
    this.signerCompetence = text(b.signerCompetence, "signer.competence", 0, 200);
    this.signerPosition = text(b.signerPosition, "signer.position", 0, 200);
    this.signerFullName = text(b.signerFullName, "signer.fullName", 1, 100);
    this.dueDate = b.dueDate;
    this.toPlaces = List.copyOf(b.toPlaces);
    this.traces = List.copyOf(b.traces);
    this.businessDocType = b.businessDocType;
    this.businessDocReason = text(b.businessDocReason, "businessDocReason", 0, 2000);
    this.attachments = List.copyOf(b.attachments);
    if (to.isEmpty() || to.size() > MAX_RECIPIENTS) {
      throw invalid("to", "edxml.recipients.count");
    }
    if (type < 0 || type > 999) {
      throw invalid("documentType.type", "edxml.document-type.range");
    }
    if (codeNumber.contains("/") || codeNumber.contains(",") || codeNumber.isBlank()) {
      throw invalid("code.number", "edxml.code-number.shape");
    }
    if (attachments.size() > MAX_ATTACHMENTS) {
      throw invalid("attachments", "edxml.attachments.count");
    }
    Set<String> ids = new HashSet<>();
    for (EdxmlAttachment a : attachments) {
      if (!ids.add(a.contentId())) {
        throw invalid("attachments", "edxml.attachments.unique-content-id");
      }
    }
  }

  /**
   * Starts a package.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the document id, {@code OrganId,yyyy/MM/dd,Number/Notation}.
   *
   * @return for example {@code 000.00.01.H22,2026/03/02,15/UBND-VP}
   */
  public String documentId() {
    return from.id().value()
        + ","
        + SLASH_DATE.format(promulgationDate)
        + ","
        + codeNumber
        + "/"
        + codeNotation;
  }

  /**
   * Writes the unsigned package.
   *
   * @return UTF-8 XML satisfying {@code contracts/exchange/edxml.xsd}
   */
  public byte[] toXml() {
    return PackageXml.write(this);
  }

  /**
   * Returns the sender.
   *
   * @return the sender
   */
  public Organ from() {
    return from;
  }

  /**
   * Returns the recipients.
   *
   * @return an unmodifiable list, not empty
   */
  public List<Organ> to() {
    return to;
  }

  /**
   * Returns the document number (số), such as {@code 15}.
   *
   * @return the number
   */
  public String codeNumber() {
    return codeNumber;
  }

  /**
   * Returns the document notation (ký hiệu), such as {@code UBND-VP}.
   *
   * @return the notation
   */
  public String codeNotation() {
    return codeNotation;
  }

  /**
   * Returns the place of promulgation.
   *
   * @return the place, possibly empty
   */
  public String place() {
    return place;
  }

  /**
   * Returns the promulgation date.
   *
   * @return the date
   */
  public LocalDate promulgationDate() {
    return promulgationDate;
  }

  /**
   * Returns the document type code.
   *
   * @return 0 to 999
   */
  public int type() {
    return type;
  }

  /**
   * Returns the document type name, such as {@code Công văn}.
   *
   * @return the name
   */
  public String typeName() {
    return typeName;
  }

  /**
   * Returns the subject (trích yếu).
   *
   * @return the subject
   */
  public String subject() {
    return subject;
  }

  /**
   * Returns the content summary.
   *
   * @return the content, possibly empty
   */
  public String content() {
    return content;
  }

  /**
   * Returns the signer's competence (thẩm quyền ký), such as {@code TM. ỦY BAN NHÂN DÂN}.
   *
   * @return the competence, possibly empty
   */
  public String signerCompetence() {
    return signerCompetence;
  }

  /**
   * Returns the signer's position.
   *
   * @return the position, possibly empty
   */
  public String signerPosition() {
    return signerPosition;
  }

  /**
   * Returns the signer's full name.
   *
   * @return the name
   */
  public String signerFullName() {
    return signerFullName;
  }

  /**
   * Returns the due date for handling the document.
   *
   * @return the date, or empty
   */
  public Optional<LocalDate> dueDate() {
    return Optional.ofNullable(dueDate);
  }

  /**
   * Returns the places the document is sent to (nơi nhận), as printed.
   *
   * @return an unmodifiable list
   */
  public List<String> toPlaces() {
    return toPlaces;
  }

  /**
   * Returns the trace headers, oldest first.
   *
   * @return an unmodifiable list
   */
  public List<TraceHeader> traces() {
    return traces;
  }

  /**
   * Returns what the package does to earlier documents.
   *
   * @return the business document type
   */
  public BusinessDocType businessDocType() {
    return businessDocType;
  }

  /**
   * Returns the reason for the business document type.
   *
   * @return the reason, possibly empty
   */
  public String businessDocReason() {
    return businessDocReason;
  }

  /**
   * Returns the attachments, in manifest order.
   *
   * @return an unmodifiable list
   */
  public List<EdxmlAttachment> attachments() {
    return attachments;
  }

  @Override
  public String toString() {
    return "EdxmlPackage[" + documentId() + ", " + attachments.size() + " attachment(s)]";
  }

  private static <T> T required(@Nullable T value, String field) {
    if (value == null) {
      throw invalid(field, "edxml.required");
    }
    return value;
  }

  private static String text(@Nullable String value, String field, int min, int max) {
    String v = value == null ? "" : value;
    if (v.length() < min || v.length() > max) {
      throw invalid(field, "edxml.length");
    }
    return v;
  }

  private static InvalidInputException invalid(String field, String rule) {
    return new InvalidInputException(
        RegistryErrorCode.EDXML_INVALID_PART, ErrorDetails.field(field).rule(rule));
  }

  /**
   * Builds {@link EdxmlPackage}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable Organ from;
    private final List<Organ> to = new ArrayList<>();
    private @Nullable String codeNumber;
    private @Nullable String codeNotation;
    private @Nullable String place;
    private @Nullable LocalDate promulgationDate;
    private int type = 1;
    private @Nullable String typeName;
    private @Nullable String subject;
    private @Nullable String content;
    private @Nullable String signerCompetence;
    private @Nullable String signerPosition;
    private @Nullable String signerFullName;
    private @Nullable LocalDate dueDate;
    private final List<String> toPlaces = new ArrayList<>();
    private final List<TraceHeader> traces = new ArrayList<>();
    private BusinessDocType businessDocType = BusinessDocType.NEW;
    private @Nullable String businessDocReason;
    private final List<EdxmlAttachment> attachments = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the sender.
     *
     * @param from the sending organ
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder from(Organ from) {
      this.from = Objects.requireNonNull(from, "from");
      return this;
    }

    /**
     * Adds a recipient.
     *
     * @param to a receiving organ
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder to(Organ to) {
      this.to.add(Objects.requireNonNull(to, "to"));
      return this;
    }

    /**
     * Sets the document number and notation (số, ký hiệu), such as {@code 15} and {@code UBND-VP}.
     *
     * @param number the number, without {@code /} or {@code ,}
     * @param notation the notation
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder code(String number, String notation) {
      this.codeNumber = Objects.requireNonNull(number, "number");
      this.codeNotation = Objects.requireNonNull(notation, "notation");
      return this;
    }

    /**
     * Sets the place and date of promulgation.
     *
     * @param place the place, such as {@code Hà Nội}
     * @param date the date
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder promulgation(String place, LocalDate date) {
      this.place = Objects.requireNonNull(place, "place");
      this.promulgationDate = Objects.requireNonNull(date, "date");
      return this;
    }

    /**
     * Sets the document type.
     *
     * @param type the type code, 0 to 999
     * @param name the type name, such as {@code Công văn}
     * @return this builder
     * @throws NullPointerException if the name is null
     */
    public Builder documentType(int type, String name) {
      this.type = type;
      this.typeName = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets the subject (trích yếu).
     *
     * @param subject the subject
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder subject(String subject) {
      this.subject = Objects.requireNonNull(subject, "subject");
      return this;
    }

    /**
     * Sets the content summary.
     *
     * @param content the content
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder content(String content) {
      this.content = Objects.requireNonNull(content, "content");
      return this;
    }

    /**
     * Sets the signer.
     *
     * @param competence the competence, possibly empty
     * @param position the position, possibly empty
     * @param fullName the full name
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder signer(String competence, String position, String fullName) {
      this.signerCompetence = Objects.requireNonNull(competence, "competence");
      this.signerPosition = Objects.requireNonNull(position, "position");
      this.signerFullName = Objects.requireNonNull(fullName, "fullName");
      return this;
    }

    /**
     * Sets the due date.
     *
     * @param dueDate the date
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder dueDate(LocalDate dueDate) {
      this.dueDate = Objects.requireNonNull(dueDate, "dueDate");
      return this;
    }

    /**
     * Adds a place the document is sent to, as printed (nơi nhận).
     *
     * @param place the place
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder toPlace(String place) {
      this.toPlaces.add(Objects.requireNonNull(place, "place"));
      return this;
    }

    /**
     * Adds a trace header.
     *
     * @param trace the trace header
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder trace(TraceHeader trace) {
      this.traces.add(Objects.requireNonNull(trace, "trace"));
      return this;
    }

    /**
     * Sets what the package does to earlier documents; {@link BusinessDocType#NEW} by default.
     *
     * @param type the type
     * @param reason the reason, possibly empty
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder business(BusinessDocType type, String reason) {
      this.businessDocType = Objects.requireNonNull(type, "type");
      this.businessDocReason = Objects.requireNonNull(reason, "reason");
      return this;
    }

    /**
     * Adds an attachment.
     *
     * @param attachment the attachment
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder attachment(EdxmlAttachment attachment) {
      this.attachments.add(Objects.requireNonNull(attachment, "attachment"));
      return this;
    }

    /**
     * Builds the package.
     *
     * @return the package
     * @throws InvalidInputException with {@code LT-REG-0205} if a required part (sender, recipient,
     *     code, promulgation date, type name, subject, signer name) is missing or a part is too
     *     long
     */
    public EdxmlPackage build() {
      return new EdxmlPackage(this);
    }
  }
}
