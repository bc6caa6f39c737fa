package vn.lienthong.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import vn.lienthong.sandbox.internal.lgsp.BusGateway;
import vn.lienthong.sandbox.internal.lgsp.ContractSchemas;

/**
 * A plain JDK {@link HttpClient} speaking the bus envelope to the sandbox, validating what it
 * receives against the contracts on the client side. Test support only.
 */
public final class BusTestClient {

  public static final String CLIENT = "VN-TEST/GOV/000.00.01.H22/mot-cua-xa";
  public static final String PROVIDER = "VN-TEST/GOV/000.00.00.G01/";
  public static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final Sandbox sandbox;

  public BusTestClient(Sandbox sandbox) {
    this.sandbox = sandbox;
  }

  /** A request with every required envelope header. */
  public HttpRequest.Builder request(String path, String subsystem, String service) {
    return HttpRequest.newBuilder(sandbox.uri(path))
        .timeout(Duration.ofSeconds(20))
        .header("LT-Protocol-Version", "1.0")
        .header("LT-Client", CLIENT)
        .header("LT-Service", PROVIDER + subsystem + "/" + service + "/v1")
        .header("LT-Id", UUID.randomUUID().toString())
        .header("LT-UserId", "vn-officer:trang@xa-ba-dinh");
  }

  public static HttpRequest.BodyPublisher body(String json) {
    return HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
  }

  public static HttpRequest.Builder json(HttpRequest.Builder b, String json) {
    return b.header("Content-Type", "application/json").POST(body(json));
  }

  public static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  public static HttpResponse<String> post(HttpRequest.Builder b, String json) throws Exception {
    return send(json(b, json));
  }

  public static JsonNode tree(HttpResponse<String> r) throws Exception {
    return JSON.readTree(r.body());
  }

  /** Checks a response against the contract schema and the envelope's response headers. */
  public static JsonNode valid(HttpResponse<String> r, String contract, String schema)
      throws Exception {
    JsonNode n = tree(r);
    assertThat(ContractSchemas.shared().validate(contract, schema, n)).as(r.body()).isEmpty();
    return n;
  }

  /** Checks the echo headers a bus answer must carry. */
  public static void echoes(HttpResponse<String> r, String requestBody) {
    assertThat(r.headers().firstValue("LT-Protocol-Version")).contains("1.0");
    assertThat(r.headers().firstValue("LT-Id"))
        .isEqualTo(r.request().headers().firstValue("LT-Id"));
    assertThat(r.headers().firstValue("LT-Request-Hash"))
        .contains(BusGateway.hash(requestBody.getBytes(StandardCharsets.UTF_8)));
    for (String h : new String[] {"LT-Id", "LT-Request-Hash", "LT-Protocol-Version"}) {
      assertThat(
              ContractSchemas.shared()
                  .validate(
                      "bus/envelope",
                      h.equals("LT-Id")
                          ? "MessageId"
                          : h.equals("LT-Request-Hash") ? "RequestHash" : "ProtocolVersion",
                      TextNode.valueOf(r.headers().firstValue(h).orElse(""))))
          .isEmpty();
    }
  }

  /** Checks a problem answer: status, code, media type, and the contract's Problem schema. */
  public static JsonNode problem(HttpResponse<String> r, int status, String code) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).contains("application/problem+json");
    JsonNode n = valid(r, "bus/envelope", "Problem");
    assertThat(n.path("code").asText()).isEqualTo(code);
    return n;
  }

  public URI uri(String path) {
    return sandbox.uri(path);
  }
}
