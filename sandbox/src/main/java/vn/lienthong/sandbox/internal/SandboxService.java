package vn.lienthong.sandbox.internal;

import vn.lienthong.sandbox.internal.http.HttpCall;
import vn.lienthong.sandbox.internal.http.HttpReply;

/**
 * A simulated service mounted under its own path prefix of the sandbox server ({@code /idp}, {@code
 * /registry/population}...). The router gives it every request whose path is the prefix or starts
 * with the prefix and {@code /}. Implementations must be thread-safe: requests arrive on several
 * worker threads at once.
 *
 * <p>To add a service: implement this, return it from a {@link ServiceFactory}, and list the
 * factory in {@link ServiceCatalogue#standard()}; {@code Sandbox.Builder} mounts every listed
 * service unless the user excludes its prefix.
 */
public interface SandboxService extends AutoCloseable {

  /**
   * Returns the path prefix, starting with {@code /} and not ending with it.
   *
   * @return for example {@code /idp}
   */
  String prefix();

  /**
   * Returns a short human-readable name for the endpoint list the standalone sandbox prints.
   *
   * @return for example {@code OpenID provider (citizens, FAPI 2.0)}
   */
  String title();

  /**
   * Handles one request. Throw {@link vn.lienthong.core.LienThongException} for a problem-details
   * answer, or {@link vn.lienthong.sandbox.internal.http.ReplyException} for any other early
   * answer.
   *
   * @param call the request
   * @return the reply
   */
  HttpReply handle(HttpCall call);

  /** Releases what the service holds; the default does nothing. */
  @Override
  default void close() {}
}
