package vn.lienthong.identity.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienthong.identity.CitizenIdentity;
import vn.lienthong.identity.FakeOpAccess;
import vn.lienthong.identity.OidcLogin;

/** The filter in a real Jetty 12 (ee10) on loopback, a real HTTP client as the browser. */
class OidcLoginFilterTest {

  private final FakeOpAccess op = new FakeOpAccess();
  private Server jetty;
  private String app;
  private final HttpClient browser =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @BeforeEach
  void startJetty() throws Exception {
    jetty = new Server();
    ServerConnector c = new ServerConnector(jetty);
    c.setHost("127.0.0.1");
    c.setPort(0);
    jetty.addConnector(c);
    ServletContextHandler ctx = new ServletContextHandler(ServletContextHandler.SESSIONS);
    ctx.setContextPath("/");
    ctx.addServlet(
        new ServletHolder(
            new HttpServlet() {
              private static final long serialVersionUID = 1L;

              @Override
              protected void doGet(HttpServletRequest req, HttpServletResponse res)
                  throws IOException {
                CitizenIdentity who =
                    (CitizenIdentity) req.getAttribute(OidcLoginFilter.IDENTITY_ATTRIBUTE);
                res.setContentType("text/plain;charset=utf-8");
                res.getWriter().write("xin chào " + who.personalId().value());
              }
            }),
        "/*");
    jetty.setHandler(ctx);
    jetty.start();
    app = "http://127.0.0.1:" + c.getLocalPort();
    OidcLogin rp = op.rpBuilder().redirectUri(URI.create(app + "/login/callback")).build();
    ctx.addFilter(
        new FilterHolder(OidcLoginFilter.create(rp, "/login/callback")),
        "/*",
        EnumSet.of(DispatcherType.REQUEST));
  }

  @AfterEach
  void stop() throws Exception {
    jetty.stop();
    op.close();
  }

  private HttpResponse<String> get(String uri) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(URI.create(uri)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void redirectsToTheProviderThenBackToThePageWithTheIdentity() throws Exception {
    HttpResponse<String> first = get(app + "/ho-so?id=7");
    assertThat(first.statusCode()).isEqualTo(302);
    assertThat(first.headers().firstValue("Location").orElseThrow())
        .startsWith(op.issuer() + "/authorize?client_id=");
    String sessionBefore = browser.cookieHandler().orElseThrow().toString();

    URI callback = op.callbackWith(Map.of());
    HttpResponse<String> back = get(app + "/login/callback?" + callback.getRawQuery());
    assertThat(back.statusCode()).isEqualTo(302);
    assertThat(back.headers().firstValue("Location").orElseThrow()).endsWith("/ho-so?id=7");

    HttpResponse<String> page = get(app + "/ho-so?id=7");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).isEqualTo("xin chào 001090123456");
    assertThat(sessionBefore).isNotNull();
  }

  @Test
  void answersAForgedCallbackWithAProblemInVietnamese() throws Exception {
    get(app + "/ho-so");
    HttpResponse<String> r = get(app + "/login/callback?code=x&state=forged&iss=" + op.issuer());
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(r.body()).contains("LT-IDN-0101").contains("không khớp");
    assertThat(get(app + "/ho-so").statusCode()).isEqualTo(302);
  }

  @Test
  void answersACallbackWithoutALoginInProgress() throws Exception {
    HttpResponse<String> r = get(app + "/login/callback?code=x&state=y");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("LT-IDN-0108");
  }

  @Test
  void refusesOversizedRequestsBeforeTheFilter() throws Exception {
    HttpResponse<String> r = get(app + "/ho-so?q=" + "a".repeat(20_000));
    assertThat(r.statusCode()).isIn(414, 431);
  }

  @Test
  void answersNonGetRequestsWithoutLoginWith401() throws Exception {
    HttpResponse<String> r =
        browser.send(
            HttpRequest.newBuilder(URI.create(app + "/ho-so"))
                .POST(HttpRequest.BodyPublishers.ofString("x"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(401);
  }
}
