package vn.lienthong.core.calendar;

/**
 * What the government announced for a day.
 *
 * @since 0.1.0
 */
public enum OfficialDayStatus {
  /** A day off (holiday, Tết break, swapped day off). */
  OFF,
  /** A working day, such as a Saturday worked in exchange for a day off (ngày làm bù). */
  WORK
}
