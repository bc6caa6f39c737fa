package vn.lienthong.core.calendar;

import java.time.LocalTime;
import java.util.Objects;

/**
 * One period of office hours within a working day, such as 07:30-11:30. Immutable and thread-safe.
 *
 * @param start the opening time, included
 * @param end the closing time, excluded; after {@code start}
 * @since 0.1.0
 */
public record OfficePeriod(LocalTime start, LocalTime end) {

  /**
   * Checks the period.
   *
   * @param start the opening time
   * @param end the closing time
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code end} is not after {@code start}
   */
  public OfficePeriod {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException(
          "office period must end after it starts: " + start + "-" + end);
    }
  }

  /**
   * Returns a period from {@code HH:mm} texts.
   *
   * @param start the opening time
   * @param end the closing time
   * @return the period
   * @throws java.time.format.DateTimeParseException if a time is malformed
   * @throws IllegalArgumentException if {@code end} is not after {@code start}
   */
  public static OfficePeriod of(String start, String end) {
    return new OfficePeriod(LocalTime.parse(start), LocalTime.parse(end));
  }

  /**
   * Tells whether a time falls within the period.
   *
   * @param time the time
   * @return true if {@code start <= time < end}
   */
  public boolean contains(LocalTime time) {
    return !time.isBefore(start) && time.isBefore(end);
  }
}
