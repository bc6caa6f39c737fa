package vn.lienthong.conformance;

import java.util.Objects;

/**
 * The result of one check within a requirement's result.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param checkId the check id
 * @param result what it found
 * @since 0.1.0
 */
public record CheckOutcome(String checkId, CheckResult result) {

  /**
   * Checks the parts are present.
   *
   * @param checkId the check id
   * @param result what it found
   * @throws NullPointerException if a part is null
   */
  public CheckOutcome {
    Objects.requireNonNull(checkId, "checkId");
    Objects.requireNonNull(result, "result");
  }
}
