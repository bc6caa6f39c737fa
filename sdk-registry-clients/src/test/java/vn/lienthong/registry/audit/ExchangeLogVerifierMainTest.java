package vn.lienthong.registry.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standalone verifier, run as a program in its own JVM as an auditor would. */
class ExchangeLogVerifierMainTest {

  @TempDir Path dir;

  private record Result(int exit, String output) {}

  private static Result run(String... args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-cp");
    cmd.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    cmd.add(ExchangeLogVerifier.class.getName());
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), out);
  }

  @Test
  void reportsIntactBrokenAndUsageWithItsExitStatus() throws Exception {
    JdbcDataSource db = new JdbcDataSource();
    db.setURL("jdbc:h2:mem:main-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    ExchangeLog.createSchemaIfMissing(db);
    ExchangeLog log = ExchangeLog.create(db);
    for (int i = 1; i <= 3; i++) {
      log.append(ExchangeLogTestSupport.record(i));
    }
    Path file = dir.resolve("log.jsonl");
    log.exportTo(file);

    Result intact = run(file.toString(), log.lastHash());
    assertThat(intact.exit()).isZero();
    assertThat(intact.output()).contains("intact: 3 entries");

    List<String> lines = Files.readAllLines(file);
    lines.set(1, lines.get(1).replace("canbo2", "canbo9"));
    Files.write(file, lines);
    Result broken = run(file.toString());
    assertThat(broken.exit()).isOne();
    assertThat(broken.output()).contains("BROKEN at line 2");

    assertThat(run().exit()).isEqualTo(2);
  }
}
