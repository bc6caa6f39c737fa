package vn.lienthong.benchmarks.calendar;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import vn.lienthong.core.calendar.LunarCalendar;
import vn.lienthong.core.calendar.ProcessingDeadline;
import vn.lienthong.core.calendar.WorkingCalendar;
import vn.lienthong.core.internal.calendar.LunarTable;

/**
 * What the first calendar query costs a freshly started commune system: each measurement runs in
 * its own fresh JVM, started by this program with the same class path, and times one operation from
 * a cold start. Modes: {@code baseline} (the java.time work any caller pays: the Viet Nam zone and
 * a date-time in it), {@code table} (the lunar month table), {@code lunar} (the first solar to
 * lunar conversion), {@code working} ({@code WorkingCalendar.create().isWorkingDay}) and {@code
 * due} (the first 7-working-day due date). {@code formula} generates the whole table from the
 * astronomical formulas, as the table did before it was precomputed. Rounds interleave the modes so
 * that load from other processes spreads evenly over them.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * vn.lienthong.benchmarks.calendar.CalendarColdStart [rounds [cpu]]} (default 15 rounds).
 */
public final class CalendarColdStart {

  private static final String[] MODES = {"baseline", "table", "formula", "lunar", "working", "due"};

  private CalendarColdStart() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 3 && args[0].equals("child")) {
      child(args[1], Boolean.parseBoolean(args[2]));
      return;
    }
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    boolean cpu = args.length > 1 && args[1].equals("cpu");
    String java = ProcessHandle.current().info().command().orElse("java");
    String classPath = System.getProperty("java.class.path");
    double[][] millis = new double[MODES.length][rounds];
    double[][] cpuMillis = new double[MODES.length][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int m = 0; m < MODES.length; m++) {
        Process p =
            new ProcessBuilder(
                    java,
                    "-cp",
                    classPath,
                    CalendarColdStart.class.getName(),
                    "child",
                    MODES[m],
                    Boolean.toString(cpu))
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (p.waitFor() != 0) {
          throw new IllegalStateException("child failed: " + out);
        }
        String[] fields = out.split(" ");
        millis[m][r] = Long.parseLong(fields[0]) / 1e6;
        cpuMillis[m][r] = Long.parseLong(fields[1]) / 1e6;
      }
    }
    // A measuring tool, not library code: it reports on the console.
    System.out.printf(
        Locale.ROOT,
        "%d fresh JVMs per mode; times in ms%s%n",
        rounds,
        cpu ? "; cpu = the main thread's CPU time" : "");
    System.out.printf(
        Locale.ROOT,
        "%-9s %7s %7s %7s %7s %8s%n",
        "mode",
        "median",
        "min",
        "p90",
        "max",
        "cpu med");
    for (int m = 0; m < MODES.length; m++) {
      double[] s = millis[m].clone();
      Arrays.sort(s);
      System.out.printf(
          Locale.ROOT,
          "%-9s %7.1f %7.1f %7.1f %7.1f %8.1f%n",
          MODES[m],
          median(s),
          s[0],
          s[(int) Math.ceil(0.9 * s.length) - 1],
          s[s.length - 1],
          cpu ? median(cpuMillis[m]) : Double.NaN);
    }
  }

  private static void child(String mode, boolean cpu) {
    ThreadMXBean threads = cpu ? ManagementFactory.getThreadMXBean() : null;
    long cpuStart = cpu ? threads.getCurrentThreadCpuTime() : 0;
    long start = System.nanoTime();
    Object result;
    LocalDate date = LocalDate.of(2026, 3, 16);
    switch (mode) {
      case "baseline":
        result = LocalDateTime.of(2026, 3, 16, 9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh"));
        break;
      case "table":
        result = LunarTable.instance();
        break;
      case "formula":
        result = LunarTable.generate();
        break;
      case "lunar":
        result = LunarCalendar.toLunar(date);
        break;
      case "working":
        result = WorkingCalendar.create().isWorkingDay(date);
        break;
      case "due":
        result =
            WorkingCalendar.create()
                .dueAt(
                    LocalDateTime.of(2026, 3, 16, 9, 0).atZone(WorkingCalendar.ZONE).toInstant(),
                    ProcessingDeadline.workingDays(7));
        break;
      default:
        throw new IllegalArgumentException(mode);
    }
    long nanos = System.nanoTime() - start;
    long cpuNanos = cpu ? threads.getCurrentThreadCpuTime() - cpuStart : 0;
    if (result == null) {
      throw new IllegalStateException(mode);
    }
    System.out.println(nanos + " " + cpuNanos);
  }

  private static double median(double[] values) {
    double[] s = values.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }
}
