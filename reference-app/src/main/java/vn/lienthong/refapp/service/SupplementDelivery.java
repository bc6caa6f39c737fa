package vn.lienthong.refapp.service;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A supplement the applicant hands in for an open supplement request: files and a note. Delivering
 * it resumes processing (status 5 to 4) and moves the due date by the working days that were left.
 *
 * <p>Immutable and thread-safe.
 *
 * @param deliveryId an id that makes a redelivery harmless, or null
 * @param note a note to the officer, or null
 * @param files the files, at most {@link NewFile#MAX_FILES}
 * @since 0.1.0
 */
public record SupplementDelivery(
    @Nullable String deliveryId, @Nullable String note, List<NewFile> files) {

  /**
   * Checks the parts.
   *
   * @param deliveryId the id, or null
   * @param note the note, or null
   * @param files the files
   * @throws NullPointerException if files is null
   * @throws vn.lienthong.core.InvalidInputException {@code LT-APP-0110} if a text is out of bounds
   *     or there are too many files
   */
  public SupplementDelivery {
    files = List.copyOf(Objects.requireNonNull(files, "files"));
    if (deliveryId != null) {
      Requests.text("deliveryId", deliveryId, 128);
    }
    if (note != null) {
      Requests.text("note", note, OfficerCommand.MAX_TEXT);
    }
    if (files.size() > NewFile.MAX_FILES) {
      throw Requests.invalid("files", "at most " + NewFile.MAX_FILES + " files");
    }
  }
}
