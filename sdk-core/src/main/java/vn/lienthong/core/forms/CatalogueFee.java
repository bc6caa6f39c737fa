package vn.lienthong.core.forms;

import java.util.Objects;

/**
 * One fee or charge (phí, lệ phí) of a procedure, in Vietnamese đồng, with its legal source.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param name the Vietnamese name of the fee
 * @param amountVnd the amount in đồng, 0 for an exemption
 * @param source the legal source; marked "chưa xác nhận" (unconfirmed) where not verified
 * @since 0.1.0
 */
public record CatalogueFee(String name, long amountVnd, String source) {

  /**
   * Creates a fee.
   *
   * @param name the name
   * @param amountVnd the amount, not negative
   * @param source the source
   * @throws NullPointerException if a text is null
   * @throws IllegalArgumentException if the amount is negative
   */
  public CatalogueFee {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    if (amountVnd < 0) {
      throw new IllegalArgumentException("amountVnd must not be negative");
    }
  }
}
