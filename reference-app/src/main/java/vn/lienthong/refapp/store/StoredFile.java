package vn.lienthong.refapp.store;

import java.util.Objects;
import vn.lienthong.core.dossier.Attachment;

/**
 * A file's metadata in the file store.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the file id
 * @param kind what it is ({@link FileStore#ATTACHMENT}, {@link FileStore#RESULT})
 * @param seq its position among the dossier's files of that kind
 * @param attachment name, media type, size and SHA-256
 * @since 0.1.0
 */
public record StoredFile(String id, String kind, int seq, Attachment attachment) {

  /**
   * Checks the parts.
   *
   * @param id the file id
   * @param kind the kind
   * @param seq the position
   * @param attachment the metadata
   * @throws NullPointerException if a part is null
   */
  public StoredFile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(attachment, "attachment");
  }
}
