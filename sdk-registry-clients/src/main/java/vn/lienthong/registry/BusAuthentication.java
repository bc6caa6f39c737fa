package vn.lienthong.registry;

import java.net.http.HttpRequest;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * How a {@link BusClient} authenticates below the envelope: X-Road headers only (the security
 * server authenticates), mutual TLS, or an LGSP gateway OAuth2 client-credentials token ({@link
 * LgspClientCredentials}).
 *
 * <p>Implementations are thread-safe.
 *
 * <pre>{@code
 * BusAuthentication auth = BusAuthentication.mutualTls(sslContextWithClientKey);
 * }</pre>
 *
 * @since 0.1.0
 */
public interface BusAuthentication {

  /**
   * Adds no credentials: the envelope headers only, for an X-Road security server or a trusted
   * local gateway.
   *
   * @return the authentication
   */
  static BusAuthentication headersOnly() {
    return request -> "";
  }

  /**
   * Authenticates with a TLS client certificate.
   *
   * @param sslContext a context whose key manager holds the client key and certificate and whose
   *     trust manager trusts the bus
   * @return the authentication
   * @throws NullPointerException if {@code sslContext} is null
   */
  static BusAuthentication mutualTls(SSLContext sslContext) {
    Objects.requireNonNull(sslContext, "sslContext");
    return new BusAuthentication() {
      @Override
      public Optional<SSLContext> sslContext() {
        return Optional.of(sslContext);
      }

      @Override
      public String authenticate(HttpRequest.Builder request) {
        return "";
      }
    };
  }

  /**
   * Returns the TLS context the bus client must use, if this authentication needs one.
   *
   * @return the context, or empty for the default
   */
  default Optional<SSLContext> sslContext() {
    return Optional.empty();
  }

  /**
   * Adds credentials to a request.
   *
   * @param request the request being built
   * @return the credential used (so it can be reported as rejected), or {@code ""}
   * @throws BusException if credentials cannot be obtained
   */
  String authenticate(HttpRequest.Builder request);

  /**
   * Tells that the bus rejected a credential as expired.
   *
   * @param credential the value {@link #authenticate} returned
   * @return true if a new credential may succeed (the call is then repeated once)
   */
  default boolean rejected(String credential) {
    return false;
  }
}
