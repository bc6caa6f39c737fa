package vn.lienthong.refapp.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import vn.lienthong.core.contracts.ContractValidationResult;
import vn.lienthong.core.contracts.ContractValidator;

/** A small HTTP client for the Commune API that checks every answer against the contract. */
final class ApiClient {

  static final String CONTRACT = "commune/commune-api#";
  static final ObjectMapper JSON = new ObjectMapper();
  private static final ContractValidator CONTRACTS = ContractValidator.create();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  ApiClient(String base) {
    this.base = base + "/api";
  }

  /** One exchange: status and parsed body. */
  record Answer(int status, String body, String contentType) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  Answer call(String operation, String method, String path, String body, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    if (method.equals("GET")) {
      b.GET();
    } else {
      b.header("Content-Type", "application/json");
      b.method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    Answer a =
        new Answer(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
    if (operation != null && !r.body().isEmpty()) {
      ContractValidationResult v =
          CONTRACTS.validateResponseBody(CONTRACT + operation, a.status(), a.body());
      assertThat(v.violations()).as(operation + " " + a.status() + " " + a.body()).isEmpty();
    }
    if (operation != null && !body.isEmpty()) {
      ContractValidationResult v = CONTRACTS.validateRequestBody(CONTRACT + operation, body);
      assertThat(v.violations()).as("request of " + operation).isEmpty();
    }
    return a;
  }
}
