package vn.lienthong.benchmarks.admin;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.lienthong.core.admin.AdministrativeUnits;
import vn.lienthong.core.admin.Commune;

/**
 * Commune look-up by name: {@link AdministrativeUnits#communesNamed(String)} (hash index of folded
 * keys) against the obvious baseline, a linear scan that folds every official name per query with
 * {@code Normalizer.normalize(NFD)} and a regex.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class AdminUnitsNameLookupBenchmark {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern PREFIX = Pattern.compile("^(xa|phuong|dac khu|p|x)[. ]+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  @Param({"Phường Ba Đình", "tan thanh", "P. Văn Miếu - Quốc Tử Giám"})
  public String query;

  private AdministrativeUnits units;
  private List<Commune> communes;

  @Setup
  public void setUp() {
    units = AdministrativeUnits.july2025();
    communes = units.communes();
  }

  @Benchmark
  public List<Commune> indexed() {
    return units.communesNamed(query);
  }

  @Benchmark
  public List<Commune> baselineLinearScan() {
    String wanted = baselineKey(query);
    List<Commune> out = new ArrayList<>();
    for (Commune c : communes) {
      if (baselineKey(c.name()).equals(wanted)) {
        out.add(c);
      }
    }
    return out;
  }

  private static String baselineKey(String s) {
    String folded =
        MARKS
            .matcher(Normalizer.normalize(s, Normalizer.Form.NFD))
            .replaceAll("")
            .replace('đ', 'd')
            .replace('Đ', 'd')
            .toLowerCase(Locale.ROOT);
    return NON_WORD.matcher(PREFIX.matcher(folded).replaceFirst("")).replaceAll(" ").strip();
  }
}
