package vn.lienthong.core.contracts;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of validating a message against an operation of a contract: the violations found, in
 * message order (status and media type, then headers, then body), at most {@link
 * ContractValidator#MAX_VIOLATIONS}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param operation the operation reference, such as {@code portal/portal-sync#syncDossiers}
 * @param violations the violations; empty when the message satisfies the contract
 * @since 0.1.0
 */
public record ContractValidationResult(String operation, List<ContractViolation> violations) {

  /**
   * Creates a result; the list is copied.
   *
   * @param operation the operation reference
   * @param violations the violations
   * @throws NullPointerException if an argument or element is null
   */
  public ContractValidationResult {
    Objects.requireNonNull(operation, "operation");
    violations = List.copyOf(violations);
  }

  /**
   * Says whether the message satisfies the contract.
   *
   * @return true when there is no violation
   */
  public boolean valid() {
    return violations.isEmpty();
  }
}
