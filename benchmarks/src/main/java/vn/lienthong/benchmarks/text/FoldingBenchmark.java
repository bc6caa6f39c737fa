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
import vn.lienthong.core.text.VietnameseText;

/** Diacritic folding of realistic names: {@link VietnameseText#fold} against the regex baseline. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FoldingBenchmark {

  private final String[] names = Baseline.NAMES.clone();

  @Benchmark
  @OperationsPerInvocation(16)
  public void fold(Blackhole bh) {
    for (String n : names) {
      bh.consume(VietnameseText.fold(n));
    }
  }

  @Benchmark
  @OperationsPerInvocation(16)
  public void baselineNfdRegex(Blackhole bh) {
    for (String n : names) {
      bh.consume(Baseline.fold(n));
    }
  }
}
