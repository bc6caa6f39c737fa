package vn.lienthong.core.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.internal.dossier.DossierChecks;

/**
 * A procedure's processing deadline (thời hạn giải quyết): a number of working days, or the same
 * day with the 15:00 rule (a dossier received after 15:00 is due the next working day).
 *
 * <p>Due dates fall at {@link #END_OF_DAY} in Viet Nam time. A dossier received on a day that is
 * not a working day counts from the next working day. Online submissions outside office hours are
 * left to the calendar: pass the time from which the calendar says they count. Records are
 * immutable and thread-safe.
 *
 * <pre>{@code
 * Instant due = ProcessingDeadline.workingDays(7).dueAt(receivedAt, workingDays);
 * }</pre>
 *
 * @param workingDays the number of working days; 0 for a same-day procedure
 * @since 0.1.0
 */
public record ProcessingDeadline(int workingDays) {

  /** After this time of day a same-day dossier is due the next working day. */
  public static final LocalTime SAME_DAY_CUTOFF = LocalTime.of(15, 0);

  /** The time of day at which a due date falls: the end of office hours. */
  public static final LocalTime END_OF_DAY = LocalTime.of(17, 0);

  /** The longest deadline accepted, in working days. */
  public static final int MAX_WORKING_DAYS = 3650;

  /**
   * Creates a deadline.
   *
   * @param workingDays 0 (same day) to {@link #MAX_WORKING_DAYS}
   * @throws InvalidInputException if out of range
   */
  public ProcessingDeadline {
    DossierChecks.nonNegative("deadline.workingDays", workingDays);
    DossierChecks.atMost("deadline.workingDays", workingDays, MAX_WORKING_DAYS);
  }

  /**
   * Returns a deadline of {@code n} working days.
   *
   * @param n the number of working days
   * @return the deadline
   * @throws InvalidInputException if out of range
   */
  public static ProcessingDeadline workingDays(int n) {
    return new ProcessingDeadline(n);
  }

  /**
   * Returns the same-day deadline with the 15:00 rule.
   *
   * @return the deadline
   */
  public static ProcessingDeadline sameDay() {
    return new ProcessingDeadline(0);
  }

  /**
   * Tells whether this is a same-day deadline.
   *
   * @return {@code true} for 0 working days
   */
  public boolean isSameDay() {
    return workingDays == 0;
  }

  /**
   * Computes the due date and time of a dossier received at {@code receivedAt}.
   *
   * @param receivedAt when the dossier was received
   * @param days the working-day calendar
   * @return the due instant, at {@link #END_OF_DAY} Viet Nam time
   * @throws NullPointerException if an argument is null
   */
  public Instant dueAt(Instant receivedAt, WorkingDays days) {
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(days, "days");
    LocalDateTime local = LocalDateTime.ofInstant(receivedAt, DossierChecks.VIET_NAM);
    LocalDate date = local.toLocalDate();
    LocalDate due;
    if (!days.isWorkingDay(date)) {
      due = days.addWorkingDays(days.addWorkingDays(date, 1), workingDays);
    } else if (isSameDay()) {
      due = local.toLocalTime().isBefore(SAME_DAY_CUTOFF) ? date : days.addWorkingDays(date, 1);
    } else {
      due = days.addWorkingDays(date, workingDays);
    }
    return endOf(due);
  }

  static Instant endOf(LocalDate date) {
    return date.atTime(END_OF_DAY).atZone(DossierChecks.VIET_NAM).toInstant();
  }
}
