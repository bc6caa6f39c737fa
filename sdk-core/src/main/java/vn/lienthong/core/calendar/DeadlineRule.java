package vn.lienthong.core.calendar;

import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;

/**
 * How long a procedure may take: a number of working days, or the same day with the 15:00 rule (a
 * dossier received after the cut-off and not settled at once is due the next working day).
 * Implementations are immutable and thread-safe.
 *
 * <pre>{@code
 * DeadlineRule residence = DeadlineRule.workingDays(7);
 * DeadlineRule birth = DeadlineRule.sameDay();
 * }</pre>
 *
 * @since 0.1.0
 */
public sealed interface DeadlineRule {

  /**
   * Returns a rule of a number of working days.
   *
   * @param days the number of working days, at least 1
   * @return the rule
   * @throws InvalidInputException with {@link CoreErrorCode#WORKING_DAYS_OUT_OF_RANGE} if {@code
   *     days} is below 1
   */
  static DeadlineRule workingDays(int days) {
    return new WorkingDays(days);
  }

  /**
   * Returns the same-day rule with the cut-off of the {@link WorkingCalendar} it is used with.
   *
   * @return the rule
   */
  static DeadlineRule sameDay() {
    return SameDay.INSTANCE;
  }

  /**
   * A deadline of a number of working days after the day counting starts.
   *
   * @param days the number of working days, at least 1
   * @since 0.1.0
   */
  record WorkingDays(int days) implements DeadlineRule {

    /**
     * Checks the number of days.
     *
     * @param days the number of working days
     * @throws InvalidInputException with {@link CoreErrorCode#WORKING_DAYS_OUT_OF_RANGE} if below 1
     */
    public WorkingDays {
      if (days < 1) {
        throw new InvalidInputException(
            CoreErrorCode.WORKING_DAYS_OUT_OF_RANGE,
            ErrorDetails.field("deadlineRule.days")
                .rule("deadline.working-days-min")
                .rejectedValue(Integer.toString(days))
                .with("min", 1));
      }
    }
  }

  /**
   * The same-day deadline: due at the end of the day of receipt, or of the next working day when
   * received after the cut-off (15:00 by default).
   *
   * @since 0.1.0
   */
  record SameDay() implements DeadlineRule {
    static final SameDay INSTANCE = new SameDay();
  }
}
