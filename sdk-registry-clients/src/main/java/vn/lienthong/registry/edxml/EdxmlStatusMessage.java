package vn.lienthong.registry.edxml;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.contracts.ContractValidator;
import vn.lienthong.registry.RegistryErrorCode;
import vn.lienthong.registry.internal.edxml.StatusXml;

/**
 * A status message (thông điệp trạng thái, QCVN 102:2016) a receiver sends back about a document:
 * 01 arrived, 02 refused (a reason is required), 03 accepted, 04 assigned, 05 in progress, 06 done.
 *
 * <p>{@link #toXml()} writes it unsigned; sign it with {@link Edxml#signer()}. Instances are
 * immutable and thread-safe.
 *
 * <pre>{@code
 * EdxmlStatusMessage m = EdxmlStatusMessage.builder()
 *     .responseFor(receivedPackage)
 *     .from(new Organ(AgencyCode.parse("000.00.00.H26"), "UBND thành phố Hà Nội"))
 *     .status(EdxmlStatusCode.REFUSED).description("Văn bản gửi sai nơi nhận")
 *     .timestamp(LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")))
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class EdxmlStatusMessage {

  private final String documentId;
  private final Organ sender;
  private final String code;
  private final LocalDate promulgationDate;
  private final Organ from;
  private final EdxmlStatusCode status;
  private final String description;
  private final LocalDateTime timestamp;
  private final String staffDepartment;
  private final String staffName;

  private EdxmlStatusMessage(Builder b) {
    if (b.documentId == null || b.sender == null || b.code == null || b.promulgationDate == null) {
      throw invalid("responseFor", "edxml.status.response-for");
    }
    if (b.from == null || b.status == null || b.timestamp == null) {
      throw invalid(
          b.from == null ? "from" : b.status == null ? "status" : "timestamp", "edxml.required");
    }
    if (b.status == EdxmlStatusCode.REFUSED && b.description.isBlank()) {
      throw invalid("description", "edxml.status.refusal-reason");
    }
    if (b.description.length() > 2000) {
      throw invalid("description", "edxml.length");
    }
    this.documentId = b.documentId;
    this.sender = b.sender;
    this.code = b.code;
    this.promulgationDate = b.promulgationDate;
    this.from = b.from;
    this.status = b.status;
    this.description = b.description;
    this.timestamp = b.timestamp.withNano(0);
    this.staffDepartment = b.staffDepartment;
    this.staffName = b.staffName;
  }

  /**
   * Starts a status message.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a status message after checking it against the edXML structure; its signature, if any, is
   * checked separately with {@link Edxml#signatureValidator}.
   *
   * @param xml the message
   * @return the message
   * @throws NullPointerException if the argument is null
   * @throws InvalidInputException with {@code LT-REG-0201}, {@code LT-REG-0202} or {@code
   *     LT-REG-0203} if it is too large, malformed or not a status message
   */
  public static EdxmlStatusMessage read(byte[] xml) {
    return StatusXml.read(Objects.requireNonNull(xml, "xml"), ContractValidator.create());
  }

  /**
   * Writes the unsigned message.
   *
   * @return UTF-8 XML satisfying {@code contracts/exchange/edxml.xsd}
   */
  public byte[] toXml() {
    return StatusXml.write(this);
  }

  /**
   * Returns the id of the document the status is about.
   *
   * @return the edXML document id
   */
  public String documentId() {
    return documentId;
  }

  /**
   * Returns the organ that sent the document.
   *
   * @return the original sender
   */
  public Organ documentSender() {
    return sender;
  }

  /**
   * Returns the document's number and notation, such as {@code 15/UBND-VP}.
   *
   * @return the code
   */
  public String documentCode() {
    return code;
  }

  /**
   * Returns the document's promulgation date.
   *
   * @return the date
   */
  public LocalDate promulgationDate() {
    return promulgationDate;
  }

  /**
   * Returns the organ reporting the status.
   *
   * @return the receiver
   */
  public Organ from() {
    return from;
  }

  /**
   * Returns the status.
   *
   * @return the status
   */
  public EdxmlStatusCode status() {
    return status;
  }

  /**
   * Returns the description; the reason for a refusal.
   *
   * @return the description, possibly empty
   */
  public String description() {
    return description;
  }

  /**
   * Returns when the status was reached, in Viet Nam time.
   *
   * @return the local time
   */
  public LocalDateTime timestamp() {
    return timestamp;
  }

  /**
   * Returns the department that handled the document.
   *
   * @return the department, possibly empty
   */
  public String staffDepartment() {
    return staffDepartment;
  }

  /**
   * Returns the officer who handled the document.
   *
   * @return the name, possibly empty
   */
  public String staffName() {
    return staffName;
  }

  @Override
  public String toString() {
    return "EdxmlStatusMessage[" + documentId + ", " + status.code() + "]";
  }

  private static InvalidInputException invalid(String field, String rule) {
    return new InvalidInputException(
        RegistryErrorCode.EDXML_INVALID_PART, ErrorDetails.field(field).rule(rule));
  }

  /**
   * Builds {@link EdxmlStatusMessage}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable String documentId;
    private @Nullable Organ sender;
    private @Nullable String code;
    private @Nullable LocalDate promulgationDate;
    private @Nullable Organ from;
    private @Nullable EdxmlStatusCode status;
    private String description = "";
    private @Nullable LocalDateTime timestamp;
    private String staffDepartment = "";
    private String staffName = "";

    private Builder() {}

    /**
     * Names the document the status is about.
     *
     * @param document the received package
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder responseFor(EdxmlPackage document) {
      return responseFor(
          document.documentId(),
          document.from(),
          document.codeNumber() + "/" + document.codeNotation(),
          document.promulgationDate());
    }

    /**
     * Names the document the status is about, part by part.
     *
     * @param documentId the edXML document id
     * @param sender the organ that sent it
     * @param code its number and notation
     * @param promulgationDate its promulgation date
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder responseFor(
        String documentId, Organ sender, String code, LocalDate promulgationDate) {
      this.documentId = Objects.requireNonNull(documentId, "documentId");
      this.sender = Objects.requireNonNull(sender, "sender");
      this.code = Objects.requireNonNull(code, "code");
      this.promulgationDate = Objects.requireNonNull(promulgationDate, "promulgationDate");
      return this;
    }

    /**
     * Sets the organ reporting the status.
     *
     * @param from the receiver of the document
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder from(Organ from) {
      this.from = Objects.requireNonNull(from, "from");
      return this;
    }

    /**
     * Sets the status.
     *
     * @param status the status
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder status(EdxmlStatusCode status) {
      this.status = Objects.requireNonNull(status, "status");
      return this;
    }

    /**
     * Sets the description; required for {@link EdxmlStatusCode#REFUSED}.
     *
     * @param description the description or reason
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * Sets when the status was reached, in Viet Nam time.
     *
     * @param timestamp the local time
     * @return this builder
     * @throws NullPointerException if the argument is null
     */
    public Builder timestamp(LocalDateTime timestamp) {
      this.timestamp = Objects.requireNonNull(timestamp, "timestamp");
      return this;
    }

    /**
     * Sets who handled the document (officer contact data are personal data; give only what the
     * sender needs).
     *
     * @param department the department
     * @param staff the officer's name
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder staff(String department, String staff) {
      this.staffDepartment = Objects.requireNonNull(department, "department");
      this.staffName = Objects.requireNonNull(staff, "staff");
      return this;
    }

    /**
     * Builds the message.
     *
     * @return the message
     * @throws InvalidInputException with {@code LT-REG-0205} if a required part is missing or a
     *     refusal has no reason
     */
    public EdxmlStatusMessage build() {
      return new EdxmlStatusMessage(this);
    }
  }
}
