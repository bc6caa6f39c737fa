package vn.lienthong.core;

/**
 * A stable error code with Vietnamese and English texts, such as {@code LT-CORE-0001}.
 *
 * <p>Codes never change meaning once released: programs may branch on {@link #code()}. Each module
 * keeps its codes in an enum implementing this interface and its texts in a resource bundle named
 * by {@link #bundleBaseName()}, with the keys {@code <code>.title} (short, the same for every
 * occurrence) and {@code <code>.detail} (a template naming the field, the rule and the value, with
 * {@code {name}} placeholders filled from the exception's details). {@link ErrorCatalogue} checks
 * that both languages have both texts.
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public interface ErrorCode {

  /**
   * Returns the stable code, {@code LT-<AREA>-NNNN}.
   *
   * @return the code, never empty
   */
  String code();

  /**
   * Returns the base name of the resource bundle holding this code's texts, for example {@code
   * vn.lienthong.core.messages}.
   *
   * @return the bundle base name
   */
  String bundleBaseName();

  /**
   * Returns whether repeating the same operation later may succeed (a remote service that was
   * down), as opposed to a problem that repeating cannot fix (bad input, misconfiguration).
   *
   * @return {@code true} if the operation may be retried
   */
  default boolean retryable() {
    return false;
  }

  /**
   * Returns the HTTP status a REST layer should answer with when this error reaches a client.
   *
   * @return an HTTP status code, 400 unless the code says otherwise
   */
  default int httpStatus() {
    return 400;
  }
}
