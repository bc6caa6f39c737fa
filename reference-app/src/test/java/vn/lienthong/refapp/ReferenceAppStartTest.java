package vn.lienthong.refapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  @Test
  void environmentVariableNamesFollowTheSettingNames() {
    assertThat(AppConfig.envName("db.url")).isEqualTo("LIENTHONG_DB_URL");
    assertThat(AppConfig.envName("public.base-url")).isEqualTo("LIENTHONG_PUBLIC_BASE_URL");
  }
}
