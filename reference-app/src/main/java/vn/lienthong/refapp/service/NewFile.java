package vn.lienthong.refapp.service;

import java.util.Objects;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.LienThongException;
import vn.lienthong.refapp.RefappErrorCode;

/**
 * A file handed in with a submission or a supplement: name, media type and bytes. The uploads
 * module sniffs and checks the content before it gets here; this record only caps sizes.
 *
 * <p>Immutable (the array is copied in and out) and thread-safe.
 *
 * @param name the file name, 1-255 characters
 * @param mediaType the media type, e.g. {@code application/pdf}
 * @param content the bytes, at most {@link #MAX_BYTES}
 * @since 0.1.0
 */
public record NewFile(String name, String mediaType, byte[] content) {

  /** The largest file accepted, in bytes (10 MiB). */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  /** The most files in one submission or supplement. */
  public static final int MAX_FILES = 20;

  /**
   * Checks and copies the parts.
   *
   * @param name the file name
   * @param mediaType the media type
   * @param content the bytes
   * @throws NullPointerException if a part is null
   * @throws LienThongException {@code LT-APP-0111} if the content is over {@link #MAX_BYTES}, or
   *     {@code LT-APP-0110} if the name or media type is blank or too long
   */
  public NewFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(content, "content");
    if (name.isBlank() || name.length() > 255) {
      throw Requests.invalid("attachment.name", "1-255 characters");
    }
    if (mediaType.isBlank() || mediaType.length() > 255) {
      throw Requests.invalid("attachment.mediaType", "1-255 characters");
    }
    if (content.length > MAX_BYTES) {
      throw new LienThongException(
          RefappErrorCode.ATTACHMENT_TOO_LARGE,
          ErrorDetails.field(name).with("size", content.length).with("max", MAX_BYTES));
    }
    content = content.clone();
  }

  /**
   * Returns a copy of the bytes.
   *
   * @return the bytes
   */
  @Override
  public byte[] content() {
    return content.clone();
  }

  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object o) {
    return o instanceof NewFile f
        && name.equals(f.name)
        && mediaType.equals(f.mediaType)
        && java.util.Arrays.equals(content, f.content);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, mediaType, java.util.Arrays.hashCode(content));
  }

  @Override
  public String toString() {
    return "NewFile[" + mediaType + ", " + content.length + " bytes]";
  }
}
