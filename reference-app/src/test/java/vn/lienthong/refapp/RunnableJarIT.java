package vn.lienthong.refapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's main command runs the shaded jar: this starts {@code target/reference-app.jar} in
 * its own JVM with {@code -Xmx256m} and checks the first page and the Commune API answer. (A broken
 * shade configuration, e.g. CXF's transport registry not merged, only shows here.)
 */
class RunnableJarIT {

  private static final Pattern LISTENING =
      Pattern.compile("reference app listening on (http://\\S+)");

  @TempDir Path dataDir;

  @Test
  void runnableJarServesTheHomePageAndTheApi() throws Exception {
    Path jar = Path.of("target", "reference-app.jar");
    assertThat(jar).exists();
    Process app =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-jar",
                jar.toString(),
                "--http.port=0",
                "--data.dir=" + dataDir)
            .redirectErrorStream(true)
            .redirectOutput(dataDir.resolve("app.log").toFile())
            .start();
    try {
      String base = null;
      String log = "";
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (base == null && app.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(100);
        log = Files.readString(dataDir.resolve("app.log"), StandardCharsets.UTF_8);
        Matcher m = LISTENING.matcher(log);
        if (m.find()) {
          base = m.group(1);
        }
      }
      assertThat(base).as("the app announces its address; its log:%n%s", log).isNotNull();
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> home =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(home.statusCode()).isEqualTo(200);
      assertThat(home.body()).contains("lang=\"vi\"");
      HttpResponse<String> health =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/health")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).as("the JAX-RS API is served by CXF").isEqualTo(200);
      assertThat(log).contains("SANDBOX");
      assertThat(Files.list(dataDir.resolve("pki"))).isNotEmpty();
    } finally {
      app.destroy();
      if (!app.waitFor(20, TimeUnit.SECONDS)) {
        app.destroyForcibly();
      }
    }
  }
}
