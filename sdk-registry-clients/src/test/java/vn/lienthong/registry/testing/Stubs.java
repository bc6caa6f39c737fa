package vn.lienthong.registry.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** Stubs shared by the typed-client contract tests. */
public final class Stubs {

  private Stubs() {}

  /**
   * Answers 200 with a JSON body.
   *
   * @param wm the server
   * @param path the path
   * @param json the body
   */
  public static void ok(WireMockExtension wm, String path, String json) {
    wm.stubFor(
        post(urlEqualTo(path))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(json)));
  }

  /**
   * Answers with a problem.
   *
   * @param wm the server
   * @param path the path
   * @param status the status
   * @param code the LT-BUS code
   * @param category the category
   */
  public static void problem(
      WireMockExtension wm, String path, int status, String code, String category) {
    wm.stubFor(
        post(urlEqualTo(path))
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/problem+json")
                    .withBody(
                        "{\"type\":\"urn:lienthong:problem:"
                            + code
                            + "\",\"title\":\"t\",\"status\":"
                            + status
                            + ",\"code\":\""
                            + code
                            + "\",\"category\":\""
                            + category
                            + "\"}")));
  }
}
