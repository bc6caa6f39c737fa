package vn.lienthong.benchmarks.id;

import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.lienthong.core.id.AgencyCode;
import vn.lienthong.core.id.DossierCode;
import vn.lienthong.core.id.PersonalIdNumber;
import vn.lienthong.core.id.ProcedureCode;
import vn.lienthong.core.id.TaxCode;

/**
 * Parsing each identifier (full validation, value object, canonical form) against the naive
 * baseline of a shape-only {@code String.matches} regular expression per type, which does no check
 * digit, no precise error and recompiles its pattern each call, plus a precompiled-pattern variant.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class IdentifierParseBenchmark {

  private static final Pattern PERSONAL_ID = Pattern.compile("\\d{12}");
  private static final Pattern TAX_CODE = Pattern.compile("\\d{10}(-\\d{3})?");
  private static final Pattern AGENCY = Pattern.compile("\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}");
  private static final Pattern PROCEDURE = Pattern.compile("\\d\\.\\d{6}");
  private static final Pattern DOSSIER =
      Pattern.compile("\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}-\\d{6}-\\d{4}");

  String personalId = "001090123456";
  String taxCode = "0314409058-002";
  String agency = "000.00.01.H22";
  String procedure = "1.001193";
  String dossier = "000.00.01.H22-250701-0001";

  @Benchmark
  public PersonalIdNumber personalIdParse() {
    return PersonalIdNumber.parse(personalId);
  }

  @Benchmark
  public boolean personalIdBaselineStringMatches() {
    return personalId.matches("\\d{12}");
  }

  @Benchmark
  public boolean personalIdBaselinePrecompiled() {
    return PERSONAL_ID.matcher(personalId).matches();
  }

  @Benchmark
  public TaxCode taxCodeParse() {
    return TaxCode.parse(taxCode);
  }

  @Benchmark
  public boolean taxCodeBaselineStringMatches() {
    return taxCode.matches("\\d{10}(-\\d{3})?");
  }

  @Benchmark
  public boolean taxCodeBaselinePrecompiled() {
    return TAX_CODE.matcher(taxCode).matches();
  }

  @Benchmark
  public AgencyCode agencyCodeParse() {
    return AgencyCode.parse(agency);
  }

  @Benchmark
  public boolean agencyCodeBaselineStringMatches() {
    return agency.matches("\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}");
  }

  @Benchmark
  public boolean agencyCodeBaselinePrecompiled() {
    return AGENCY.matcher(agency).matches();
  }

  @Benchmark
  public ProcedureCode procedureCodeParse() {
    return ProcedureCode.parse(procedure);
  }

  @Benchmark
  public boolean procedureCodeBaselineStringMatches() {
    return procedure.matches("\\d\\.\\d{6}");
  }

  @Benchmark
  public boolean procedureCodeBaselinePrecompiled() {
    return PROCEDURE.matcher(procedure).matches();
  }

  @Benchmark
  public DossierCode dossierCodeParse() {
    return DossierCode.parse(dossier);
  }

  @Benchmark
  public boolean dossierCodeBaselineStringMatches() {
    return dossier.matches("\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}-\\d{6}-\\d{4}");
  }

  @Benchmark
  public boolean dossierCodeBaselinePrecompiled() {
    return DOSSIER.matcher(dossier).matches();
  }
}
