package vn.lienthong.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lienthong.conformance.CheckContext;
import vn.lienthong.conformance.ConformanceRun;
import vn.lienthong.conformance.Outcome;
import vn.lienthong.conformance.RunReport;
import vn.lienthong.conformance.report.ReportFiles;
import vn.lienthong.conformance.report.ReportSigner;
import vn.lienthong.conformance.report.ReportVerification;
import vn.lienthong.conformance.report.ReportVerifier;
import vn.lienthong.sandbox.Sandbox;

/** Examples of docs/conformance-kit.md. */
class ConformanceKitExamples {

  @TempDir Path dir;

  /** A stand-in for the vendor's system: rejects malformed JSON with coded problem details. */
  private static HttpServer vendorSystem() throws Exception {
    HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    s.createContext(
        "/api/v1/dossiers",
        x -> {
          x.getRequestBody().readAllBytes();
          byte[] b =
              "{\"status\":400,\"title\":\"Dữ liệu không hợp lệ\",\"code\":\"LT-APP-0001\"}"
                  .getBytes(StandardCharsets.UTF_8);
          x.getResponseHeaders().set("Content-Type", "application/problem+json");
          x.sendResponseHeaders(400, b.length);
          x.getResponseBody().write(b);
          x.close();
        });
    s.start();
    return s;
  }

  @Test
  void junit() throws Exception {
    HttpServer server = vendorSystem();
    URI myCommuneSystem = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    try {
      // tag::junit[]
      RunReport report =
          ConformanceRun.builder()
              .target(myCommuneSystem) // the system under test, reached over HTTP only
              .only("LT-ROB-*") // as --only: ids or globs, comma-separated
              .setting(CheckContext.INVALID_INPUT_PATH, "/api/v1/dossiers")
              .build() // fails fast if the catalogue names a check nobody implements
              .execute();
      assertThat(report.result("LT-ROB-001").orElseThrow().outcome()).isEqualTo(Outcome.PASSED);
      // end::junit[]
    } finally {
      server.stop(0);
    }
  }

  @Test
  void sandbox() throws Exception {
    HttpServer server = vendorSystem();
    URI myCommuneSystem = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    try {
      // tag::sandbox[]
      try (Sandbox sandbox = Sandbox.create().start()) {
        // point your system's portal sync at sandbox.uri("/portal"), with LGSP tokens from
        // sandbox.lgsp().tokenEndpoint() for SandboxLgsp.DEMO_CLIENT_ID / DEMO_CLIENT_SECRET
        RunReport report =
            ConformanceRun.builder()
                .target(myCommuneSystem)
                .only("LT-LIFE-002,LT-LIFE-003,LT-ROB-003")
                .sandbox(sandbox) // the checks read its portal and switch its faults
                .setting(CheckContext.OUTAGE_WAIT_SECONDS, "30")
                .build()
                .execute();
        assertThat(report.sandbox()).containsKey("/portal");
      }
      // end::sandbox[]
    } finally {
      server.stop(0);
    }
  }

  @Test
  void reports() throws Exception {
    HttpServer server = vendorSystem();
    URI target = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    try {
      RunReport report =
          ConformanceRun.builder()
              .target(target)
              .only("LT-ROB-001")
              .setting(CheckContext.INVALID_INPUT_PATH, "/api/v1/dossiers")
              .build()
              .execute();
      Path out = dir;
      // tag::reports[]
      List<Path> files = ReportFiles.write(report, out, ReportSigner.perRun());
      // report.html, report.json, junit.xml and a detached JWS beside each (*.jws)
      ReportVerification v = ReportVerifier.verify(out.resolve("report.html"), List.of());
      assertThat(v.valid()).isTrue();
      assertThat(v.integrityOnly()).isTrue(); // a per-run key: unchanged, but not who signed
      // end::reports[]
      assertThat(files).hasSize(6);
    } finally {
      server.stop(0);
    }
  }
}
