package vn.lienthong.registry.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.internal.InputChecks;
import vn.lienthong.core.privacy.Scrubber;
import vn.lienthong.registry.RegistryErrorCode;

/**
 * One exchange to record in the {@link ExchangeLog}: message id, client and service (X-Road-style
 * identifiers such as {@code VN/GOV/000.00.01.H22/MOTCUA}), time, status, the SHA-256 of the
 * payload (never the payload itself), and optionally the user and a short note. The user and note
 * are scrubbed of personal numbers and e-mail addresses ({@link Scrubber}) when set; give only
 * masked names.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * ExchangeRecord r = ExchangeRecord.builder()
 *     .messageId(messageId)
 *     .client("VN/GOV/000.00.01.H22/MOTCUA")
 *     .service("VN/GOV/000.00.00.G22/DVCQG/progress/v1")
 *     .status("delivered")
 *     .payload(body)
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ExchangeRecord {

  /** The longest message id. */
  public static final int MAX_MESSAGE_ID_LENGTH = 128;

  /** The longest client or service identifier. */
  public static final int MAX_PARTY_LENGTH = 256;

  /** The longest status. */
  public static final int MAX_STATUS_LENGTH = 64;

  /** The longest user text, after masking. */
  public static final int MAX_USER_LENGTH = 128;

  /** The longest note, after masking. */
  public static final int MAX_NOTE_LENGTH = 1024;

  private static final InputChecks.Alphabet TOKEN =
      InputChecks.Alphabet.of("printable ASCII", c -> c >= 0x21 && c <= 0x7e);

  private final String messageId;
  private final String client;
  private final String service;
  private final Instant time;
  private final String status;
  private final String payloadSha256;
  private final String user;
  private final String note;

  private ExchangeRecord(Builder b) {
    this.messageId = require(b.messageId, "messageId");
    this.client = require(b.client, "client");
    this.service = require(b.service, "service");
    this.status = require(b.status, "status");
    this.payloadSha256 = require(b.payloadSha256, "payload");
    this.time = (b.time == null ? Instant.now() : b.time).truncatedTo(ChronoUnit.MILLIS);
    this.user = b.user;
    this.note = b.note;
  }

  private static String require(@Nullable String value, String name) {
    if (value == null) {
      throw new IllegalStateException(name + " required");
    }
    return value;
  }

  /**
   * Starts a builder.
   *
   * @return a builder; message id, client, service, status and payload (or its digest) are
   *     required, the time defaults to now
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the message id.
   *
   * @return the id
   */
  public String messageId() {
    return messageId;
  }

  /**
   * Returns the client identifier.
   *
   * @return the client
   */
  public String client() {
    return client;
  }

  /**
   * Returns the service identifier.
   *
   * @return the service
   */
  public String service() {
    return service;
  }

  /**
   * Returns the time of the exchange, to the millisecond.
   *
   * @return the time
   */
  public Instant time() {
    return time;
  }

  /**
   * Returns the status, such as {@code sent}, {@code delivered}, {@code failed:503}.
   *
   * @return the status
   */
  public String status() {
    return status;
  }

  /**
   * Returns the SHA-256 of the payload, 64 lower-case hex digits.
   *
   * @return the digest
   */
  public String payloadSha256() {
    return payloadSha256;
  }

  /**
   * Returns the masked user, empty if none.
   *
   * @return the user
   */
  public String user() {
    return user;
  }

  /**
   * Returns the masked note, empty if none.
   *
   * @return the note
   */
  public String note() {
    return note;
  }

  /**
   * Returns a description with the message id, parties and status.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "ExchangeRecord[" + messageId + " " + client + " -> " + service + " " + status + "]";
  }

  /**
   * Builds an {@link ExchangeRecord}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable String messageId;
    private @Nullable String client;
    private @Nullable String service;
    private @Nullable Instant time;
    private @Nullable String status;
    private @Nullable String payloadSha256;
    private String user = "";
    private String note = "";

    private Builder() {}

    /**
     * Sets the message id.
     *
     * @param messageId up to 128 printable ASCII characters
     * @return this builder
     * @throws NullPointerException if {@code messageId} is null
     * @throws InvalidInputException if empty, too long or with other characters
     */
    public Builder messageId(String messageId) {
      this.messageId = InputChecks.token("messageId", messageId, MAX_MESSAGE_ID_LENGTH, TOKEN);
      return this;
    }

    /**
     * Sets the client identifier.
     *
     * @param client up to 256 printable ASCII characters
     * @return this builder
     * @throws NullPointerException if {@code client} is null
     * @throws InvalidInputException if empty, too long or with other characters
     */
    public Builder client(String client) {
      this.client = InputChecks.token("client", client, MAX_PARTY_LENGTH, TOKEN);
      return this;
    }

    /**
     * Sets the service identifier.
     *
     * @param service up to 256 printable ASCII characters
     * @return this builder
     * @throws NullPointerException if {@code service} is null
     * @throws InvalidInputException if empty, too long or with other characters
     */
    public Builder service(String service) {
      this.service = InputChecks.token("service", service, MAX_PARTY_LENGTH, TOKEN);
      return this;
    }

    /**
     * Sets the time of the exchange; by default when {@link #build()} is called.
     *
     * @param time the time, kept to the millisecond
     * @return this builder
     * @throws NullPointerException if {@code time} is null
     */
    public Builder time(Instant time) {
      this.time = Objects.requireNonNull(time, "time");
      return this;
    }

    /**
     * Sets the status.
     *
     * @param status up to 64 printable ASCII characters
     * @return this builder
     * @throws NullPointerException if {@code status} is null
     * @throws InvalidInputException if empty, too long or with other characters
     */
    public Builder status(String status) {
      this.status = InputChecks.token("status", status, MAX_STATUS_LENGTH, TOKEN);
      return this;
    }

    /**
     * Sets the payload digest from the payload; the payload itself is not kept.
     *
     * @param payload the payload bytes
     * @return this builder
     * @throws NullPointerException if {@code payload} is null
     */
    public Builder payload(byte[] payload) {
      Objects.requireNonNull(payload, "payload");
      try {
        this.payloadSha256 =
            HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(payload));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 missing from the platform", e);
      }
      return this;
    }

    /**
     * Sets the payload digest computed elsewhere.
     *
     * @param sha256Hex 64 hex digits; stored in lower case
     * @return this builder
     * @throws NullPointerException if {@code sha256Hex} is null
     * @throws InvalidInputException if not 64 hex digits
     */
    public Builder payloadSha256(String sha256Hex) {
      Objects.requireNonNull(sha256Hex, "sha256Hex");
      if (sha256Hex.length() != 64
          || !sha256Hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
        throw new InvalidInputException(
            RegistryErrorCode.EXCHANGE_RECORD_INVALID,
            ErrorDetails.field("payloadSha256")
                .rule("sha256-hex")
                .rejectedValue(sha256Hex.length() + " characters"));
      }
      this.payloadSha256 = sha256Hex.toLowerCase(java.util.Locale.ROOT);
      return this;
    }

    /**
     * Sets who caused the exchange; personal numbers and e-mail addresses are masked.
     *
     * @param user an officer account or masked name
     * @return this builder
     * @throws NullPointerException if {@code user} is null
     * @throws InvalidInputException if longer than 128 characters after masking
     */
    public Builder user(String user) {
      this.user = masked("user", user, MAX_USER_LENGTH);
      return this;
    }

    /**
     * Sets a short note; personal numbers and e-mail addresses are masked.
     *
     * @param note the note, such as the remote error code
     * @return this builder
     * @throws NullPointerException if {@code note} is null
     * @throws InvalidInputException if longer than 1,024 characters after masking
     */
    public Builder note(String note) {
      this.note = masked("note", note, MAX_NOTE_LENGTH);
      return this;
    }

    /**
     * Builds the record.
     *
     * @return the record
     * @throws IllegalStateException if a required part is missing
     */
    public ExchangeRecord build() {
      return new ExchangeRecord(this);
    }

    private static String masked(String field, String value, int max) {
      Objects.requireNonNull(value, field);
      if (value.length() > 4 * max) {
        throw InputChecks.tooLong(field, value.length(), max);
      }
      String s = Scrubber.scrub(value.strip()).replace('\n', ' ').replace('\r', ' ');
      if (s.length() > max) {
        throw InputChecks.tooLong(field, s.length(), max);
      }
      return s;
    }
  }
}
