package vn.lienthong.benchmarks.registry;

import java.util.Arrays;
import java.util.Locale;

/**
 * The three calls of {@link BusCallBenchmark} (raw {@code java.net.http}, raw with the envelope
 * headers, the bus client) timed call by call and interleaved, in one JVM against the same loopback
 * endpoint, so that the machine's drift (other processes, frequency, the JIT of the other variant)
 * falls on all three alike. JMH runs the variants one after the other, minutes apart; on a 2-core
 * machine their p50s then differ by more than the 10% being judged. Here each round calls the three
 * variants once, in an order that rotates from round to round, and the percentiles are taken over
 * all rounds after a warm-up of the same length.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * vn.lienthong.benchmarks.registry.BusCallInterleaved [rounds [runs]]} (default 10,000 rounds, 3
 * runs). Each run prints p50 and p90 per variant and the p50 ratio against the raw call.
 */
public final class BusCallInterleaved {

  private static final String[] NAMES = {"raw java.net.http", "raw + envelope", "bus client"};

  private BusCallInterleaved() {}

  /**
   * Runs the comparison.
   *
   * @param args {@code [rounds [runs]]}
   * @throws Exception if the loopback server or a call fails
   */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    BusCallBenchmark subject = new BusCallBenchmark();
    subject.setUp();
    try {
      measure(subject, rounds); // warm-up, not reported
      for (int run = 1; run <= runs; run++) {
        long[][] nanos = measure(subject, rounds);
        double base = percentile(nanos[0], 0.5);
        StringBuilder line = new StringBuilder("run " + run + ":");
        for (int v = 0; v < NAMES.length; v++) {
          double p50 = percentile(nanos[v], 0.5);
          line.append(
              String.format(
                  Locale.ROOT,
                  "  %s p50 %.1f µs p90 %.1f µs (%.3f x raw)",
                  NAMES[v],
                  p50 / 1e3,
                  percentile(nanos[v], 0.9) / 1e3,
                  p50 / base));
        }
        // A measuring tool, not library code: it reports on the console.
        System.out.println(line);
      }
    } finally {
      subject.tearDown();
    }
    // The benchmark's executors are not daemon threads.
    System.exit(0);
  }

  private static long[][] measure(BusCallBenchmark subject, int rounds) throws Exception {
    long[][] nanos = new long[NAMES.length][rounds];
    for (int i = 0; i < rounds; i++) {
      for (int k = 0; k < NAMES.length; k++) {
        int v = (i + k) % NAMES.length;
        long start = System.nanoTime();
        switch (v) {
          case 0 -> subject.rawJavaNetHttp();
          case 1 -> subject.rawWithEnvelope();
          default -> subject.busClient();
        }
        nanos[v][i] = System.nanoTime() - start;
      }
    }
    return nanos;
  }

  private static double percentile(long[] values, double p) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)))];
  }
}
