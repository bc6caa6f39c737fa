package vn.lienthong.registry.edxml;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.registry.RegistryErrorCode;

/**
 * A file carried in a package, base64-encoded in {@code AttachmentEncoded} and named by the
 * manifest.
 *
 * <p>Instances are immutable and thread-safe; the content is copied in and out.
 *
 * @param contentId the content id, {@code cid:} and 1-100 of {@code A-Z a-z 0-9 . _ @ -}
 * @param name the file name, 1-200 characters
 * @param contentType the media type, such as {@code application/pdf}
 * @param description a description, possibly empty
 * @param content the bytes
 * @since 0.1.0
 */
public record EdxmlAttachment(
    String contentId, String name, String contentType, String description, byte[] content) {

  private static final Pattern CONTENT_ID = Pattern.compile("cid:[A-Za-z0-9._@-]{1,100}");
  private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z]{1,20}/[A-Za-z0-9.+-]{1,100}");

  /**
   * Creates an attachment.
   *
   * @param contentId the content id
   * @param name the file name
   * @param contentType the media type
   * @param description the description
   * @param content the bytes
   * @throws NullPointerException if an argument is null
   * @throws InvalidInputException with {@code LT-REG-0205} if the id, name or type is invalid
   */
  public EdxmlAttachment {
    Objects.requireNonNull(description, "description");
    if (!CONTENT_ID.matcher(Objects.requireNonNull(contentId, "contentId")).matches()) {
      throw invalid("contentId");
    }
    if (Objects.requireNonNull(name, "name").isEmpty() || name.length() > 200) {
      throw invalid("name");
    }
    if (!MEDIA_TYPE.matcher(Objects.requireNonNull(contentType, "contentType")).matches()) {
      throw invalid("contentType");
    }
    content = Objects.requireNonNull(content, "content").clone();
  }

  /**
   * Returns a copy of the bytes.
   *
   * @return the content
   */
  @Override
  public byte[] content() {
    return content.clone();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof EdxmlAttachment a
        && contentId.equals(a.contentId)
        && name.equals(a.name)
        && contentType.equals(a.contentType)
        && description.equals(a.description)
        && Arrays.equals(content, a.content);
  }

  @Override
  public int hashCode() {
    return Objects.hash(contentId, name, contentType, description, Arrays.hashCode(content));
  }

  @Override
  public String toString() {
    return "EdxmlAttachment[" + contentId + ", " + contentType + ", " + content.length + " bytes]";
  }

  private static InvalidInputException invalid(String field) {
    return new InvalidInputException(
        RegistryErrorCode.EDXML_INVALID_PART,
        ErrorDetails.field("attachment." + field).rule("edxml.attachment." + field));
  }
}
