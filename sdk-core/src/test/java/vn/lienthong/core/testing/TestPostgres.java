package vn.lienthong.core.testing;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL server for tests, from the zonky binaries jar. PostgreSQL refuses to run as
 * root (initdb: "cannot be run as root"), and this project's machines and CI run as root, so as
 * root the same binaries are unpacked and started as the unprivileged user {@code nobody} through
 * {@code runuser}; otherwise zonky's own {@link EmbeddedPostgres} is used. Shared by every module's
 * PostgreSQL tests through sdk-core's test-jar; the JDBC URL lets a second JVM connect.
 */
public final class TestPostgres implements AutoCloseable {

  private final DataSource dataSource;
  private final String jdbcUrl;
  private final AutoCloseable stop;

  private TestPostgres(DataSource dataSource, String jdbcUrl, AutoCloseable stop) {
    this.dataSource = dataSource;
    this.jdbcUrl = jdbcUrl;
    this.stop = stop;
  }

  /** Returns the JDBC URL (user {@code postgres}, no password). */
  public String jdbcUrl() {
    return jdbcUrl;
  }

  public static TestPostgres start() throws Exception {
    if (!"root".equals(System.getProperty("user.name"))) {
      EmbeddedPostgres pg = EmbeddedPostgres.start();
      return new TestPostgres(pg.getPostgresDatabase(), pg.getJdbcUrl("postgres", "postgres"), pg);
    }
    Path base = Files.createTempDirectory("lt-pg");
    try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", "x86_64");
        TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(in))) {
      for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
        Path target = base.resolve(e.getName()).normalize();
        if (!target.startsWith(base)) {
          throw new IOException("bad entry " + e.getName());
        }
        if (e.isDirectory()) {
          Files.createDirectories(target);
        } else if (e.isSymbolicLink()) {
          Files.createDirectories(target.getParent());
          Files.createSymbolicLink(target, Paths.get(e.getLinkName()));
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(tar, target);
          Files.setPosixFilePermissions(
              target,
              PosixFilePermissions.fromString(
                  (e.getMode() & 0100) != 0 ? "rwxr-xr-x" : "rw-r--r--"));
        }
      }
    }
    run("chown", "-R", "nobody", base.toString());
    Path data = base.resolve("data");
    run(
        "runuser",
        "-u",
        "nobody",
        "--",
        base.resolve("bin/initdb").toString(),
        "-A",
        "trust",
        "-U",
        "postgres",
        "-D",
        data.toString(),
        "-E",
        "UTF-8",
        "--no-locale");
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    run(
        "runuser",
        "-u",
        "nobody",
        "--",
        base.resolve("bin/pg_ctl").toString(),
        "-D",
        data.toString(),
        "-l",
        base.resolve("log").toString(),
        "-w",
        "-o",
        "-p " + port + " -h 127.0.0.1 -k " + base + " -c max_connections=200",
        "start");
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setServerNames(new String[] {"127.0.0.1"});
    ds.setPortNumbers(new int[] {port});
    ds.setUser("postgres");
    ds.setDatabaseName("postgres");
    return new TestPostgres(
        ds,
        "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres",
        () -> {
          run(
              "runuser",
              "-u",
              "nobody",
              "--",
              base.resolve("bin/pg_ctl").toString(),
              "-D",
              data.toString(),
              "-m",
              "immediate",
              "-w",
              "stop");
          try (Stream<Path> files = Files.walk(base)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
          }
        });
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** Stops the server and deletes its files. */
  @Override
  public void close() throws Exception {
    stop.close();
  }

  private static void run(String... command) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(command));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException(String.join(" ", cmd) + " failed: " + out);
    }
  }
}
