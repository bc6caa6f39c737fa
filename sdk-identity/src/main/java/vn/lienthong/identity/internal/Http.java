package vn.lienthong.identity.internal;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.identity.IdentityErrorCode;

/**
 * HTTP to the provider with a hard deadline per exchange (connect, headers and body together), a
 * cap on the body and on the headers, and no redirects. Thread-safe.
 */
public final class Http implements AutoCloseable {

  /** Largest response body read from a provider, in bytes. */
  public static final int MAX_BODY_BYTES = 256 * 1024;

  /** Largest total size of response headers accepted, in bytes. */
  public static final int MAX_HEADER_BYTES = 16 * 1024;

  /** A response that arrived whole and within the caps. */
  public record Response(int status, HttpHeaders headers, String body) {

    /**
     * Returns the first value of a header.
     *
     * @param name the header name
     * @return the value
     */
    public Optional<String> header(String name) {
      return headers.firstValue(name);
    }
  }

  private final HttpClient client;
  private final Duration timeout;

  /**
   * Creates a client.
   *
   * @param timeout the deadline of one exchange
   */
  public Http(Duration timeout) {
    this.timeout = timeout;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  /**
   * Sends a GET.
   *
   * @param uri the address
   * @param what a name for errors (such as {@code jwks_uri})
   * @param headers extra headers, name then value
   * @return the response
   */
  public Response get(URI uri, String what, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET();
    return send(b, uri, what, headers);
  }

  /**
   * Sends a form POST.
   *
   * @param uri the address
   * @param form the urlencoded body
   * @param what a name for errors
   * @param headers extra headers, name then value
   * @return the response
   */
  public Response postForm(URI uri, String form, String what, String... headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8));
    return send(b, uri, what, headers);
  }

  private Response send(HttpRequest.Builder b, URI uri, String what, String... headers) {
    b.timeout(timeout).header("Accept", "application/json");
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    AtomicReference<@Nullable CappedBody> body = new AtomicReference<>();
    CompletableFuture<HttpResponse<byte[]>> f =
        client.sendAsync(
            b.build(),
            info -> {
              CappedBody c = new CappedBody(info.headers());
              body.set(c);
              return c;
            });
    HttpResponse<byte[]> r;
    try {
      r = f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw unavailable(uri, what, "timed out", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      f.cancel(true);
      throw unavailable(uri, what, "interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause() == null ? e : e.getCause();
      CappedBody capped = body.get();
      if (capped != null && capped.exceeded != null) {
        c = capped.exceeded;
      }
      if (c instanceof TooLarge) {
        throw Failures.remote(
            IdentityErrorCode.PROVIDER_RESPONSE_TOO_LARGE,
            ErrorDetails.field(what).with("limit", c.getMessage()),
            0,
            null,
            null);
      }
      throw unavailable(uri, what, c.getClass().getSimpleName(), c);
    }
    return new Response(r.statusCode(), r.headers(), new String(r.body(), StandardCharsets.UTF_8));
  }

  private RuntimeException unavailable(URI uri, String what, String reason, Throwable cause) {
    return Failures.remote(
        IdentityErrorCode.PROVIDER_UNAVAILABLE,
        ErrorDetails.field(what + " " + uri).with("limit", timeout).with("reason", reason),
        0,
        null,
        cause);
  }

  @Override
  public void close() {
    // java.net.http.HttpClient has no close() before Java 21; its threads end when unreferenced.
  }

  /** Thrown inside the body subscriber when a cap is exceeded. */
  private static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLarge(String limit) {
      super(limit, null, false, false);
    }
  }

  /** Collects the body up to {@link #MAX_BODY_BYTES}; fails early on oversized headers. */
  private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final HttpHeaders headers;
    private Flow.@Nullable Subscription subscription;
    volatile @Nullable TooLarge exceeded;

    CappedBody(HttpHeaders headers) {
      this.headers = headers;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      long headerBytes = 0;
      for (Map.Entry<String, List<String>> e : headers.map().entrySet()) {
        for (String v : e.getValue()) {
          headerBytes += e.getKey().length() + v.length() + 4;
        }
      }
      long declared = headers.firstValueAsLong("content-length").orElse(-1);
      if (headerBytes > MAX_HEADER_BYTES) {
        exceeded = new TooLarge(MAX_HEADER_BYTES + " header bytes");
        s.cancel();
        result.completeExceptionally(exceeded);
      } else if (declared > MAX_BODY_BYTES) {
        exceeded = new TooLarge(MAX_BODY_BYTES + " bytes");
        s.cancel();
        result.completeExceptionally(exceeded);
      } else {
        s.request(Long.MAX_VALUE);
      }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer b : items) {
        if (out.size() + b.remaining() > MAX_BODY_BYTES) {
          exceeded = new TooLarge(MAX_BODY_BYTES + " bytes");
          Flow.Subscription s = subscription;
          if (s != null) {
            s.cancel();
          }
          result.completeExceptionally(exceeded);
          return;
        }
        byte[] chunk = new byte[b.remaining()];
        b.get(chunk);
        out.write(chunk, 0, chunk.length);
      }
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      result.complete(out.toByteArray());
    }
  }
}
