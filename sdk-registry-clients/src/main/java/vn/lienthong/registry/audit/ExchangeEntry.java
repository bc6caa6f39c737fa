package vn.lienthong.registry.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the exchange log: the recorded exchange, its place in the chain, the hash of the
 * entry before it and its own hash over all of that.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param sequence the position in the log, from 1
 * @param messageId the message id
 * @param client the client identifier
 * @param service the service identifier
 * @param time the time of the exchange, to the millisecond
 * @param status the status
 * @param payloadSha256 the SHA-256 of the payload, lower-case hex
 * @param user the masked user, or empty
 * @param note the masked note, or empty
 * @param previousHash the previous entry's hash, 64 zeros for the first entry
 * @param hash this entry's hash, lower-case hex SHA-256 over the fields above
 * @since 0.1.0
 */
public record ExchangeEntry(
    long sequence,
    String messageId,
    String client,
    String service,
    Instant time,
    String status,
    String payloadSha256,
    String user,
    String note,
    String previousHash,
    String hash) {

  /** The previous hash of the first entry: 64 zeros. */
  public static final String GENESIS_HASH = "0".repeat(64);

  /**
   * Checks that no part is null.
   *
   * @param sequence the position in the log
   * @param messageId the message id
   * @param client the client
   * @param service the service
   * @param time the time
   * @param status the status
   * @param payloadSha256 the payload digest
   * @param user the masked user
   * @param note the masked note
   * @param previousHash the previous entry's hash
   * @param hash this entry's hash
   * @throws NullPointerException if a part is null
   */
  public ExchangeEntry {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(payloadSha256, "payloadSha256");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(previousHash, "previousHash");
    Objects.requireNonNull(hash, "hash");
  }
}
