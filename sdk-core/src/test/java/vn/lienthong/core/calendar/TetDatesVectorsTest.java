package vn.lienthong.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tết Nguyên đán (lunar new year) 1990-2050 in Viet Nam. Source: the published Chinese New Year
 * dates (Hong Kong Observatory's Gregorian-lunar calendar conversion tables), which Viet Nam shares
 * except where the UTC+7 new moon falls on the day before China's: 2007 (17 February, China 18) and
 * 2030 (2 February, China 3), per the Vietnamese calendar (DOMAIN.md; 1985, 21 January, is outside
 * this table and tested in {@link LunarCalendarTest}).
 *
 * <p>Confirmation status: 2024-2026 and 2030 are in DOMAIN.md; 2025 and 2026 also in the
 * government's holiday announcements (see {@code official-calendar.txt}). The 1990-1999 rows are
 * the Hong Kong Observatory dates and agree with the independent ICU4J oracle at UTC+7 ({@link
 * LunarCalendarIcuOracleTest}), but no Vietnamese publication listing them was found: they remain
 * UNCONFIRMED as Vietnamese data (they would only differ from China's if a new moon fell between
 * 16:00 and 17:00 UTC, as in 1985).
 */
class TetDatesVectorsTest {

  @ParameterizedTest(name = "Tết {0} is {1}")
  @CsvSource({
    "1990,1990-01-27", "1991,1991-02-15", "1992,1992-02-04", "1993,1993-01-23",
    "1994,1994-02-10", "1995,1995-01-31", "1996,1996-02-19", "1997,1997-02-07",
    "1998,1998-01-28", "1999,1999-02-16", "2000,2000-02-05", "2001,2001-01-24",
    "2002,2002-02-12", "2003,2003-02-01", "2004,2004-01-22", "2005,2005-02-09",
    "2006,2006-01-29", "2007,2007-02-17", "2008,2008-02-07", "2009,2009-01-26",
    "2010,2010-02-14", "2011,2011-02-03", "2012,2012-01-23", "2013,2013-02-10",
    "2014,2014-01-31", "2015,2015-02-19", "2016,2016-02-08", "2017,2017-01-28",
    "2018,2018-02-16", "2019,2019-02-05", "2020,2020-01-25", "2021,2021-02-12",
    "2022,2022-02-01", "2023,2023-01-22", "2024,2024-02-10", "2025,2025-01-29",
    "2026,2026-02-17", "2027,2027-02-06", "2028,2028-01-26", "2029,2029-02-13",
    "2030,2030-02-02", "2031,2031-01-23", "2032,2032-02-11", "2033,2033-01-31",
    "2034,2034-02-19", "2035,2035-02-08", "2036,2036-01-28", "2037,2037-02-15",
    "2038,2038-02-04", "2039,2039-01-24", "2040,2040-02-12", "2041,2041-02-01",
    "2042,2042-01-22", "2043,2043-02-10", "2044,2044-01-30", "2045,2045-02-17",
    "2046,2046-02-06", "2047,2047-01-26", "2048,2048-02-14", "2049,2049-02-02",
    "2050,2050-01-23"
  })
  void computesTet(int year, LocalDate tet) {
    assertThat(LunarCalendar.newYear(year)).isEqualTo(tet);
    assertThat(LunarCalendar.toLunar(tet)).isEqualTo(LunarDate.of(year, 1, 1));
    assertThat(LunarCalendar.toLunar(tet.minusDays(1)).year()).isEqualTo(year - 1);
  }
}
