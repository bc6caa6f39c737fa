package vn.lienthong.refapp.uploads;

/**
 * The file types citizens may attach, recognised by their content (magic bytes and structure),
 * never by the file name or the claimed content type.
 *
 * @since 0.1.0
 */
public enum UploadType {
  /** A PDF document (ISO 32000), header {@code %PDF-} at offset 0. */
  PDF("application/pdf", "pdf"),
  /** A JPEG image (ITU T.81 / JFIF), starting with {@code FF D8 FF}. */
  JPEG("image/jpeg", "jpg"),
  /** A PNG image (ISO/IEC 15948), starting with its 8-byte signature. */
  PNG("image/png", "png");

  private final String mediaType;
  private final String extension;

  UploadType(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  /**
   * Returns the media type to serve the file with.
   *
   * @return for example {@code application/pdf}
   */
  public String mediaType() {
    return mediaType;
  }

  /**
   * Returns the file extension to store or serve the file with.
   *
   * @return for example {@code pdf}
   */
  public String extension() {
    return extension;
  }
}
