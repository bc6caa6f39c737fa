package vn.lienthong.benchmarks.admin;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import vn.lienthong.core.internal.admin.UnitTables;

/**
 * Cold loading of the 2025 units: each single shot reads the bundled resource, checks its CRC,
 * decodes it and builds every index afresh ({@link UnitTables#loadJuly2025()}, what {@code
 * AdministrativeUnits.july2025()} does once). The first shot of each fork is the truly cold one
 * (class loading, interpreter); the baseline only reads the resource's bytes. Target: 50 ms.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 10)
@Fork(5)
public class AdminUnitsLoadBenchmark {

  @Benchmark
  public UnitTables load() {
    return UnitTables.loadJuly2025();
  }

  @Benchmark
  public byte[] baselineReadBytes() throws IOException {
    try (InputStream in = UnitTables.class.getResourceAsStream(UnitTables.JULY_2025_RESOURCE)) {
      return in.readAllBytes();
    }
  }
}
