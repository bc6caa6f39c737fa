package vn.lienthong.refapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.core.ConfigurationException;

class ReferenceAppStartTest {

  @TempDir Path dataDir;

  @Test
  void startsWithEmbeddedSandboxAndServesHomePageAndHealth() throws Exception {
    AppConfig config =
        AppConfig.of(Map.of(AppConfig.HTTP_PORT, "0", AppConfig.DATA_DIR, dataDir.toString()));
    try (ReferenceApp app = ReferenceApp.start(config)) {
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> home =
          http.send(
              HttpRequest.newBuilder(URI.create(app.baseUrl() + "/")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(home.statusCode()).isEqualTo(200);
      assertThat(home.body()).contains("lang=\"vi\"");
      HttpResponse<String> health =
          http.send(
              HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/health")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).contains("UP");
      assertThat(app.context().sandbox()).isPresent();
      assertThat(dataDir.resolve("lienthong.mv.db")).exists();
    }
  }

  /**
   * The port opens only when every module has started: a client knocking while the app starts gets
   * either no connection or the real home page, never an error page.
   */
  @Test
  void homePageAnswers200FromTheFirstRequestTheServerAccepts() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    URI home = URI.create("http://127.0.0.1:" + port + "/");
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    List<Integer> answers = new CopyOnWriteArrayList<>();
    AtomicBoolean starting = new AtomicBoolean(true);
    Thread knocker =
        new Thread(
            () -> {
              while (starting.get()) {
                try {
                  answers.add(
                      http.send(
                              HttpRequest.newBuilder(home).timeout(Duration.ofSeconds(60)).build(),
                              HttpResponse.BodyHandlers.discarding())
                          .statusCode());
                } catch (java.io.IOException e) {
                  // not listening yet
                } catch (InterruptedException e) {
                  return;
                }
                try {
                  Thread.sleep(10);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "knocker");
    knocker.start();
    AppConfig config =
        AppConfig.of(
            Map.of(
                AppConfig.HTTP_PORT, String.valueOf(port), AppConfig.DATA_DIR, dataDir.toString()));
    try (ReferenceApp app = ReferenceApp.start(config)) {
      HttpResponse<String> first =
          http.send(HttpRequest.newBuilder(home).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(first.statusCode()).isEqualTo(200);
      starting.set(false);
      knocker.join(TimeUnit.SECONDS.toMillis(90));
    } finally {
      starting.set(false);
    }
    assertThat(answers).as("every answer while and after starting").containsOnly(200);
  }

  @Test
  void aFailingBackgroundStepFailsTheStartWithItsOwnErrorAndLeavesNoStartThread() {
    AppConfig config =
        AppConfig.of(
            Map.of(
                AppConfig.HTTP_PORT,
                "0",
                AppConfig.DATA_DIR,
                dataDir.toString(),
                AppConfig.DB_URL,
                "jdbc:unknown:db"));
    assertThatThrownBy(() -> ReferenceApp.start(config))
        .isInstanceOf(ConfigurationException.class)
        .satisfies(
            e ->
                assertThat(((ConfigurationException) e).errorCode())
                    .isEqualTo(RefappErrorCode.INVALID_SETTING));
    assertThat(Thread.getAllStackTraces().keySet())
        .noneMatch(t -> t.isAlive() && t.getName().startsWith("lienthong-start-") && !done(t));
  }

  /** A pool thread that ran its last step may take a moment to end; give it one second. */
  private static boolean done(Thread t) {
    try {
      t.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return !t.isAlive();
  }

  @Test
  void environmentVariableNamesFollowTheSettingNames() {
    assertThat(AppConfig.envName("db.url")).isEqualTo("LIENTHONG_DB_URL");
    assertThat(AppConfig.envName("public.base-url")).isEqualTo("LIENTHONG_PUBLIC_BASE_URL");
  }
}
