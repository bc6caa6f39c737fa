package vn.lienthong.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The public holidays computed by the rules of the Labour Code 2019 art. 112 and the compensatory
 * days of art. 111.3, before any announcement by the government (see {@link OfficialCalendar},
 * which overrides these rules). Stateless and thread-safe.
 *
 * <p>The rules: 1 January; Tết Âm lịch, five days; Hùng Kings day, 10th day of the 3rd lunar month;
 * 30 April; 1 May; 2 September and one adjacent day. Art. 112.3 lets the Prime Minister fix the
 * exact Tết days and the adjacent National Day each year, so these rules use defaults: <b>Tết</b>
 * is the last day of the old lunar year and the first four days of the new one (the split used in
 * most years' announcements); the <b>National Day</b> adjacent day is 1 September, or 3 September
 * when 2 September is a Thursday (bridging to the weekend). A holiday on a Saturday or Sunday gives
 * a compensatory day on the next weekday that is not itself a holiday, as for civil servants with a
 * Monday-Friday week.
 *
 * <pre>{@code
 * List<Holiday> days = PublicHolidays.forYear(2026);
 * boolean off = PublicHolidays.isHoliday(LocalDate.of(2026, 4, 27)); // compensatory for Hùng Kings
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PublicHolidays {

  private PublicHolidays() {}

  private static final Comparator<Holiday> BY_DATE = new ByDate();

  /**
   * Returns the days off of a Gregorian year by the rules, compensatory days included, in date
   * order.
   *
   * @param year the year, 1900-2199
   * @return the days off
   * @throws vn.lienthong.core.InvalidInputException with {@code DATE_OUT_OF_RANGE} outside
   *     1900-2199
   */
  public static List<Holiday> forYear(int year) {
    CalendarDates.checkRange("year", LocalDate.of(Math.max(-9999, Math.min(9999, year)), 1, 1));
    List<Holiday> base = new ArrayList<>();
    base.add(new Holiday(LocalDate.of(year, 1, 1), HolidayKind.NEW_YEAR, false));
    LocalDate tet = LunarCalendar.newYear(year);
    for (int i = -1; i < 4; i++) {
      base.add(new Holiday(tet.plusDays(i), HolidayKind.LUNAR_NEW_YEAR, false));
    }
    base.add(
        new Holiday(
            LunarCalendar.toSolar(LunarDate.of(year, 3, 10)), HolidayKind.HUNG_KINGS, false));
    base.add(new Holiday(LocalDate.of(year, 4, 30), HolidayKind.VICTORY_DAY, false));
    base.add(new Holiday(LocalDate.of(year, 5, 1), HolidayKind.LABOUR_DAY, false));
    LocalDate national = LocalDate.of(year, 9, 2);
    LocalDate adjacent =
        national.getDayOfWeek() == DayOfWeek.THURSDAY
            ? national.plusDays(1)
            : national.minusDays(1);
    base.add(new Holiday(adjacent, HolidayKind.NATIONAL_DAY, false));
    base.add(new Holiday(national, HolidayKind.NATIONAL_DAY, false));
    base.sort(BY_DATE);

    Set<LocalDate> taken = new HashSet<>();
    for (Holiday h : base) {
      taken.add(h.date());
    }
    List<Holiday> all = new ArrayList<>(base);
    for (Holiday h : base) {
      if (isWeekend(h.date())) {
        LocalDate day = h.date().plusDays(1);
        while (isWeekend(day) || taken.contains(day)) {
          day = day.plusDays(1);
        }
        taken.add(day);
        all.add(new Holiday(day, h.kind(), true));
      }
    }
    all.sort(BY_DATE);
    return List.copyOf(all);
  }

  /**
   * Tells whether a date is a day off by the rules (a holiday or a compensatory day).
   *
   * @param date the date, within {@link CalendarDates#MIN}-{@link CalendarDates#MAX}
   * @return true for a day off
   * @throws NullPointerException if {@code date} is null
   * @throws vn.lienthong.core.InvalidInputException with {@code DATE_OUT_OF_RANGE} outside the
   *     range
   */
  public static boolean isHoliday(LocalDate date) {
    CalendarDates.checkRange("date", date);
    for (Holiday h : forYear(date.getYear())) {
      if (h.date().equals(date)) {
        return true;
      }
    }
    return false;
  }

  static boolean isWeekend(LocalDate date) {
    DayOfWeek d = date.getDayOfWeek();
    return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
  }

  /**
   * Orders holidays by date. A class rather than a lambda: the first lambda of a JVM costs
   * milliseconds of bootstrap that a cold start would pay on its first calendar query.
   */
  private static final class ByDate implements Comparator<Holiday> {
    @Override
    public int compare(Holiday a, Holiday b) {
      return a.date().compareTo(b.date());
    }
  }
}
