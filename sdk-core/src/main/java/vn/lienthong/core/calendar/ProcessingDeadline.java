package vn.lienthong.core.calendar;

import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;

/**
 * A procedure's processing deadline (thời hạn giải quyết): a number of working days, or the same
 * day with the cut-off rule (a dossier received at or after the cut-off, 15:00 by default, and not
 * settled at once is due the next working day).
 *
 * <p>The one deadline type of the SDK: the procedure catalogue publishes it ({@code
 * vn.lienthong.core.forms.CatalogueEntry#deadline()}), {@link WorkingCalendar#dueAt(
 * java.time.Instant, ProcessingDeadline)} turns it into a due date, and dossiers carry that due
 * date. The cut-off time and the closing time at which due dates fall are the calendar's settings,
 * not the deadline's. Records are immutable and thread-safe.
 *
 * <pre>{@code
 * ProcessingDeadline residence = ProcessingDeadline.workingDays(7);
 * ProcessingDeadline birth = ProcessingDeadline.sameDay();
 * ZonedDateTime due = WorkingCalendar.create().dueAt(receivedAt, residence);
 * }</pre>
 *
 * @param workingDays the number of working days; 0 for a same-day deadline
 * @since 0.1.0
 */
public record ProcessingDeadline(int workingDays) {

  /** The longest deadline accepted, in working days (about 14 years). */
  public static final int MAX_WORKING_DAYS = 3650;

  private static final ProcessingDeadline SAME_DAY = new ProcessingDeadline(0);

  /**
   * Creates a deadline.
   *
   * @param workingDays 0 (same day) to {@link #MAX_WORKING_DAYS}
   * @throws InvalidInputException with {@link CoreErrorCode#WORKING_DAYS_OUT_OF_RANGE} if out of
   *     range
   */
  public ProcessingDeadline {
    if (workingDays < 0 || workingDays > MAX_WORKING_DAYS) {
      throw outOfRange(workingDays, 0);
    }
  }

  /**
   * Returns a deadline of a number of working days.
   *
   * @param days the number of working days, 1 to {@link #MAX_WORKING_DAYS}
   * @return the deadline
   * @throws InvalidInputException with {@link CoreErrorCode#WORKING_DAYS_OUT_OF_RANGE} if out of
   *     range (use {@link #sameDay()} for a same-day deadline)
   */
  public static ProcessingDeadline workingDays(int days) {
    if (days < 1) {
      throw outOfRange(days, 1);
    }
    return new ProcessingDeadline(days);
  }

  /**
   * Returns the same-day deadline, with the cut-off of the calendar it is used with.
   *
   * @return the deadline
   */
  public static ProcessingDeadline sameDay() {
    return SAME_DAY;
  }

  /**
   * Tells whether this is a same-day deadline.
   *
   * @return {@code true} for 0 working days
   */
  public boolean isSameDay() {
    return workingDays == 0;
  }

  private static InvalidInputException outOfRange(int days, int min) {
    return new InvalidInputException(
        CoreErrorCode.WORKING_DAYS_OUT_OF_RANGE,
        ErrorDetails.field("deadline.workingDays")
            .rule("deadline.working-days-range")
            .rejectedValue(Integer.toString(days))
            .with("range", min + "-" + MAX_WORKING_DAYS));
  }
}
