package vn.lienthong.sandbox.internal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.sandbox.internal.SandboxContext;
import vn.lienthong.sandbox.internal.http.ReplyException;

/**
 * Fuzzes what clients send the identity provider outside HTTP framing: client registrations (JSON)
 * and client assertions (JWT text). Each either succeeds or fails with a typed error, never with
 * anything else. Replays the committed corpus under {@code ClientInputFuzzTestInputs}.
 */
class ClientInputFuzzTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final IdentityProvider PROVIDER =
      new IdentityProvider(
          new SandboxContext(
              java.net.URI.create("http://127.0.0.1:1"), java.time.Clock.systemUTC()));

  @FuzzTest
  void clientRegistrationsParseOrReject(byte[] data) {
    JsonNode node;
    try {
      node = JSON.readTree(data);
    } catch (IOException e) {
      return;
    }
    if (node == null) {
      return;
    }
    try {
      assertThat(AdminRequests.client(node).clientId()).isNotEmpty();
    } catch (InvalidInputException expected) {
      assertThat(expected.errorCode().code()).isEqualTo("LT-SBX-0014");
    }
  }

  @FuzzTest
  void clientAssertionsVerifyOrAreInvalidClient(byte[] data) {
    String assertion = new String(data, java.nio.charset.StandardCharsets.UTF_8);
    try {
      new ClientAuthentication(PROVIDER)
          .privateKeyJwt(
              Map.of(
                  "client_assertion_type",
                  ClientAuthentication.ASSERTION_TYPE,
                  "client_assertion",
                  assertion),
              Set.of("http://127.0.0.1:1/idp"),
              new ReplayCache(),
              Instant.now());
      throw new AssertionError("a fuzzed assertion verified");
    } catch (ReplyException expected) {
      assertThat(expected.reply().status()).isEqualTo(401);
    }
  }
}
