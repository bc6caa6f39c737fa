package vn.lienthong.core.forms;

import java.time.LocalTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A procedure's published deadline as data: either a number of working days, or the same day with a
 * cut-off time (dossiers received after it, and not done at once, are due the next working day).
 *
 * <p>In the catalogue: {@code {"workingDays": 7}} or {@code {"sameDay": true, "cutoff": "15:00"}}.
 * Computing a due date from it is the calendar's job. Instances are immutable and thread-safe.
 *
 * @param workingDays the number of working days, or 0 for a same-day deadline
 * @param cutoff the same-day cut-off time, or null for a working-days deadline
 * @since 0.1.0
 */
public record CatalogueDeadline(int workingDays, @Nullable LocalTime cutoff) {

  /**
   * Creates a deadline.
   *
   * @param workingDays positive for a working-days deadline, 0 for same day
   * @param cutoff the cut-off, required exactly when {@code workingDays} is 0
   * @throws IllegalArgumentException if the combination is not one of the two kinds
   */
  public CatalogueDeadline {
    if (workingDays < 0 || workingDays > 365) {
      throw new IllegalArgumentException("workingDays must be 0..365");
    }
    if ((workingDays == 0) != (cutoff != null)) {
      throw new IllegalArgumentException("a deadline is either working days or same day + cutoff");
    }
  }

  /**
   * Returns a deadline of N working days.
   *
   * @param days the number of working days, 1..365
   * @return the deadline
   * @throws IllegalArgumentException if {@code days} is out of range
   */
  public static CatalogueDeadline workingDays(int days) {
    if (days < 1) {
      throw new IllegalArgumentException("days must be positive");
    }
    return new CatalogueDeadline(days, null);
  }

  /**
   * Returns a same-day deadline with a cut-off.
   *
   * @param cutoff the cut-off, typically 15:00
   * @return the deadline
   */
  public static CatalogueDeadline sameDay(LocalTime cutoff) {
    return new CatalogueDeadline(0, cutoff);
  }

  /**
   * Returns whether this is a same-day deadline.
   *
   * @return true when there is a cut-off
   */
  public boolean isSameDay() {
    return cutoff != null;
  }

  /**
   * Returns the same-day cut-off.
   *
   * @return the cut-off, empty for a working-days deadline
   */
  public Optional<LocalTime> sameDayCutoff() {
    return Optional.ofNullable(cutoff);
  }
}
