package vn.lienthong.core.dossier;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** A test calendar whose only days off are Saturdays and Sundays. */
final class WeekendsOnly implements WorkingDays {

  static final WeekendsOnly INSTANCE = new WeekendsOnly();

  @Override
  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek d = date.getDayOfWeek();
    return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
  }

  @Override
  public LocalDate addWorkingDays(LocalDate from, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days < 0");
    }
    LocalDate d = from;
    for (int left = days; left > 0; ) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }

  @Override
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    int n = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        n++;
      }
    }
    return n;
  }
}
