package vn.lienthong.sandbox.internal.lgsp;

import java.io.IOException;

/**
 * Closes the connection of the current request without an answer: thrown (unchecked, though it is
 * an {@link IOException}) through the router, the JDK server closes the connection on a handler's
 * {@code IOException}. Used only by the drop fault.
 */
public final class ConnectionDrop extends IOException {

  private static final long serialVersionUID = 1L;

  private ConnectionDrop() {
    super("sandbox fault: connection dropped", null);
  }

  /**
   * Throws a drop past the router's {@code RuntimeException} handler.
   *
   * @param <T> any type, so it can stand where a value is expected
   * @return never returns
   */
  public static <T> T now() {
    return ConnectionDrop.<RuntimeException, T>sneaky(new ConnectionDrop());
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable, T> T sneaky(Throwable t) throws E {
    throw (E) t;
  }
}
