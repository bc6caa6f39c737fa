/**
 * Calendar and deadlines: the Vietnamese lunisolar calendar (âm lịch) computed for UTC+7, public
 * holidays under the Labour Code 2019 art. 112, the government's yearly official calendar, and
 * working-day deadlines for administrative procedures.
 *
 * <p>Entry points: {@link vn.lienthong.core.calendar.LunarCalendar}, {@link
 * vn.lienthong.core.calendar.PublicHolidays}, {@link vn.lienthong.core.calendar.OfficialCalendar}
 * and {@link vn.lienthong.core.calendar.WorkingCalendar}.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.core.calendar;

import org.jspecify.annotations.NullMarked;
