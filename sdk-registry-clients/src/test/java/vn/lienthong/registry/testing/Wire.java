package vn.lienthong.registry.testing;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.lienthong.core.contracts.ContractValidationResult;
import vn.lienthong.core.contracts.ContractValidator;
import vn.lienthong.registry.BusClient;
import vn.lienthong.registry.ClientId;
import vn.lienthong.registry.RetryPolicy;

/** Shared test fixtures: a WireMock provider, a bus client, contract checks of what was sent. */
public final class Wire {

  /** The test client subsystem. */
  public static final ClientId CLIENT = ClientId.parse("VN-TEST/GOV/000.00.01.H22/mot-cua-xa");

  /** The test provider subsystem. */
  public static final ClientId PROVIDER = ClientId.parse("VN-TEST/GOV/000.00.00.G01/csdl-dan-cu");

  private static final ContractValidator VALIDATOR = ContractValidator.create();

  private Wire() {}

  /**
   * A WireMock server on a random loopback port with the envelope echo.
   *
   * @return the extension
   */
  public static WireMockExtension server() {
    return WireMockExtension.newInstance()
        .options(
            wireMockConfig().dynamicPort().bindAddress("127.0.0.1").extensions(new EnvelopeEcho()))
        .build();
  }

  /**
   * A bus client with fast retries.
   *
   * @return the client
   */
  public static BusClient bus() {
    return BusClient.builder()
        .client(CLIENT)
        .retry(
            new RetryPolicy(
                3, java.time.Duration.ofMillis(10), 2.0, java.time.Duration.ofMillis(50), 0.5))
        .build();
  }

  /**
   * Reads a contract example.
   *
   * @param path under {@code contracts/examples/}
   * @return the text
   */
  public static String example(String path) {
    try (InputStream in =
        Wire.class.getClassLoader().getResourceAsStream("contracts/examples/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no example " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Asserts every request the server received satisfies the operation's contract (headers, content
   * type and body).
   *
   * @param server the server
   * @param operation the operation reference
   */
  public static void assertRequestsMeetContract(WireMockExtension server, String operation) {
    List<ServeEvent> events = server.getAllServeEvents();
    assertThat(events).isNotEmpty();
    for (ServeEvent e : events) {
      Map<String, List<String>> headers = new LinkedHashMap<>();
      e.getRequest().getHeaders().all().forEach(h -> headers.put(h.key(), h.values()));
      ContractValidationResult r =
          VALIDATOR.validateRequest(operation, headers, e.getRequest().getBodyAsString());
      assertThat(r.violations()).as("request to %s", operation).isEmpty();
    }
  }
}
