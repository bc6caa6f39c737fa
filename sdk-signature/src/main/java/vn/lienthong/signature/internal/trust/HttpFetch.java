package vn.lienthong.signature.internal.trust;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Small HTTP GET/POST for CRLs, OCSP, CA certificates and timestamps: plain http or https only,
 * with a timeout and a size cap. Thread-safe.
 */
public final class HttpFetch {

  private final HttpClient client;
  private final Duration timeout;

  /**
   * Creates a fetcher.
   *
   * @param timeout the connect and request timeout
   */
  public HttpFetch(Duration timeout) {
    this.timeout = timeout;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /**
   * Fetches a URL.
   *
   * @param uri the URL (http or https)
   * @param body the POST body, or null for GET
   * @param contentType the POST content type
   * @param maxBytes the largest answer accepted
   * @return the answer body
   * @throws IOException if the URL is not http(s), the call fails, the status is not 200 or the
   *     answer is too large
   */
  public byte[] fetch(URI uri, byte @Nullable [] body, String contentType, int maxBytes)
      throws IOException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IOException("unsupported scheme: " + scheme);
    }
    HttpRequest.Builder r = HttpRequest.newBuilder(uri).timeout(timeout);
    if (body != null) {
      r.header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }
    HttpResponse<InputStream> response;
    try {
      response = client.send(r.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    try (InputStream in = response.body()) {
      if (response.statusCode() != 200) {
        throw new HttpStatusException(response.statusCode());
      }
      byte[] bytes = in.readNBytes(maxBytes + 1);
      if (bytes.length > maxBytes) {
        throw new IOException("answer larger than " + maxBytes + " bytes");
      }
      return bytes;
    }
  }

  /** A non-200 answer. */
  public static final class HttpStatusException extends IOException {
    private static final long serialVersionUID = 1L;

    /** The HTTP status. */
    private final int status;

    HttpStatusException(int status) {
      super("HTTP " + status);
      this.status = status;
    }

    /**
     * Returns the HTTP status.
     *
     * @return the status
     */
    public int status() {
      return status;
    }
  }
}
