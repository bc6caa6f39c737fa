package vn.lienthong.refapp.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import vn.lienthong.core.calendar.WorkingCalendar;

/** Dates as Vietnamese pages show them (dd/MM/yyyy, Viet Nam time). */
final class Dates {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").withZone(WorkingCalendar.ZONE);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(WorkingCalendar.ZONE);

  private Dates() {}

  static String dateTime(Instant t) {
    return DATE_TIME.format(t);
  }

  static String date(Instant t) {
    return DATE.format(t);
  }
}
