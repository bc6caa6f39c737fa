package vn.lienthong.core.dossier;

import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.internal.dossier.DossierChecks;

/**
 * The metadata of a file submitted with or issued for a dossier: name, media type, size and SHA-256
 * digest. The content itself is stored elsewhere; the digest binds it.
 *
 * <p>Records are immutable and thread-safe.
 *
 * <pre>{@code
 * new Attachment("CT01.pdf", "application/pdf", 48_213, sha256Hex);
 * }</pre>
 *
 * @param name the file name
 * @param mediaType the media type, for example {@code application/pdf}
 * @param size the size in bytes
 * @param sha256 the SHA-256 digest of the content as 64 lower-case hexadecimal digits
 * @since 0.1.0
 */
public record Attachment(String name, String mediaType, long size, String sha256) {

  /** The longest file name accepted. */
  public static final int MAX_NAME_LENGTH = 255;

  /** The longest media type accepted (RFC 6838 allows 127 + 1 + 127 characters). */
  public static final int MAX_MEDIA_TYPE_LENGTH = 255;

  /**
   * Creates attachment metadata; the digest is stored in lower case.
   *
   * @param name the file name, not blank
   * @param mediaType the media type, not blank
   * @param size the size in bytes, zero or more
   * @param sha256 64 hexadecimal digits
   * @throws NullPointerException if an argument is null
   * @throws InvalidInputException if a value breaks its rule
   */
  public Attachment {
    DossierChecks.text("attachment.name", name, MAX_NAME_LENGTH);
    DossierChecks.text("attachment.mediaType", mediaType, MAX_MEDIA_TYPE_LENGTH);
    DossierChecks.nonNegative("attachment.size", size);
    sha256 = DossierChecks.sha256("attachment.sha256", sha256);
  }
}
