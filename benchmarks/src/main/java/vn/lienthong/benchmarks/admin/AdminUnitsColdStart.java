package vn.lienthong.benchmarks.admin;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import vn.lienthong.core.admin.AdministrativeUnits;
import vn.lienthong.core.internal.admin.UnitTables;

/**
 * What a commune system pays at startup: each measurement runs in its own fresh JVM, started by
 * this program with the same class path, and times one operation from a cold start. Modes: {@code
 * read} (the baseline: the resource's raw bytes), {@code load} ({@link UnitTables#loadJuly2025()}),
 * {@code units} ({@link AdministrativeUnits#july2025()}) and {@code units+name} (that plus the
 * first name look-up, {@code communesNamed("Phường Ba Đình")}). Rounds interleave the modes so that
 * load from other processes spreads evenly over them. Target: {@code load} at most 50 ms.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * vn.lienthong.benchmarks.admin.AdminUnitsColdStart [rounds [cpu]]} (default 20 rounds, wall time
 * only).
 */
public final class AdminUnitsColdStart {

  private static final String[] MODES = {"read", "load", "units", "units+name"};

  private AdminUnitsColdStart() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 3 && args[0].equals("child")) {
      child(args[1], Boolean.parseBoolean(args[2]));
      return;
    }
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
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
                    AdminUnitsColdStart.class.getName(),
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
    double baseline = median(millis[0]);
    double cpuBaseline = median(cpuMillis[0]);
    System.out.printf(
        Locale.ROOT,
        "%d fresh JVMs per mode; times in ms (ratio = median / median of read)%s%n",
        rounds,
        cpu ? "; cpu = the main thread's CPU time (wall times perturbed)" : "");
    System.out.printf(
        Locale.ROOT,
        "%-11s %7s %7s %7s %7s %7s %7s %8s %7s%n",
        "mode",
        "median",
        "min",
        "p90",
        "max",
        "ratio",
        "<=50ms",
        "cpu med",
        "ratio");
    for (int m = 0; m < MODES.length; m++) {
      double[] s = millis[m].clone();
      Arrays.sort(s);
      long within = Arrays.stream(s).filter(v -> v <= 50).count();
      System.out.printf(
          Locale.ROOT,
          "%-11s %7.1f %7.1f %7.1f %7.1f %7.2f %4d/%d %8.1f %7.2f%n",
          MODES[m],
          median(s),
          s[0],
          s[(int) Math.ceil(0.9 * s.length) - 1],
          s[s.length - 1],
          median(s) / baseline,
          within,
          s.length,
          cpu ? median(cpuMillis[m]) : Double.NaN,
          cpu ? median(cpuMillis[m]) / cpuBaseline : Double.NaN);
    }
  }

  private static void child(String mode, boolean cpu) throws IOException {
    // Set up before the clock starts; it warms some JDK code, so wall times are taken without it.
    ThreadMXBean threads = cpu ? ManagementFactory.getThreadMXBean() : null;
    long cpuStart = cpu ? threads.getCurrentThreadCpuTime() : 0;
    long start = System.nanoTime();
    Object result;
    switch (mode) {
      case "read":
        try (InputStream in = UnitTables.class.getResourceAsStream(UnitTables.JULY_2025_RESOURCE)) {
          result = in.readAllBytes();
        }
        break;
      case "load":
        result = UnitTables.loadJuly2025();
        break;
      case "units":
        result = AdministrativeUnits.july2025();
        break;
      case "units+name":
        result = AdministrativeUnits.july2025().communesNamed("Phường Ba Đình");
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
