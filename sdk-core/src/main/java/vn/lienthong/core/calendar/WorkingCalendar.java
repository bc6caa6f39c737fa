package vn.lienthong.core.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;

/**
 * Working days and procedure deadlines of Vietnamese public administration, in the zone {@code
 * Asia/Ho_Chi_Minh}: Monday to Friday except the public holidays and compensatory days of {@link
 * PublicHolidays}, as overridden by an {@link OfficialCalendar} (the bundled one by default).
 * Immutable and thread-safe; create one and reuse it (it caches each year's days off on first use).
 *
 * <p>Deadlines ({@link #dueAt}): a dossier received outside office hours (default 07:30-11:30 and
 * 13:00-17:00), or on a day off, counts as received when the office next opens; a deadline of N
 * working days falls due at closing time of the Nth working day after that day; a same-day deadline
 * falls due at closing time the same day, or the next working day when the dossier came in at or
 * after the cut-off (15:00 by default; Law on Civil Status 2014 art. 16 and similar rules).
 *
 * <pre>{@code
 * WorkingCalendar calendar = WorkingCalendar.create();
 * ZonedDateTime due = calendar.dueAt(receivedAt, ProcessingDeadline.workingDays(7));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class WorkingCalendar {

  /** The zone of Vietnamese administration. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  /** The default office hours: 07:30-11:30 and 13:00-17:00. */
  public static final List<OfficePeriod> DEFAULT_OFFICE_HOURS =
      List.of(
          new OfficePeriod(LocalTime.of(7, 30), LocalTime.of(11, 30)),
          new OfficePeriod(LocalTime.of(13, 0), LocalTime.of(17, 0)));

  /** The default same-day cut-off, 15:00. */
  public static final LocalTime DEFAULT_SAME_DAY_CUTOFF = LocalTime.of(15, 0);

  private static final int FIRST_YEAR = CalendarDates.MIN.getYear();
  private static final int YEARS = CalendarDates.MAX.getYear() - FIRST_YEAR + 1;

  private final OfficialCalendar official;
  private final List<OfficePeriod> officeHours;
  private final LocalTime sameDayCutoff;
  private final AtomicReferenceArray<long[]> daysOff = new AtomicReferenceArray<>(YEARS);

  private WorkingCalendar(Builder builder) {
    this.official = builder.official;
    this.officeHours = List.copyOf(builder.officeHours);
    this.sameDayCutoff = builder.sameDayCutoff;
  }

  /**
   * Returns a calendar with the bundled official calendar and the default hours.
   *
   * @return the calendar
   */
  public static WorkingCalendar create() {
    return builder().build();
  }

  /**
   * Returns a builder with the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this calendar's settings.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder()
        .officialCalendar(official)
        .officeHours(officeHours)
        .sameDayCutoff(sameDayCutoff);
  }

  /**
   * Tells whether a date is a working day.
   *
   * @param date the date, within {@link CalendarDates#MIN}-{@link CalendarDates#MAX}
   * @return true for a working day
   * @throws NullPointerException if {@code date} is null
   * @throws InvalidInputException with {@code DATE_OUT_OF_RANGE} outside the range
   */
  public boolean isWorkingDay(LocalDate date) {
    CalendarDates.checkRange("date", date);
    long[] mask = yearMask(date.getYear());
    int bit = date.getDayOfYear() - 1;
    return (mask[bit >> 6] & (1L << bit)) == 0;
  }

  /**
   * Returns the date a number of working days after a start date: the Nth working day after it
   * ({@code start} itself for 0).
   *
   * @param start the start date, not counted
   * @param workingDays the number of working days, 0 or more
   * @return the date
   * @throws NullPointerException if {@code start} is null
   * @throws InvalidInputException with {@link CoreErrorCode#WORKING_DAYS_OUT_OF_RANGE} for a
   *     negative number, {@code DATE_OUT_OF_RANGE} when the result leaves the calendar's range
   */
  public LocalDate addWorkingDays(LocalDate start, int workingDays) {
    if (workingDays < 0) {
      throw new InvalidInputException(
          CoreErrorCode.WORKING_DAYS_OUT_OF_RANGE,
          ErrorDetails.field("workingDays")
              .rule("working-days.non-negative")
              .rejectedValue(Integer.toString(workingDays))
              .with("range", ">= 0"));
    }
    CalendarDates.checkRange("start", start);
    int year = start.getYear();
    int dayOfYear = start.getDayOfYear();
    int length = start.lengthOfYear();
    long[] mask = yearMask(year);
    int remaining = workingDays;
    while (remaining > 0) {
      dayOfYear++;
      if (dayOfYear > length) {
        year++;
        dayOfYear = 1;
        length = LocalDate.of(year, 1, 1).lengthOfYear();
        CalendarDates.checkRange("result", LocalDate.of(year, 1, 1));
        mask = yearMask(year);
      }
      int bit = dayOfYear - 1;
      if ((mask[bit >> 6] & (1L << bit)) == 0) {
        remaining--;
      }
    }
    return LocalDate.ofYearDay(year, dayOfYear);
  }

  /**
   * Counts the working days after one date up to and including another; negative when {@code end}
   * is before {@code start}. {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}.
   *
   * @param start the first date, not counted
   * @param end the last date, counted
   * @return the number of working days
   * @throws NullPointerException if an argument is null
   * @throws InvalidInputException with {@code DATE_OUT_OF_RANGE} outside the calendar's range
   */
  public int workingDaysBetween(LocalDate start, LocalDate end) {
    CalendarDates.checkRange("start", start);
    CalendarDates.checkRange("end", end);
    if (end.isBefore(start)) {
      return -workingDaysBetween(end, start);
    }
    int count = 0;
    for (LocalDate d = start.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }

  /**
   * Returns the first working day after a date.
   *
   * @param date the date, not itself considered
   * @return the next working day
   * @throws NullPointerException if {@code date} is null
   * @throws InvalidInputException with {@code DATE_OUT_OF_RANGE} outside the calendar's range
   */
  public LocalDate nextWorkingDay(LocalDate date) {
    return addWorkingDays(date, 1);
  }

  /**
   * Computes when a dossier falls due. Every channel counts the same way: a dossier received
   * outside office hours (in practice an online submission in the evening or at the weekend) counts
   * from the next opening, so the channel is not a parameter.
   *
   * @param receivedAt when the dossier was received (for online dossiers, submitted)
   * @param deadline the procedure's processing deadline
   * @return the due date-time in {@link #ZONE}, at closing time
   * @throws NullPointerException if an argument is null
   * @throws InvalidInputException with {@code DATE_OUT_OF_RANGE} outside the calendar's range
   */
  public ZonedDateTime dueAt(Instant receivedAt, ProcessingDeadline deadline) {
    Objects.requireNonNull(deadline, "deadline");
    LocalDateTime counted = countedFrom(receivedAt);
    LocalDate day = counted.toLocalDate();
    LocalDate due;
    if (!deadline.isSameDay()) {
      due = addWorkingDays(day, deadline.workingDays());
    } else {
      due = counted.toLocalTime().isBefore(sameDayCutoff) ? day : nextWorkingDay(day);
    }
    return due.atTime(closingTime()).atZone(ZONE);
  }

  /**
   * Returns when counting starts for a dossier received at an instant: the instant itself during
   * office hours of a working day, otherwise the next opening time.
   *
   * @param receivedAt the instant
   * @return the local date-time counting starts from
   * @throws NullPointerException if {@code receivedAt} is null
   * @throws InvalidInputException with {@code DATE_OUT_OF_RANGE} outside the calendar's range
   */
  public LocalDateTime countedFrom(Instant receivedAt) {
    LocalDateTime local = LocalDateTime.ofInstant(receivedAt, ZONE);
    LocalDate date = local.toLocalDate();
    if (isWorkingDay(date)) {
      LocalTime time = local.toLocalTime();
      for (OfficePeriod period : officeHours) {
        if (period.contains(time)) {
          return local;
        }
        if (time.isBefore(period.start())) {
          return date.atTime(period.start());
        }
      }
    }
    return nextWorkingDay(date).atTime(officeHours.get(0).start());
  }

  /**
   * Returns the office hours.
   *
   * @return the periods in order
   */
  public List<OfficePeriod> officeHours() {
    return officeHours;
  }

  /**
   * Returns the same-day cut-off.
   *
   * @return the time
   */
  public LocalTime sameDayCutoff() {
    return sameDayCutoff;
  }

  /**
   * Returns the official calendar in use.
   *
   * @return the official calendar
   */
  public OfficialCalendar officialCalendar() {
    return official;
  }

  /**
   * Returns the closing time, at which due dates fall: the end of the last office period.
   *
   * @return the time (17:00 by default)
   */
  public LocalTime closingTime() {
    return officeHours.get(officeHours.size() - 1).end();
  }

  private long[] yearMask(int year) {
    int index = year - FIRST_YEAR;
    long[] mask = daysOff.get(index);
    if (mask == null) {
      mask = computeYear(year);
      daysOff.compareAndSet(index, null, mask);
    }
    return mask;
  }

  private long[] computeYear(int year) {
    long[] mask = new long[6];
    boolean complete = official.isComplete(year);
    if (!complete) {
      for (Holiday h : PublicHolidays.forYear(year)) {
        set(mask, h.date());
      }
    }
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      DayOfWeek w = d.getDayOfWeek();
      if (w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY) {
        set(mask, d);
      }
      var status = official.status(d);
      if (status.isPresent()) {
        int bit = d.getDayOfYear() - 1;
        if (status.get() == OfficialDayStatus.OFF) {
          mask[bit >> 6] |= 1L << bit;
        } else {
          mask[bit >> 6] &= ~(1L << bit);
        }
      }
    }
    return mask;
  }

  private static void set(long[] mask, LocalDate d) {
    int bit = d.getDayOfYear() - 1;
    mask[bit >> 6] |= 1L << bit;
  }

  /**
   * Builds a {@link WorkingCalendar}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private OfficialCalendar official = OfficialCalendar.bundled();
    private List<OfficePeriod> officeHours = DEFAULT_OFFICE_HOURS;
    private LocalTime sameDayCutoff = DEFAULT_SAME_DAY_CUTOFF;

    private Builder() {}

    /**
     * Sets the official calendar (default {@link OfficialCalendar#bundled()}; {@link
     * OfficialCalendar#empty()} for the rules alone).
     *
     * @param official the official calendar
     * @return this builder
     * @throws NullPointerException if {@code official} is null
     */
    public Builder officialCalendar(OfficialCalendar official) {
      this.official = Objects.requireNonNull(official, "official");
      return this;
    }

    /**
     * Sets the office hours (default 07:30-11:30 and 13:00-17:00).
     *
     * @param periods the periods, at least one, in order and not overlapping
     * @return this builder
     * @throws NullPointerException if {@code periods} is or contains null
     */
    public Builder officeHours(List<OfficePeriod> periods) {
      this.officeHours = List.copyOf(periods);
      return this;
    }

    /**
     * Sets the same-day cut-off (default 15:00).
     *
     * @param cutoff the time from which a same-day dossier is due the next working day
     * @return this builder
     * @throws NullPointerException if {@code cutoff} is null
     */
    public Builder sameDayCutoff(LocalTime cutoff) {
      this.sameDayCutoff = Objects.requireNonNull(cutoff, "cutoff");
      return this;
    }

    /**
     * Builds the calendar.
     *
     * @return the calendar
     * @throws ConfigurationException with {@code INVALID_CONFIGURATION} if the office hours are
     *     empty, out of order or overlapping
     */
    public WorkingCalendar build() {
      List<OfficePeriod> periods = new ArrayList<>(officeHours);
      boolean ordered = !periods.isEmpty();
      for (int i = 1; i < periods.size() && ordered; i++) {
        ordered = !periods.get(i).start().isBefore(periods.get(i - 1).end());
      }
      if (!ordered) {
        throw new ConfigurationException(
            CoreErrorCode.INVALID_CONFIGURATION,
            ErrorDetails.field("officeHours")
                .rule("office-hours.ordered-non-empty")
                .rejectedValue(periods.toString()),
            null);
      }
      return new WorkingCalendar(this);
    }
  }
}
