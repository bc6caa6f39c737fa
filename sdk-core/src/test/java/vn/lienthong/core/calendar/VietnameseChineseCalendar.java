package vn.lienthong.core.calendar;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.SimpleTimeZone;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;

/**
 * ICU4J's Chinese calendar with its astronomical computations at UTC+7: an independent
 * implementation of the Vietnamese lunisolar calendar used as a test oracle.
 */
final class VietnameseChineseCalendar extends ChineseCalendar {

  private static final long serialVersionUID = 1L;

  /** ICU 79 numbers the Chinese extended year like the Gregorian year it mostly falls in. */
  private static final int EXTENDED_YEAR_OFFSET = 0;

  VietnameseChineseCalendar() {
    super(TimeZone.GMT_ZONE, ULocale.ROOT, new SimpleTimeZone(7 * 3600 * 1000, "UTC+07:00"));
  }

  /** Returns the lunar date ICU computes for a solar date. */
  LunarDate lunar(LocalDate date) {
    clear();
    setTimeInMillis(date.toEpochDay() * 86_400_000L);
    int month = get(MONTH) + 1;
    boolean leap = get(IS_LEAP_MONTH) == 1;
    int day = get(DAY_OF_MONTH);
    // The extended year counts from the Chinese epoch; the lunar year is numbered like the
    // Gregorian year holding most of it.
    int year = get(EXTENDED_YEAR) - EXTENDED_YEAR_OFFSET;
    return new LunarDate(year, month, day, leap);
  }
}
