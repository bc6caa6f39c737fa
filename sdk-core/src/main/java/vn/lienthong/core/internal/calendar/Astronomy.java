package vn.lienthong.core.internal.calendar;

/**
 * Astronomical formulas from Jean Meeus, <i>Astronomical Algorithms</i> (2nd ed., 1998): the
 * instant of a new moon (chapter 49, with the periodic and planetary terms) and the apparent
 * longitude of the sun (chapter 25, low accuracy, about 0.01°), with ΔT from the Espenak-Meeus
 * polynomials (NASA, "Polynomial expressions for Delta T"). Written for this project from the
 * published formulas. Stateless and thread-safe. Not part of the public API.
 *
 * @since 0.1.0
 */
public final class Astronomy {

  /** Julian day of 1970-01-01T00:00 UTC. */
  public static final double UNIX_EPOCH_JULIAN_DAY = 2440587.5;

  /** Mean synodic month in days. */
  public static final double SYNODIC_MONTH = 29.530588861;

  private static final double RAD = Math.PI / 180.0;

  private Astronomy() {}

  /**
   * Returns the Julian day (UT) of the new moon with Meeus' lunation number k (0 = 2000-01-06).
   *
   * @param k the lunation number
   * @return the Julian day, universal time
   */
  public static double newMoonUniversal(long k) {
    double t = k / 1236.85;
    double t2 = t * t;
    double t3 = t2 * t;
    double t4 = t3 * t;
    double jde =
        2451550.09766 + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
    double e = 1 - 0.002516 * t - 0.0000074 * t2;
    double m = (2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3) * RAD;
    double mp =
        (201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4) * RAD;
    double f =
        (160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4) * RAD;
    double om = (124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3) * RAD;
    double c =
        -0.40720 * Math.sin(mp)
            + 0.17241 * e * Math.sin(m)
            + 0.01608 * Math.sin(2 * mp)
            + 0.01039 * Math.sin(2 * f)
            + 0.00739 * e * Math.sin(mp - m)
            - 0.00514 * e * Math.sin(mp + m)
            + 0.00208 * e * e * Math.sin(2 * m)
            - 0.00111 * Math.sin(mp - 2 * f)
            - 0.00057 * Math.sin(mp + 2 * f)
            + 0.00056 * e * Math.sin(2 * mp + m)
            - 0.00042 * Math.sin(3 * mp)
            + 0.00042 * e * Math.sin(m + 2 * f)
            + 0.00038 * e * Math.sin(m - 2 * f)
            - 0.00024 * e * Math.sin(2 * mp - m)
            - 0.00017 * Math.sin(om)
            - 0.00007 * Math.sin(mp + 2 * m)
            + 0.00004 * Math.sin(2 * mp - 2 * f)
            + 0.00004 * Math.sin(3 * m)
            + 0.00003 * Math.sin(mp + m - 2 * f)
            + 0.00003 * Math.sin(2 * mp + 2 * f)
            - 0.00003 * Math.sin(mp + m + 2 * f)
            + 0.00003 * Math.sin(mp - m + 2 * f)
            - 0.00002 * Math.sin(mp - m - 2 * f)
            - 0.00002 * Math.sin(3 * mp + m)
            + 0.00002 * Math.sin(4 * mp);
    double planetary =
        0.000325 * sinDeg(299.77 + 0.107408 * k - 0.009173 * t2)
            + 0.000165 * sinDeg(251.88 + 0.016321 * k)
            + 0.000164 * sinDeg(251.83 + 26.651886 * k)
            + 0.000126 * sinDeg(349.42 + 36.412478 * k)
            + 0.000110 * sinDeg(84.66 + 18.206239 * k)
            + 0.000062 * sinDeg(141.74 + 53.303771 * k)
            + 0.000060 * sinDeg(207.14 + 2.453732 * k)
            + 0.000056 * sinDeg(154.84 + 7.306860 * k)
            + 0.000047 * sinDeg(34.52 + 27.261239 * k)
            + 0.000042 * sinDeg(207.19 + 0.121824 * k)
            + 0.000040 * sinDeg(291.34 + 1.844379 * k)
            + 0.000037 * sinDeg(161.72 + 24.198154 * k)
            + 0.000035 * sinDeg(239.56 + 25.513099 * k)
            + 0.000023 * sinDeg(331.55 + 3.592518 * k);
    double terrestrial = jde + c + planetary;
    return terrestrial - deltaTSeconds(yearOf(terrestrial)) / 86400.0;
  }

  /**
   * Returns the sun's apparent ecliptic longitude in degrees, in [0, 360).
   *
   * @param julianDayUniversal the instant as a Julian day, universal time
   * @return the longitude in degrees
   */
  public static double sunLongitude(double julianDayUniversal) {
    double jde = julianDayUniversal + deltaTSeconds(yearOf(julianDayUniversal)) / 86400.0;
    double t = (jde - 2451545.0) / 36525.0;
    double t2 = t * t;
    double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t2;
    double m = (357.52911 + 35999.05029 * t - 0.0001537 * t2) * RAD;
    double c =
        (1.914602 - 0.004817 * t - 0.000014 * t2) * Math.sin(m)
            + (0.019993 - 0.000101 * t) * Math.sin(2 * m)
            + 0.000289 * Math.sin(3 * m);
    double omega = (125.04 - 1934.136 * t) * RAD;
    double apparent = l0 + c - 0.00569 - 0.00478 * Math.sin(omega);
    double reduced = apparent % 360.0;
    return reduced < 0 ? reduced + 360.0 : reduced;
  }

  /**
   * Returns ΔT = TT - UT in seconds (Espenak-Meeus polynomials, 1860-2200).
   *
   * @param year the decimal year
   * @return ΔT in seconds
   */
  public static double deltaTSeconds(double year) {
    if (year < 1900) {
      double t = year - 1860;
      return 7.62
          + 0.5737 * t
          - 0.251754 * t * t
          + 0.01680668 * t * t * t
          - 0.0004473624 * t * t * t * t
          + t * t * t * t * t / 233174;
    } else if (year < 1920) {
      double t = year - 1900;
      return -2.79
          + 1.494119 * t
          - 0.0598939 * t * t
          + 0.0061966 * t * t * t
          - 0.000197 * t * t * t * t;
    } else if (year < 1941) {
      double t = year - 1920;
      return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
    } else if (year < 1961) {
      double t = year - 1950;
      return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
    } else if (year < 1986) {
      double t = year - 1975;
      return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
    } else if (year < 2005) {
      double t = year - 2000;
      return 63.86
          + 0.3345 * t
          - 0.060374 * t * t
          + 0.0017275 * t * t * t
          + 0.000651814 * t * t * t * t
          + 0.00002373599 * t * t * t * t * t;
    } else if (year < 2050) {
      double t = year - 2000;
      return 62.92 + 0.32217 * t + 0.005589 * t * t;
    } else if (year < 2150) {
      double u = (year - 1820) / 100;
      return -20 + 32 * u * u - 0.5628 * (2150 - year);
    }
    double u = (year - 1820) / 100;
    return -20 + 32 * u * u;
  }

  private static double yearOf(double julianDay) {
    return 2000.0 + (julianDay - 2451545.0) / 365.25;
  }

  private static double sinDeg(double degrees) {
    return Math.sin(degrees * RAD);
  }
}
