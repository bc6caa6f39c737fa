package vn.lienthong.registry.internal.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The hash of an exchange-log entry: SHA-256 over a version tag and each field as its UTF-8 length
 * in decimal, a colon, the bytes and a newline, so no two different entries share an encoding. The
 * fields, in order: sequence, message id, client, service, time (ISO-8601 UTC, milliseconds),
 * status, payload SHA-256, user, note, previous hash.
 */
public final class EntryHash {

  /** The version tag that starts every hashed encoding. */
  public static final String VERSION = "LT-EXCHANGE-LOG-1";

  private EntryHash() {}

  /**
   * Formats a time the way it is hashed and exported.
   *
   * @param time the time
   * @return for example {@code 2026-11-23T10:15:30.123Z}
   */
  public static String time(Instant time) {
    return DateTimeFormatter.ISO_INSTANT.format(time);
  }

  /**
   * Computes an entry hash.
   *
   * @param sequence the sequence number
   * @param messageId the message id
   * @param client the client
   * @param service the service
   * @param time the time, formatted with {@link #time(Instant)}
   * @param status the status
   * @param payloadSha256 the payload digest
   * @param user the masked user
   * @param note the masked note
   * @param previousHash the previous hash
   * @return 64 lower-case hex digits
   */
  public static String of(
      long sequence,
      String messageId,
      String client,
      String service,
      String time,
      String status,
      String payloadSha256,
      String user,
      String note,
      String previousHash) {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the platform", e);
    }
    for (String field :
        new String[] {
          VERSION,
          Long.toString(sequence),
          messageId,
          client,
          service,
          time,
          status,
          payloadSha256,
          user,
          note,
          previousHash
        }) {
      byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
      md.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
      md.update(bytes);
      md.update((byte) '\n');
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
