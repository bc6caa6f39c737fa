package vn.lienthong.registry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.lienthong.registry.testing.EnvelopeEcho;
import vn.lienthong.registry.testing.Wire;

class BusClientTest {

  @RegisterExtension static WireMockExtension wm = Wire.server();

  private final BusClient bus = Wire.bus();
  private static final String PATH = "/population/v1/citizens/lookup";
  private static final ServiceId SERVICE = Wire.PROVIDER.service("citizen-lookup", "v1");
  private static final String BODY = Wire.example("registry/population/lookupCitizen.request.json");
  private static final String CITIZEN =
      Wire.example("registry/population/lookupCitizen.response.json");

  @AfterEach
  void close() {
    bus.close();
  }

  private BusRequest request(String id) {
    return BusRequest.builder()
        .uri(URI.create(wm.baseUrl() + PATH))
        .service(SERVICE)
        .messageId(new MessageId(id))
        .context(new CallContext("officer:tran.thi.b@xa-ba-dinh", "000.00.01.H22-250701-0001"))
        .jsonBody(BODY.getBytes(StandardCharsets.UTF_8))
        .build();
  }

  private static void ok(String... extraHeaders) {
    var response =
        aResponse()
            .withStatus(200)
            .withHeader("Content-Type", "application/json")
            .withBody(CITIZEN);
    for (int i = 0; i < extraHeaders.length; i += 2) {
      response.withHeader(extraHeaders[i], extraHeaders[i + 1]);
    }
    wm.stubFor(post(urlEqualTo(PATH)).willReturn(response));
  }

  @Test
  void sendsEnvelopeHeadersThatMeetTheContractAndAcceptsTheEcho() {
    ok();
    BusResponse response = bus.call(request("msg-00000001"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.messageId().value()).isEqualTo("msg-00000001");
    assertThat(response.requestHash())
        .isEqualTo(EnvelopeEcho.hash(BODY.getBytes(StandardCharsets.UTF_8)));
    assertThat(response.attempts()).isEqualTo(1);
    wm.verify(
        postRequestedFor(urlEqualTo(PATH))
            .withHeader("LT-Protocol-Version", equalTo("1.0"))
            .withHeader("LT-Client", equalTo("VN-TEST/GOV/000.00.01.H22/mot-cua-xa"))
            .withHeader(
                "LT-Service", equalTo("VN-TEST/GOV/000.00.00.G01/csdl-dan-cu/citizen-lookup/v1"))
            .withHeader("LT-Id", equalTo("msg-00000001"))
            .withHeader("LT-UserId", equalTo("officer:tran.thi.b@xa-ba-dinh"))
            .withHeader("LT-Issue", equalTo("000.00.01.H22-250701-0001"))
            .withHeader("LT-Request-Hash", equalTo(response.requestHash())));
    Wire.assertRequestsMeetContract(wm, "registry/population#lookupCitizen");
  }

  @Test
  void rejectsAResponseForAnotherMessageId() {
    ok("LT-Id", "someone-elses-id");
    BusException e =
        catchThrowableOfType(() -> bus.call(request("msg-00000002")), BusException.class);
    assertThat(e.errorCode()).isEqualTo(RegistryErrorCode.RESPONSE_MESSAGE_ID_MISMATCH);
    assertThat(e.category()).isEqualTo(BusErrorCategory.CLIENT);
    assertThat(e.messageId()).contains("msg-00000002");
    assertThat(e.retryable()).isFalse();
  }

  @Test
  void rejectsAWrongRequestHash() {
    ok("LT-Request-Hash", "47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU");
    assertThatThrownBy(() -> bus.call(request("msg-00000003")))
        .isInstanceOf(BusException.class)
        .extracting(e -> ((BusException) e).errorCode())
        .isEqualTo(RegistryErrorCode.RESPONSE_REQUEST_HASH_MISMATCH);
  }

  @Test
  void rejectsAMissingEchoHeader() {
    wm.stubFor(
        post(urlEqualTo(PATH))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("X-Test-Raw", "1")
                    .withHeader("LT-Id", "msg-00000004")
                    .withHeader("LT-Protocol-Version", "1.0")
                    .withBody(CITIZEN)));
    BusException e =
        catchThrowableOfType(() -> bus.call(request("msg-00000004")), BusException.class);
    assertThat(e.errorCode()).isEqualTo(RegistryErrorCode.RESPONSE_HEADER_MISSING);
    assertThat(e.details().field()).contains("LT-Request-Hash");
  }

  @Test
  void rejectsADuplicatedEnvelopeHeader() {
    wm.stubFor(
        post(urlEqualTo(PATH))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("LT-Id", "msg-00000005", "msg-00000005")
                    .withBody(CITIZEN)));
    BusException e =
        catchThrowableOfType(() -> bus.call(request("msg-00000005")), BusException.class);
    assertThat(e.errorCode()).isEqualTo(RegistryErrorCode.RESPONSE_HEADER_DUPLICATED);
    assertThat(e.details().field()).contains("LT-Id");
  }

  @Test
  void rejectsAnUnsupportedProtocolVersion() {
    ok("LT-Protocol-Version", "2.0");
    BusException e =
        catchThrowableOfType(() -> bus.call(request("msg-00000006")), BusException.class);
    assertThat(e.errorCode()).isEqualTo(RegistryErrorCode.RESPONSE_HEADER_MALFORMED);
  }

  @Test
  void rejectsAWrongContentType() {
    wm.stubFor(
        post(urlEqualTo(PATH))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html")
                    .withBody("<html/>")));
    BusException e =
        catchThrowableOfType(() -> bus.call(request("msg-00000007")), BusException.class);
    assertThat(e.errorCode()).isEqualTo(RegistryErrorCode.RESPONSE_CONTENT_TYPE);
    assertThat(e.getMessage()).contains("text/html");
  }

  @Test
  void rejectsAnOversizedResponseWithoutReadingIt() {
    try (BusClient small = BusClient.builder().client(Wire.CLIENT).maxResponseBytes(1024).build()) {
      wm.stubFor(
          post(urlEqualTo(PATH))
              .willReturn(
                  aResponse()
                      .withStatus(200)
                      .withHeader("Content-Type", "application/json")
                      .withBody("[" + "0,".repeat(5000) + "0]")));
      BusException e =
          catchThrowableOfType(() -> small.call(request("msg-00000008")), BusException.class);
      assertThat(e.errorCode()).isEqualTo(RegistryErrorCode.RESPONSE_TOO_LARGE);
      assertThat(e.retryable()).isFalse();
    }
  }

  @Test
  void refusesAMessageIdReusedWithAnotherBodyButAllowsTheSameBody() {
    ok();
    bus.call(request("msg-00000009"));
    bus.call(request("msg-00000009"));
    BusRequest other =
        request("msg-00000009").toBuilder()
            .jsonBody("{\"other\":1}".getBytes(StandardCharsets.UTF_8))
            .build();
    BusException e = catchThrowableOfType(() -> bus.call(other), BusException.class);
    assertThat(e.errorCode()).isEqualTo(RegistryErrorCode.MESSAGE_ID_REUSED);
    assertThat(wm.getAllServeEvents()).hasSize(2);
  }

  @Test
  void reportsAReplayedResponse() {
    ok("LT-Replayed", "true");
    assertThat(bus.call(request("msg-00000010")).replayed()).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "400, LT-BUS-0008, client, LT-REG-0001, false",
    "401, LT-BUS-0101, authentication, LT-REG-0002, false",
    "404, LT-BUS-0201, routing, LT-REG-0003, false",
    "409, LT-BUS-0009, client, LT-REG-0008, false",
    "422, LT-BUS-0501, business, LT-REG-0006, false",
    "429, LT-BUS-0010, client, LT-REG-0007, true",
    "500, LT-BUS-0401, bus-internal, LT-REG-0005, true",
    "504, LT-BUS-0302, provider-down, LT-REG-0004, true",
  })
  void mapsProblemDetailsToOneTaxonomyKeepingTheIds(
      int status, String remote, String category, String code, boolean retryable) {
    try (BusClient once =
        BusClient.builder().client(Wire.CLIENT).retry(RetryPolicy.none()).build()) {
      wm.stubFor(
          post(urlEqualTo(PATH))
              .willReturn(
                  aResponse()
                      .withStatus(status)
                      .withHeader("Content-Type", "application/problem+json")
                      .withBody(
                          "{\"type\":\"urn:lienthong:problem:"
                              + remote
                              + "\",\"title\":\"t\",\"status\":"
                              + status
                              + ",\"code\":\""
                              + remote
                              + "\",\"category\":\""
                              + category
                              + "\",\"providerCode\":\"P-17\"}")));
      BusException e =
          catchThrowableOfType(
              () -> once.call(request("msg-status-" + status)), BusException.class);
      assertThat(e.code()).isEqualTo(code);
      assertThat(e.category().wireName()).isEqualTo(category);
      assertThat(e.retryable()).isEqualTo(retryable);
      assertThat(e.statusCode()).isEqualTo(status);
      assertThat(e.messageId()).contains("msg-status-" + status);
      assertThat(e.remoteCode()).contains(remote);
      assertThat(e.providerCode()).contains("P-17");
      assertThat(e.message(java.util.Locale.forLanguageTag("vi"))).isNotBlank();
    }
  }

  @Test
  void classifiesAnHtmlGatewayErrorByItsStatus() {
    try (BusClient once =
        BusClient.builder().client(Wire.CLIENT).retry(RetryPolicy.none()).build()) {
      wm.stubFor(
          post(urlEqualTo(PATH))
              .willReturn(
                  aResponse()
                      .withStatus(502)
                      .withHeader("Content-Type", "text/html")
                      .withBody("<h1>Bad gateway</h1>")));
      BusException e =
          catchThrowableOfType(() -> once.call(request("msg-00000011")), BusException.class);
      assertThat(e.category()).isEqualTo(BusErrorCategory.PROVIDER_DOWN);
      assertThat(e.retryable()).isTrue();
    }
  }
}
