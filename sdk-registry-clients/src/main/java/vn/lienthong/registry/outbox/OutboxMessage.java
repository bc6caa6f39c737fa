package vn.lienthong.registry.outbox;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.id.DossierCode;
import vn.lienthong.core.internal.InputChecks;
import vn.lienthong.core.privacy.Masking;
import vn.lienthong.registry.RegistryErrorCode;

/**
 * A message waiting in the outbox: a unique id, the ordering key (the dossier code: messages with
 * the same key are delivered one after another, in enqueue order), a type, a destination, the
 * payload bytes, headers and the creation time.
 *
 * <p>Instances are immutable and thread-safe. {@link #toString()} shows neither the payload nor the
 * header values (they may hold personal data) and masks the ordering key.
 *
 * <pre>{@code
 * OutboxMessage m = OutboxMessage.builder()
 *     .orderingKey(dossierCode)
 *     .type("portal.progress")
 *     .destination("https://portal.example/api/progress")
 *     .payload(json)
 *     .header("Content-Type", "application/json")
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class OutboxMessage {

  /** The longest message id, ordering key and type. */
  public static final int MAX_ID_LENGTH = 128;

  /** The longest destination. */
  public static final int MAX_DESTINATION_LENGTH = 1024;

  /** The largest payload in bytes (16 MiB). */
  public static final int MAX_PAYLOAD_BYTES = 16 * 1024 * 1024;

  /** The most headers a message may carry. */
  public static final int MAX_HEADERS = 32;

  /** The longest header name. */
  public static final int MAX_HEADER_NAME_LENGTH = 64;

  /** The longest header value. */
  public static final int MAX_HEADER_VALUE_LENGTH = 1024;

  private static final InputChecks.Alphabet TOKEN =
      InputChecks.Alphabet.of(
          "A-Z a-z 0-9 . _ : / -",
          c ->
              (c >= 'A' && c <= 'Z')
                  || (c >= 'a' && c <= 'z')
                  || (c >= '0' && c <= '9')
                  || c == '.'
                  || c == '_'
                  || c == ':'
                  || c == '/'
                  || c == '-');

  private static final InputChecks.Alphabet HEADER_NAME =
      InputChecks.Alphabet.of(
          "A-Z a-z 0-9 -",
          c ->
              (c >= 'A' && c <= 'Z')
                  || (c >= 'a' && c <= 'z')
                  || (c >= '0' && c <= '9')
                  || c == '-');

  private static final InputChecks.Alphabet VISIBLE_ASCII =
      InputChecks.Alphabet.of("printable ASCII", c -> c >= 0x21 && c <= 0x7e);

  private static final InputChecks.Alphabet HEADER_VALUE =
      InputChecks.Alphabet.of("printable Unicode without line breaks", c -> c >= 0x20 && c != 0x7f);

  private final String id;
  private final String orderingKey;
  private final String type;
  private final String destination;
  private final byte[] payload;
  private final Map<String, String> headers;
  private final Instant createdAt;

  private OutboxMessage(Builder b) {
    this.id = b.id == null ? UUID.randomUUID().toString() : b.id;
    this.orderingKey = require(b.orderingKey, "orderingKey");
    this.type = require(b.type, "type");
    this.destination = require(b.destination, "destination");
    this.payload = Objects.requireNonNull(b.payload, "payload");
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    this.createdAt = b.createdAt == null ? Instant.now() : b.createdAt;
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
   * @return a builder; {@code orderingKey}, {@code type}, {@code destination} and {@code payload}
   *     are required, the id defaults to a random UUID and the creation time to now
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the message id, unique in the outbox and used by the receiver to drop duplicates.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the ordering key, usually the dossier code.
   *
   * @return the key
   */
  public String orderingKey() {
    return orderingKey;
  }

  /**
   * Returns the message type, such as {@code portal.progress} or {@code edxml.send}.
   *
   * @return the type
   */
  public String type() {
    return type;
  }

  /**
   * Returns the destination: a URL or a logical name the transport understands.
   *
   * @return the destination
   */
  public String destination() {
    return destination;
  }

  /**
   * Returns a copy of the payload.
   *
   * @return the payload bytes
   */
  public byte[] payload() {
    return payload.clone();
  }

  /**
   * Returns the payload length in bytes.
   *
   * @return the length
   */
  public int payloadLength() {
    return payload.length;
  }

  /**
   * Returns the headers, in the order they were added.
   *
   * @return an unmodifiable map of header names to values
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * Returns when the message was created.
   *
   * @return the creation time
   */
  public Instant createdAt() {
    return createdAt;
  }

  /**
   * Tells whether another object is a message with the same parts.
   *
   * @param o the other object
   * @return {@code true} if equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof OutboxMessage m
        && id.equals(m.id)
        && orderingKey.equals(m.orderingKey)
        && type.equals(m.type)
        && destination.equals(m.destination)
        && Arrays.equals(payload, m.payload)
        && headers.equals(m.headers)
        && createdAt.equals(m.createdAt);
  }

  /**
   * Returns a hash code over the id.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /**
   * Returns a log-safe description: id, masked ordering key, type, destination, payload length and
   * header names.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "OutboxMessage[id="
        + id
        + ", orderingKey="
        + Masking.keepLast(orderingKey, 4)
        + ", type="
        + type
        + ", destination="
        + destination
        + ", payload="
        + payload.length
        + " bytes, headers="
        + headers.keySet()
        + "]";
  }

  /**
   * Builds an {@link OutboxMessage}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String orderingKey;
    private @Nullable String type;
    private @Nullable String destination;
    private byte @Nullable [] payload;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private @Nullable Instant createdAt;

    private Builder() {}

    /**
     * Sets the message id; by default a random UUID. Reuse the same id when the same business
     * message is enqueued again, so the receiver can drop the duplicate.
     *
     * @param id up to 128 characters from {@code A-Z a-z 0-9 . _ : / -}
     * @return this builder
     * @throws NullPointerException if {@code id} is null
     * @throws InvalidInputException if the id is empty, too long or has other characters
     */
    public Builder id(String id) {
      this.id = InputChecks.token("id", id, MAX_ID_LENGTH, TOKEN);
      return this;
    }

    /**
     * Sets the ordering key; messages with the same key are delivered in enqueue order.
     *
     * @param orderingKey up to 128 characters from {@code A-Z a-z 0-9 . _ : / -}
     * @return this builder
     * @throws NullPointerException if {@code orderingKey} is null
     * @throws InvalidInputException if the key is empty, too long or has other characters
     */
    public Builder orderingKey(String orderingKey) {
      this.orderingKey = InputChecks.token("orderingKey", orderingKey, MAX_ID_LENGTH, TOKEN);
      return this;
    }

    /**
     * Sets the ordering key to a dossier code, written in its format.
     *
     * @param dossier the dossier the message is about
     * @return this builder
     * @throws NullPointerException if {@code dossier} is null
     */
    public Builder orderingKey(DossierCode dossier) {
      return orderingKey(dossier.toString());
    }

    /**
     * Sets the message type.
     *
     * @param type up to 128 characters from {@code A-Z a-z 0-9 . _ : / -}
     * @return this builder
     * @throws NullPointerException if {@code type} is null
     * @throws InvalidInputException if the type is empty, too long or has other characters
     */
    public Builder type(String type) {
      this.type = InputChecks.token("type", type, MAX_ID_LENGTH, TOKEN);
      return this;
    }

    /**
     * Sets the destination, a URL or a logical name the transport understands.
     *
     * @param destination up to 1,024 printable ASCII characters
     * @return this builder
     * @throws NullPointerException if {@code destination} is null
     * @throws InvalidInputException if the destination is empty, too long or has other characters
     */
    public Builder destination(String destination) {
      this.destination =
          InputChecks.token("destination", destination, MAX_DESTINATION_LENGTH, VISIBLE_ASCII);
      return this;
    }

    /**
     * Sets the payload; the bytes are copied.
     *
     * @param payload at most {@link #MAX_PAYLOAD_BYTES} bytes
     * @return this builder
     * @throws NullPointerException if {@code payload} is null
     * @throws InvalidInputException if the payload is too large
     */
    public Builder payload(byte[] payload) {
      Objects.requireNonNull(payload, "payload");
      if (payload.length > MAX_PAYLOAD_BYTES) {
        throw invalid("payload", "max-bytes", payload.length + " bytes");
      }
      this.payload = payload.clone();
      return this;
    }

    /**
     * Adds a header, replacing one of the same name.
     *
     * @param name up to 64 characters from {@code A-Z a-z 0-9 -}
     * @param value up to 1,024 printable characters, no line breaks
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws InvalidInputException if the name or value breaks a rule, or there are more than
     *     {@link #MAX_HEADERS} headers
     */
    public Builder header(String name, String value) {
      String n = InputChecks.token("header", name, MAX_HEADER_NAME_LENGTH, HEADER_NAME);
      Objects.requireNonNull(value, "value");
      if (value.length() > MAX_HEADER_VALUE_LENGTH) {
        throw InputChecks.tooLong("header." + n, value.length(), MAX_HEADER_VALUE_LENGTH);
      }
      for (int i = 0; i < value.length(); i++) {
        if (!HEADER_VALUE.allows(value.charAt(i))) {
          throw InputChecks.badCharacter("header." + n, value, i, HEADER_VALUE.description());
        }
      }
      if (!headers.containsKey(n) && headers.size() >= MAX_HEADERS) {
        throw invalid("headers", "max-count", String.valueOf(headers.size() + 1));
      }
      headers.put(n, value);
      return this;
    }

    /**
     * Sets the creation time; by default the time {@link #build()} is called.
     *
     * @param createdAt the creation time
     * @return this builder
     * @throws NullPointerException if {@code createdAt} is null
     */
    public Builder createdAt(Instant createdAt) {
      this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
      return this;
    }

    /**
     * Builds the message.
     *
     * @return the message
     * @throws IllegalStateException if the ordering key, type, destination or payload is missing
     */
    public OutboxMessage build() {
      if (payload == null) {
        throw new IllegalStateException("payload required");
      }
      return new OutboxMessage(this);
    }

    private static InvalidInputException invalid(String field, String rule, String value) {
      return new InvalidInputException(
          RegistryErrorCode.OUTBOX_MESSAGE_INVALID,
          ErrorDetails.field(field).rule(rule).rejectedValue(value));
    }
  }
}
