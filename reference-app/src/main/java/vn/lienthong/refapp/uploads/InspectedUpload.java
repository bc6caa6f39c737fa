package vn.lienthong.refapp.uploads;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An upload that passed inspection: its field, its type by content, its bytes and their SHA-256.
 *
 * <p>Immutable and thread-safe; {@link #toString()} shows no content.
 *
 * @since 0.1.0
 */
public final class InspectedUpload {

  private final String field;
  private final UploadType type;
  private final byte[] content;
  private final String sha256;

  InspectedUpload(String field, UploadType type, byte[] content) {
    this.field = Objects.requireNonNull(field, "field");
    this.type = Objects.requireNonNull(type, "type");
    this.content = content;
    try {
      this.sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }

  /**
   * Returns the form field the file came in.
   *
   * @return the field
   */
  public String field() {
    return field;
  }

  /**
   * Returns the type found from the content.
   *
   * @return the type
   */
  public UploadType type() {
    return type;
  }

  /**
   * Returns the size.
   *
   * @return the size in bytes
   */
  public int size() {
    return content.length;
  }

  /**
   * Returns the content.
   *
   * @return a copy of the bytes
   */
  public byte[] content() {
    return content.clone();
  }

  /**
   * Returns the SHA-256 of the content, in lower-case hex (as sdk-core's {@code Attachment} takes).
   *
   * @return the digest
   */
  public String sha256() {
    return sha256;
  }

  /**
   * Describes the upload without its content.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "InspectedUpload[" + field + ", " + type + ", " + content.length + " bytes]";
  }
}
