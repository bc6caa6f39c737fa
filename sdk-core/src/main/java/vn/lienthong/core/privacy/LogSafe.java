package vn.lienthong.core.privacy;

/**
 * A value that knows how to render itself without revealing personal data, for logs and error
 * messages. Identifiers and other personal values implement it; the SDK's log lines render every
 * argument through it.
 *
 * <p>Implementations must be thread-safe.
 *
 * @since 0.1.0
 */
public interface LogSafe {

  /**
   * Returns a rendering that is safe to log: personal digits and letters hidden, shape kept.
   *
   * @return the masked rendering, for example {@code *********456}
   */
  String masked();
}
