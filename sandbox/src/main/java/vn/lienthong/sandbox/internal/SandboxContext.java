package vn.lienthong.sandbox.internal;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the services of one sandbox share: the base URI ({@code http://127.0.0.1:port}), the clock,
 * a random source and a typed board where one service publishes an object another uses (the
 * identity provider publishes itself, the LGSP token endpoint may look it up). Thread-safe.
 */
public final class SandboxContext {

  private final URI baseUri;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final Map<Class<?>, Object> board = new ConcurrentHashMap<>();

  /**
   * Creates the context.
   *
   * @param baseUri the server's base URI, without trailing slash
   * @param clock the clock every service reads
   */
  public SandboxContext(URI baseUri, Clock clock) {
    this.baseUri = Objects.requireNonNull(baseUri, "baseUri");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Returns the base URI, such as {@code http://127.0.0.1:49152}.
   *
   * @return the base URI, without trailing slash
   */
  public URI baseUri() {
    return baseUri;
  }

  /**
   * Returns the absolute URI of a path on this server.
   *
   * @param path a path starting with {@code /}
   * @return the URI
   */
  public URI uri(String path) {
    return URI.create(baseUri + path);
  }

  /**
   * Returns the clock.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Returns the shared random source.
   *
   * @return a thread-safe secure random
   */
  public SecureRandom random() {
    return random;
  }

  /**
   * Publishes an object for other services.
   *
   * @param <T> its type
   * @param type the key
   * @param value the object
   */
  public <T> void publish(Class<T> type, T value) {
    board.put(type, type.cast(value));
  }

  /**
   * Looks up a published object.
   *
   * @param <T> its type
   * @param type the key
   * @return the object, if some service published one
   */
  public <T> Optional<T> lookup(Class<T> type) {
    return Optional.ofNullable(board.get(type)).map(type::cast);
  }
}
