package vn.lienthong.refapp.uploads;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.text.VietnameseText;
import vn.lienthong.refapp.AppConfig;

/**
 * Inspects citizens' uploads before anything stores, renders or forwards them: only PDF, JPEG and
 * PNG, recognised by magic bytes and walked structurally (never by the file name or the claimed
 * content type); a size cap checked against the claimed length before reading and enforced while
 * reading; polyglots (a file that is also a ZIP, HTML or another type, or carries data after its
 * end), decompression bombs (absurd image dimensions, Flate streams expanding beyond a bound,
 * measured without keeping the output), encrypted PDFs and PDFs with JavaScript, launch actions or
 * embedded files all refused with a code naming the field.
 *
 * <p>Instances are immutable and thread-safe; create one and reuse it.
 *
 * <pre>{@code
 * UploadInspector inspector = UploadInspector.builder().maxBytes(5 * 1024 * 1024).build();
 * InspectedUpload upload =
 *     inspector.inspect("giay-chung-sinh", request.getInputStream(), request.getContentLengthLong());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class UploadInspector {

  /** The default size cap: 10 MiB. */
  public static final int DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

  /** The highest size cap that may be configured: 64 MiB (uploads are held in memory). */
  public static final int MAX_BYTES_LIMIT = 64 * 1024 * 1024;

  /** The most pixels an image may declare (50 megapixels: a 600 dpi A4 scan has 35). */
  public static final long DEFAULT_MAX_PIXELS = 50_000_000L;

  /** The default bound on what all Flate streams of a PDF may expand to: 512 MiB. */
  public static final long DEFAULT_MAX_PDF_INFLATED_BYTES = 512L * 1024 * 1024;

  /** The longest field name accepted (it appears in messages). */
  public static final int MAX_FIELD_LENGTH = 100;

  /** Setting: the size cap in bytes. */
  public static final String MAX_BYTES_SETTING = "uploads.max-bytes";

  /** Setting: the most pixels of an image. */
  public static final String MAX_PIXELS_SETTING = "uploads.max-pixels";

  private final int maxBytes;
  private final long maxPixels;
  private final long maxPdfInflatedBytes;

  private UploadInspector(Builder b) {
    this.maxBytes = b.maxBytes;
    this.maxPixels = b.maxPixels;
    this.maxPdfInflatedBytes = b.maxPdfInflatedBytes;
  }

  /**
   * Returns an inspector with the default bounds.
   *
   * @return the inspector
   */
  public static UploadInspector create() {
    return builder().build();
  }

  /**
   * Starts a builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an inspector with the bounds of the settings {@value #MAX_BYTES_SETTING} and {@value
   * #MAX_PIXELS_SETTING}.
   *
   * @param config the settings
   * @return the inspector
   * @throws vn.lienthong.core.ConfigurationException if a setting is not a number
   * @throws IllegalArgumentException if a bound is out of range
   */
  public static UploadInspector fromConfig(AppConfig config) {
    return builder()
        .maxBytes(config.getInt(MAX_BYTES_SETTING, DEFAULT_MAX_BYTES))
        .maxPixels(config.getInt(MAX_PIXELS_SETTING, (int) DEFAULT_MAX_PIXELS))
        .build();
  }

  /**
   * Returns the size cap.
   *
   * @return the most bytes accepted
   */
  public int maxBytes() {
    return maxBytes;
  }

  /**
   * Reads and inspects an upload. A claimed length over the cap is refused before reading; the
   * stream is read up to one byte past the cap, never further.
   *
   * @param field the form field (named in error messages)
   * @param in the content (read, not closed)
   * @param claimedLength the length the client announced (Content-Length), or -1 if unknown
   * @return the inspected upload
   * @throws InvalidInputException if the upload is refused ({@code LT-APP-03xx})
   * @throws IllegalArgumentException if the field is blank or too long
   * @throws NullPointerException if an argument is null
   */
  public InspectedUpload inspect(String field, InputStream in, long claimedLength) {
    String name = field(field);
    Objects.requireNonNull(in, "in");
    if (claimedLength > maxBytes) {
      throw UploadErrors.tooLarge(name, claimedLength, maxBytes);
    }
    byte[] data;
    try {
      data = in.readNBytes(maxBytes + 1);
    } catch (IOException e) {
      throw UploadErrors.readFailed(name, e);
    }
    if (data.length > maxBytes) {
      throw UploadErrors.tooLarge(name, data.length, maxBytes);
    }
    if (claimedLength >= 0 && data.length != claimedLength) {
      throw UploadErrors.readFailed(name, null);
    }
    return check(name, data);
  }

  /**
   * Inspects an upload held in memory.
   *
   * @param field the form field
   * @param content the content
   * @return the inspected upload
   * @throws InvalidInputException if the upload is refused ({@code LT-APP-03xx})
   * @throws IllegalArgumentException if the field is blank or too long
   * @throws NullPointerException if an argument is null
   */
  public InspectedUpload inspect(String field, byte[] content) {
    String name = field(field);
    if (content.length > maxBytes) {
      throw UploadErrors.tooLarge(name, content.length, maxBytes);
    }
    return check(name, content.clone());
  }

  private InspectedUpload check(String field, byte[] data) {
    if (data.length == 0) {
      throw UploadErrors.empty(field);
    }
    UploadType type = Sniffer.sniff(field, data);
    Polyglots.check(field, data, type);
    switch (type) {
      case PDF -> PdfCheck.check(field, data, maxPdfInflatedBytes);
      case JPEG -> JpegCheck.check(field, data, maxPixels);
      case PNG -> PngCheck.check(field, data, maxPixels);
    }
    return new InspectedUpload(field, type, data);
  }

  private static String field(String field) {
    String f = VietnameseText.nfc(Objects.requireNonNull(field, "field")).strip();
    if (f.isEmpty() || f.length() > MAX_FIELD_LENGTH) {
      throw new IllegalArgumentException("field must have 1-" + MAX_FIELD_LENGTH + " characters");
    }
    return f;
  }

  /**
   * Describes the bounds.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "UploadInspector[maxBytes=" + maxBytes + ", maxPixels=" + maxPixels + "]";
  }

  /**
   * Builds {@link UploadInspector}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private int maxBytes = DEFAULT_MAX_BYTES;
    private long maxPixels = DEFAULT_MAX_PIXELS;
    private long maxPdfInflatedBytes = DEFAULT_MAX_PDF_INFLATED_BYTES;

    private Builder() {}

    /**
     * Sets the size cap.
     *
     * @param maxBytes the most bytes, 1 to {@link #MAX_BYTES_LIMIT}
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxBytes(int maxBytes) {
      if (maxBytes < 1 || maxBytes > MAX_BYTES_LIMIT) {
        throw new IllegalArgumentException("maxBytes must be 1-" + MAX_BYTES_LIMIT);
      }
      this.maxBytes = maxBytes;
      return this;
    }

    /**
     * Sets the most pixels an image may declare.
     *
     * @param maxPixels the bound, 1 to {@link #DEFAULT_MAX_PIXELS} times 4
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxPixels(long maxPixels) {
      if (maxPixels < 1 || maxPixels > 4 * DEFAULT_MAX_PIXELS) {
        throw new IllegalArgumentException("maxPixels out of range");
      }
      this.maxPixels = maxPixels;
      return this;
    }

    /**
     * Sets the bound on what all Flate streams of a PDF may expand to.
     *
     * @param bytes the bound, 1 MiB to 4 GiB
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxPdfInflatedBytes(long bytes) {
      if (bytes < 1024 * 1024 || bytes > 4L * 1024 * 1024 * 1024) {
        throw new IllegalArgumentException("maxPdfInflatedBytes must be 1 MiB - 4 GiB");
      }
      this.maxPdfInflatedBytes = bytes;
      return this;
    }

    /**
     * Builds the inspector.
     *
     * @return the inspector
     */
    public UploadInspector build() {
      return new UploadInspector(this);
    }
  }
}
