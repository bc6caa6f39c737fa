package vn.lienthong.signature.pades;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Streaming proof: a generated 200 MB PDF is signed by a forked JVM limited to {@code -Xmx256m}
 * (file in, stream out), then validated by another fork limited to {@code -Xmx64m}.
 */
class PadesLargeDocumentTest {

  private static final int MEGABYTES = 200;

  @Test
  void signs200MegabytePdfIn256MegabyteHeapAndValidatesItIn64(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("large.pdf");
    Path out = dir.resolve("large-signed.pdf");
    LargePdf.write(in, MEGABYTES);
    assertThat(Files.size(in)).isGreaterThan(MEGABYTES * 1024L * 1024L);

    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:+ExitOnOutOfMemoryError",
                "-cp",
                System.getProperty("java.class.path"),
                LargePdf.class.getName(),
                in.toString(),
                out.toString())
            .redirectErrorStream(true)
            .start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(log).isZero();
    assertThat(log).contains("max heap");

    Process v =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m",
                "-XX:+ExitOnOutOfMemoryError",
                "-cp",
                System.getProperty("java.class.path"),
                LargePdf.class.getName(),
                "validate",
                out.toString(),
                out + ".root.pem")
            .redirectErrorStream(true)
            .start();
    String report = new String(v.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(v.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(v.exitValue()).as(report).isZero();
    assertThat(report).contains("PASSED").contains("FULL_DOCUMENT_SIGNED");
  }
}
