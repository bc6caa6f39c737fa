package vn.lienthong.benchmarks.calendar;

import java.time.DayOfWeek;
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
import vn.lienthong.core.calendar.WorkingCalendar;

/**
 * {@code addWorkingDays(start, 15)} on a shared {@link WorkingCalendar} (weekends, holidays,
 * compensatory days, official calendar; year masks cached) against the naive baseline of stepping
 * with {@code LocalDate.plusDays} and skipping weekends only. Target: at least 1M ops/s. Start
 * dates cycle over 2025-2027, Tết included.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AddWorkingDaysBenchmark {

  private final WorkingCalendar calendar = WorkingCalendar.create();
  private final LocalDate[] starts = new LocalDate[512];
  private int next;

  @Setup
  public void setUp() {
    for (int i = 0; i < starts.length; i++) {
      starts[i] = LocalDate.of(2025, 1, 1).plusDays(i * 2L);
      calendar.addWorkingDays(starts[i], 15);
    }
  }

  @Benchmark
  public LocalDate addWorkingDays15() {
    return calendar.addWorkingDays(starts[next++ & 511], 15);
  }

  @Benchmark
  public LocalDate baselineWeekendsOnly() {
    LocalDate d = starts[next++ & 511];
    int remaining = 15;
    while (remaining > 0) {
      d = d.plusDays(1);
      DayOfWeek w = d.getDayOfWeek();
      if (w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY) {
        remaining--;
      }
    }
    return d;
  }
}
