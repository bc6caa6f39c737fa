package vn.lienthong.registry.internal.bus;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import vn.lienthong.core.privacy.SafeLogger;
import vn.lienthong.registry.BusAuthentication;
import vn.lienthong.registry.BusException;
import vn.lienthong.registry.BusRequest;
import vn.lienthong.registry.BusResponse;
import vn.lienthong.registry.CallContext;
import vn.lienthong.registry.ClientId;
import vn.lienthong.registry.RegistryErrorCode;

/** One attempt of a bus call: envelope headers out, response envelope checked. */
public final class BusExchange {

  private static final SafeLogger LOG = SafeLogger.of(BusExchange.class);

  /** The {@code Accept} header of a JSON call, built once. */
  private static final String ACCEPT_JSON = BusRequest.JSON + ", " + Envelope.PROBLEM_JSON;

  private final HttpClient http;
  private final String client;
  private final BusAuthentication authentication;
  private final int maxResponseBytes;
  private final DeadlineSweeper scheduler;

  /**
   * Creates the exchange.
   *
   * @param http the HTTP client
   * @param client the calling subsystem
   * @param authentication the authentication
   * @param maxResponseBytes the body cap
   * @param scheduler the watcher of call deadlines
   */
  public BusExchange(
      HttpClient http,
      ClientId client,
      BusAuthentication authentication,
      int maxResponseBytes,
      DeadlineSweeper scheduler) {
    this.scheduler = scheduler;
    this.http = http;
    this.client = client.toString();
    this.authentication = authentication;
    this.maxResponseBytes = maxResponseBytes;
  }

  /**
   * Sends one attempt.
   *
   * @param request the call
   * @param service the service id as sent in {@code LT-Service}
   * @param body its body bytes
   * @param hash the body's request hash
   * @param timeout the attempt's timeout
   * @param attempt the attempt number, from 1
   * @return the checked response
   * @throws BusException for any failure
   */
  public BusResponse send(
      BusRequest request, String service, byte[] body, String hash, Duration timeout, int attempt) {
    String id = request.messageId().value();
    long start = System.nanoTime();
    HttpRequest.Builder builder = prepare(request, service, body, hash);
    String credential = authentication.authenticate(builder);
    HttpResponse<byte[]> response = exchange(builder.build(), timeout, service, id);
    if (response.statusCode() == 401
        && !credential.isEmpty()
        && authentication.rejected(credential)) {
      HttpRequest.Builder again = prepare(request, service, body, hash);
      authentication.authenticate(again);
      response = exchange(again.build(), timeout, service, id);
    }
    if (LOG.isEnabled(org.slf4j.event.Level.DEBUG)) {
      LOG.debug(
          "bus call {} id {} attempt {} status {} in {} ms",
          service,
          id,
          attempt,
          response.statusCode(),
          (System.nanoTime() - start) / 1_000_000);
    }
    return check(request, service, response, hash, attempt);
  }

  private HttpRequest.Builder prepare(
      BusRequest request, String service, byte[] body, String hash) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(request.uri())
            // No HttpRequest.timeout: the whole exchange, body included, is bounded in exchange()
            // (a request timeout would also arm a selector timer on every call).
            .header(Envelope.H_PROTOCOL_VERSION, Envelope.PROTOCOL_VERSION)
            .header(Envelope.H_CLIENT, client)
            .header(Envelope.H_SERVICE, service)
            .header(Envelope.H_ID, request.messageId().value())
            .header(Envelope.H_REQUEST_HASH, hash)
            .header("Accept", accept(request.accept()));
    CallContext context = request.context();
    if (context.userId() != null) {
      b.header(Envelope.H_USER_ID, context.userId());
    }
    if (context.issue() != null) {
      b.header(Envelope.H_ISSUE, context.issue());
    }
    boolean hasBody =
        body.length > 0 || request.method().equals("POST") || request.method().equals("PUT");
    if (hasBody) {
      b.header("Content-Type", request.contentType());
    }
    return b.method(
        request.method(),
        hasBody
            ? HttpRequest.BodyPublishers.ofByteArray(body)
            : HttpRequest.BodyPublishers.noBody());
  }

  private static String accept(String accept) {
    return accept.equals(BusRequest.JSON) ? ACCEPT_JSON : accept + ", " + Envelope.PROBLEM_JSON;
  }

  private HttpResponse<byte[]> exchange(
      HttpRequest request, Duration timeout, String service, String id) {
    Deadline deadline = new Deadline(scheduler, timeout);
    try (deadline) {
      // A blocking send on the caller's thread: cheaper than sendAsync().get(); the deadline
      // interrupts it (which cancels the exchange) when the whole call, body included, is late.
      return http.send(request, new CappedBody(maxResponseBytes));
    } catch (InterruptedException e) {
      if (deadline.fired()) {
        throw timedOut(service, id, timeout, e);
      }
      Thread.currentThread().interrupt();
      throw BusErrors.error(RegistryErrorCode.CALL_INTERRUPTED)
          .service(service)
          .messageId(id)
          .cause(e)
          .build();
    } catch (IOException e) {
      if (e instanceof CappedBody.TooLarge || e.getCause() instanceof CappedBody.TooLarge) {
        throw BusErrors.error(RegistryErrorCode.RESPONSE_TOO_LARGE)
            .service(service)
            .messageId(id)
            .arg("limit", maxResponseBytes)
            .build();
      }
      if (e instanceof HttpTimeoutException || deadline.fired()) {
        throw timedOut(service, id, timeout, e);
      }
      throw BusErrors.error(RegistryErrorCode.CONNECTION_FAILED)
          .service(service)
          .messageId(id)
          .value(request.uri().getHost() + ":" + request.uri().getPort())
          .arg("reason", e.getClass().getSimpleName())
          .cause(e)
          .build();
    }
  }

  private static BusException timedOut(String service, String id, Duration timeout, Throwable e) {
    return BusErrors.error(RegistryErrorCode.CALL_TIMED_OUT)
        .service(service)
        .messageId(id)
        .arg("limit", timeout)
        .cause(e)
        .build();
  }

  private static BusResponse check(
      BusRequest request, String service, HttpResponse<byte[]> response, String hash, int attempt) {
    String id = request.messageId().value();
    ResponseChecks checks = new ResponseChecks(service, id, hash);
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      boolean replayed = checks.checkEnvelope(response.headers(), true);
      String contentType = null;
      if (status != 204) {
        contentType =
            checks.checkContentType(
                response.headers(), status, ResponseChecks.mediaType(request.accept()));
      }
      return new BusResponse(
          status,
          response.headers(),
          response.body(),
          contentType,
          request.messageId(),
          hash,
          replayed,
          attempt);
    }
    checks.checkEnvelope(response.headers(), false);
    String type =
        ResponseChecks.mediaType(response.headers().firstValue("Content-Type").orElse(null));
    Problems.Problem problem =
        type.equals(Envelope.PROBLEM_JSON) || type.equals("application/json")
            ? Problems.read(response.body())
            : Problems.Problem.NONE;
    throw Problems.toException(status, problem, service, id);
  }
}
