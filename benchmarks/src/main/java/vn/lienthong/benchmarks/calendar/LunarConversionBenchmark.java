package vn.lienthong.benchmarks.calendar;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.lienthong.core.calendar.LunarCalendar;
import vn.lienthong.core.calendar.LunarDate;
import vn.lienthong.core.internal.calendar.LunisolarRules;

/**
 * Solar-to-lunar conversion through the generated month table ({@link LunarCalendar#toLunar})
 * against the baseline of the direct astronomical computation the table is generated from ({@link
 * LunisolarRules#toLunarDirect}: new moons and solar longitudes for the date's year). Target: the
 * table at least 10x faster. The dates cycle over 1,024 days spread across 1900-2199.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LunarConversionBenchmark {

  private final LocalDate[] dates = new LocalDate[1024];
  private int next;

  @Setup
  public void setUp() {
    long first = LocalDate.of(1900, 1, 1).toEpochDay();
    long span = LocalDate.of(2199, 12, 31).toEpochDay() - first;
    for (int i = 0; i < dates.length; i++) {
      dates[i] = LocalDate.ofEpochDay(first + (span * i) / dates.length);
    }
    LunarCalendar.toLunar(dates[0]);
  }

  @Benchmark
  public LunarDate table() {
    return LunarCalendar.toLunar(dates[next++ & 1023]);
  }

  @Benchmark
  public int[] baselineDirectComputation() {
    return LunisolarRules.toLunarDirect(dates[next++ & 1023]);
  }
}
