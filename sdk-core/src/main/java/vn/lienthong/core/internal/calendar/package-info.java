/**
 * Implementation of the Vietnamese lunisolar calendar: astronomical formulas (Meeus) and the month
 * table generated from them. Not an API: may change in any release without notice.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.lienthong.core.internal.calendar;

import org.jspecify.annotations.NullMarked;
