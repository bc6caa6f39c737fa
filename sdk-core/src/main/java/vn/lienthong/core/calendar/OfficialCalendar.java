package vn.lienthong.core.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.lienthong.core.ConfigurationException;
import vn.lienthong.core.CoreErrorCode;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;

/**
 * The government's announced days off and swapped working days, per year, which override {@link
 * PublicHolidays}' rules. Immutable and thread-safe; create one and reuse it.
 *
 * <p>The file format is UTF-8 text, one entry a line; {@code #} starts a comment:
 *
 * <pre>
 * year 2026 complete                        # the year's days off are all listed below
 * 2026-02-14..2026-02-22 off Tết Nguyên đán # a range, both ends included
 * 2026-04-27 off Hùng Kings, compensatory
 * 2025-02-08 work swapped working Saturday
 * </pre>
 *
 * <p>For a year marked {@code complete} the rules are not used: the days off are the weekends and
 * the {@code off} entries, minus the {@code work} entries. For other years each entry overrides the
 * rules for its own day only. Caps: {@value #MAX_CHARACTERS} characters a file, {@value
 * #MAX_LINE_LENGTH} a line, {@value #MAX_RANGE_DAYS} days a range.
 *
 * <pre>{@code
 * OfficialCalendar official = OfficialCalendar.bundled().with(OfficialCalendar.load(path));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class OfficialCalendar {

  /** The largest file accepted, in characters. */
  public static final int MAX_CHARACTERS = 1 << 20;

  /** The longest line accepted, in characters. */
  public static final int MAX_LINE_LENGTH = 500;

  /** The longest range accepted, in days. */
  public static final int MAX_RANGE_DAYS = 62;

  /** The bundled resource, with the years 2025 and 2026. */
  public static final String BUNDLED_RESOURCE = "/vn/lienthong/core/calendar/official-calendar.txt";

  private static final OfficialCalendar EMPTY = new OfficialCalendar(Map.of(), Set.of());

  private final Map<LocalDate, OfficialDay> days;
  private final Set<Integer> completeYears;

  private OfficialCalendar(Map<LocalDate, OfficialDay> days, Set<Integer> completeYears) {
    this.days = days;
    this.completeYears = completeYears;
  }

  /**
   * Returns a calendar without entries: the rules alone.
   *
   * @return the empty calendar
   */
  public static OfficialCalendar empty() {
    return EMPTY;
  }

  /**
   * Returns the calendar bundled with the SDK (2025 and 2026).
   *
   * @return the bundled calendar
   * @throws ConfigurationException with {@code BUNDLED_DATA_CORRUPT} if the resource is missing or
   *     unreadable
   */
  public static OfficialCalendar bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * Reads a calendar file (UTF-8).
   *
   * @param file the file
   * @return the calendar
   * @throws NullPointerException if {@code file} is null
   * @throws InvalidInputException with {@link CoreErrorCode#OFFICIAL_CALENDAR_SYNTAX} or a date
   *     code for a bad line, {@code TOO_LONG} for a file over {@link #MAX_CHARACTERS}
   * @throws ConfigurationException with {@code INVALID_CONFIGURATION} if the file cannot be read
   */
  public static OfficialCalendar load(Path file) {
    try {
      if (Files.size(file) > MAX_CHARACTERS * 4L) {
        throw tooLong(file.toString());
      }
      return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ConfigurationException(
          CoreErrorCode.INVALID_CONFIGURATION,
          ErrorDetails.field("officialCalendar")
              .rule("official-calendar.unreadable")
              .rejectedValue(file.toString()),
          e);
    }
  }

  /**
   * Parses calendar text.
   *
   * @param source a name for the text used in errors (a file name)
   * @param text the text
   * @return the calendar
   * @throws NullPointerException if an argument is null
   * @throws InvalidInputException with {@link CoreErrorCode#OFFICIAL_CALENDAR_SYNTAX} or a date
   *     code for a bad line, {@code TOO_LONG} for text over {@link #MAX_CHARACTERS}
   */
  public static OfficialCalendar parse(String source, String text) {
    if (text.length() > MAX_CHARACTERS) {
      throw tooLong(source);
    }
    Map<LocalDate, OfficialDay> days = new TreeMap<>();
    Set<Integer> complete = new TreeSet<>();
    int lineNumber = 0;
    for (String rawLine : text.split("\n", -1)) {
      lineNumber++;
      if (rawLine.length() > MAX_LINE_LENGTH) {
        throw syntax(source, lineNumber, "line longer than " + MAX_LINE_LENGTH, rawLine);
      }
      String line = stripComment(rawLine).strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] parts = words(line);
      if (parts[0].equals("year")) {
        if (parts.length != 3 || !parts[2].equals("complete")) {
          throw syntax(source, lineNumber, "expected \"year yyyy complete\"", line);
        }
        complete.add(CalendarDates.parse(field(source, lineNumber), parts[1] + "-01-01").getYear());
        continue;
      }
      if (parts.length < 2) {
        throw syntax(source, lineNumber, "missing status off or work", line);
      }
      OfficialDayStatus status =
          switch (parts[1]) {
            case "off" -> OfficialDayStatus.OFF;
            case "work" -> OfficialDayStatus.WORK;
            default -> throw syntax(source, lineNumber, "status must be off or work", line);
          };
      String note = parts.length == 3 ? parts[2] : "";
      String[] range = range(parts[0]);
      if (range.length > 2) {
        throw syntax(source, lineNumber, "a range is first..last", line);
      }
      LocalDate first = CalendarDates.parse(field(source, lineNumber), range[0]);
      LocalDate last =
          range.length == 2 ? CalendarDates.parse(field(source, lineNumber), range[1]) : first;
      if (last.isBefore(first) || first.plusDays(MAX_RANGE_DAYS).isBefore(last)) {
        throw syntax(
            source,
            lineNumber,
            "a range runs forwards over at most " + MAX_RANGE_DAYS + " days",
            line);
      }
      for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
        days.put(d, new OfficialDay(d, status, note));
      }
    }
    return new OfficialCalendar(
        Collections.unmodifiableMap(days), Collections.unmodifiableSet(complete));
  }

  /**
   * Returns a calendar with this one's entries overridden by another's (a user's file over the
   * bundled data).
   *
   * @param overrides the calendar whose entries win
   * @return the combined calendar
   * @throws NullPointerException if {@code overrides} is null
   */
  public OfficialCalendar with(OfficialCalendar overrides) {
    Map<LocalDate, OfficialDay> merged = new TreeMap<>(days);
    merged.putAll(overrides.days);
    Set<Integer> complete = new TreeSet<>(completeYears);
    complete.addAll(overrides.completeYears);
    return new OfficialCalendar(
        Collections.unmodifiableMap(merged), Collections.unmodifiableSet(complete));
  }

  /**
   * Returns what was announced for a day, if anything.
   *
   * @param date the day
   * @return the announced status, or empty
   * @throws NullPointerException if {@code date} is null
   */
  public Optional<OfficialDayStatus> status(LocalDate date) {
    OfficialDay day = days.get(date);
    return day == null ? Optional.empty() : Optional.of(day.status());
  }

  /**
   * Tells whether a year's days off are listed in full, so that the rules are not used.
   *
   * @param year the Gregorian year
   * @return true for a complete year
   */
  public boolean isComplete(int year) {
    return completeYears.contains(year);
  }

  /**
   * Returns every entry in date order.
   *
   * @return the entries
   */
  public List<OfficialDay> entries() {
    return List.copyOf(new ArrayList<>(days.values()));
  }

  private static String field(String source, int line) {
    // concat rather than +: no string-concatenation bootstrap on a cold start
    return source.concat(":").concat(Integer.toString(line));
  }

  /** Splits a line (stripped, not empty) into at most three words, the third taking the rest. */
  private static String[] words(String line) {
    String[] out = new String[3];
    int n = 0;
    int i = 0;
    while (i < line.length() && n < 2) {
      int end = i;
      while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
        end++;
      }
      out[n++] = line.substring(i, end);
      i = end;
      while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
        i++;
      }
    }
    if (i < line.length()) {
      out[n++] = line.substring(i);
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /** Splits {@code first..last} into its parts; more than two parts is a syntax error. */
  private static String[] range(String text) {
    int dots = text.indexOf("..");
    if (dots < 0) {
      return new String[] {text};
    }
    String rest = text.substring(dots + 2);
    return rest.contains("..")
        ? new String[] {text, text, text}
        : new String[] {text.substring(0, dots), rest};
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    return hash < 0 ? line : line.substring(0, hash);
  }

  private static InvalidInputException syntax(String source, int line, String rule, String value) {
    return new InvalidInputException(
        CoreErrorCode.OFFICIAL_CALENDAR_SYNTAX,
        ErrorDetails.field(source).rule(rule).rejectedValue(value).with("line", line));
  }

  private static InvalidInputException tooLong(String source) {
    return new InvalidInputException(
        CoreErrorCode.TOO_LONG,
        ErrorDetails.field(source)
            .rule("official-calendar.max-characters")
            .with("length", "> " + MAX_CHARACTERS)
            .with("max", MAX_CHARACTERS));
  }

  private static final class Bundled {
    static final OfficialCalendar INSTANCE = load();

    private static OfficialCalendar load() {
      try (InputStream in = OfficialCalendar.class.getResourceAsStream(BUNDLED_RESOURCE)) {
        if (in == null) {
          throw new IOException("missing " + BUNDLED_RESOURCE);
        }
        return parse(BUNDLED_RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException | InvalidInputException e) {
        throw new ConfigurationException(
            CoreErrorCode.BUNDLED_DATA_CORRUPT,
            ErrorDetails.field("officialCalendar")
                .rule("official-calendar.bundled")
                .rejectedValue(BUNDLED_RESOURCE),
            e);
      }
    }
  }
}
