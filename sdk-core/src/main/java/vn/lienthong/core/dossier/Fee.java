package vn.lienthong.core.dossier;

import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.internal.dossier.DossierChecks;

/**
 * A fee or charge of a dossier (phí, lệ phí), in Vietnamese đồng.
 *
 * <p>Records are immutable and thread-safe.
 *
 * <pre>{@code
 * Fee fee = new Fee("Lệ phí đăng ký thường trú", 20_000, false).paid();
 * }</pre>
 *
 * @param name what the fee is for
 * @param amountVnd the amount in VND, zero or more
 * @param isPaid whether it has been paid
 * @since 0.1.0
 */
public record Fee(String name, long amountVnd, boolean isPaid) {

  /** The longest fee name accepted. */
  public static final int MAX_NAME_LENGTH = 500;

  /**
   * Creates a fee.
   *
   * @param name what the fee is for, not blank
   * @param amountVnd the amount in VND
   * @param isPaid whether it has been paid
   * @throws NullPointerException if {@code name} is null
   * @throws InvalidInputException if the name is blank or too long, or the amount negative
   */
  public Fee {
    DossierChecks.text("fee.name", name, MAX_NAME_LENGTH);
    DossierChecks.nonNegative("fee.amountVnd", amountVnd);
  }

  /**
   * Returns this fee marked as paid.
   *
   * @return a paid copy
   */
  public Fee paid() {
    return new Fee(name, amountVnd, true);
  }
}
