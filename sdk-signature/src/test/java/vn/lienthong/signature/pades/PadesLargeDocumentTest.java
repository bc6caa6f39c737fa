package vn.lienthong.signature.pades;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.signature.Indication;
import vn.lienthong.signature.ValidationReport;

/**
 * Streaming proof: a generated 200 MB PDF is signed by a forked JVM limited to {@code -Xmx256m}
 * (file in, stream out, both signing steps), then validated here from the file.
 */
class PadesLargeDocumentTest {

  private static final int MEGABYTES = 200;

  @Test
  void signs200MegabytePdfWithin256MegabyteHeap(@TempDir Path dir) throws Exception {
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

    X509Certificate root =
        (X509Certificate)
            CertificateFactory.getInstance("X.509")
                .generateCertificate(
                    new ByteArrayInputStream(Files.readAllBytes(Path.of(out + ".root.pem"))));
    List<ValidationReport> reports =
        PadesValidator.builder().trustAnchors(List.of(root)).build().validate(out);
    assertThat(reports).hasSize(1);
    assertThat(reports.get(0).indication()).as("%s", reports.get(0)).isEqualTo(Indication.PASSED);
    assertThat(reports.get(0).fullDocumentSigned()).isTrue();
  }
}
