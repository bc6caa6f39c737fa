package vn.lienthong.refapp.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.core.testing.TestPostgres;
import vn.lienthong.refapp.AppConfig;
import vn.lienthong.refapp.ReferenceApp;

/**
 * Two app nodes on one real PostgreSQL: a citizen who logs in on one node is logged in on the
 * other, a form served by one node is accepted by the other with the same CSRF token, and logging
 * out on one ends the session on both.
 */
class WebSessionsPostgresTest {

  @TempDir static Path temp;
  private static TestPostgres postgres;
  private static ReferenceApp nodeA;
  private static ReferenceApp nodeB;

  @BeforeAll
  static void start() throws Exception {
    postgres = TestPostgres.start();
    nodeA = node("a");
    nodeB = node("b");
  }

  private static ReferenceApp node(String name) throws Exception {
    return ReferenceApp.start(
        AppConfig.of(
            Map.of(
                AppConfig.HTTP_PORT, "0",
                AppConfig.DATA_DIR, Files.createTempDirectory(temp, name).toString(),
                AppConfig.DEMO_DATA, "false",
                AppConfig.DB_URL, postgres.jdbcUrl(),
                AppConfig.DB_USER, "postgres")));
  }

  @AfterAll
  static void stop() throws Exception {
    for (AutoCloseable c : new AutoCloseable[] {nodeB, nodeA, postgres}) {
      if (c != null) {
        c.close();
      }
    }
  }

  @Test
  void aSessionOpenedOnOneNodeWorksOnTheOtherUntilLogout() throws Exception {
    WebClient onA = new WebClient(nodeA.baseUrl());
    HttpResponse<String> page = onA.login("/dang-nhap", "citizen-lan");
    assertThat(page.body()).contains("Nguyễn Thị Lan");

    WebClient onB = new WebClient(nodeB.baseUrl());
    onB.cookies.putAll(onA.cookies); // the load balancer sends the next request to node B
    HttpResponse<String> mine = onB.get("/cong-dan/ho-so");
    assertThat(mine.statusCode()).isEqualTo(200);
    assertThat(mine.body()).contains("Nguyễn Thị Lan");

    // A form from node A, posted to node B: same session, same CSRF token.
    String csrf = WebClient.csrf(onA.get("/cong-dan/nop/1.001193").body());
    HttpResponse<String> filed = onB.post("/cong-dan/nop/1.001193", WebPagesTest.birthForm(csrf));
    assertThat(filed.statusCode()).isEqualTo(303);
    String location = filed.headers().firstValue("Location").orElseThrow();
    assertThat(onA.get(location).body()).contains("Đã nộp hồ sơ thành công");

    assertThat(onB.post("/dang-xuat", Map.of("_csrf", csrf)).statusCode()).isEqualTo(303);
    assertThat(onA.get("/cong-dan/ho-so").statusCode()).isEqualTo(303); // back to the login
  }
}
