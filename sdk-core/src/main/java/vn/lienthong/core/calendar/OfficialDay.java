package vn.lienthong.core.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One announced day of an {@link OfficialCalendar}. Immutable and thread-safe.
 *
 * @param date the day
 * @param status off or working
 * @param note the free text after the status in the file, possibly empty
 * @since 0.1.0
 */
public record OfficialDay(LocalDate date, OfficialDayStatus status, String note) {

  /**
   * Checks the components.
   *
   * @param date the day
   * @param status the status
   * @param note the note
   * @throws NullPointerException if a component is null
   */
  public OfficialDay {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(note, "note");
  }
}
