package vn.lienthong.benchmarks.text;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import vn.lienthong.core.text.VietnameseNames;

/**
 * Matching a typed name against a registry name: {@link VietnameseNames#matches} (case, spacing and
 * tone placement insensitive) and {@link VietnameseNames#searchKey} against the baseline of folding
 * both with the regex and comparing.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class NameMatchingBenchmark {

  private final String[] typed = Baseline.NAMES.clone();
  private final String[] registry = new String[typed.length];

  public NameMatchingBenchmark() {
    for (int i = 0; i < typed.length; i++) {
      // The registry holds the other tone style, in title case: the usual mismatch.
      registry[i] =
          VietnameseNames.normalise(
              typed[i].replace("Thúy", "Thuý").replace("Hòa", "Hoà").replace("khỏe", "khoẻ"));
    }
  }

  @Benchmark
  @OperationsPerInvocation(16)
  public void matches(Blackhole bh) {
    for (int i = 0; i < typed.length; i++) {
      bh.consume(VietnameseNames.matches(typed[i], registry[i]));
    }
  }

  @Benchmark
  @OperationsPerInvocation(16)
  public void searchKeyEquals(Blackhole bh) {
    for (int i = 0; i < typed.length; i++) {
      bh.consume(
          VietnameseNames.searchKey(typed[i]).equals(VietnameseNames.searchKey(registry[i])));
    }
  }

  @Benchmark
  @OperationsPerInvocation(16)
  public void baselineNfdRegex(Blackhole bh) {
    for (int i = 0; i < typed.length; i++) {
      bh.consume(Baseline.fold(typed[i]).equals(Baseline.fold(registry[i])));
    }
  }
}
