package vn.lienthong.conformance;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The result of one requirement: the outcome of each of its checks and the requirement's overall
 * outcome.
 *
 * <p>The overall outcome is {@link Outcome#FAILED} if any check failed, else {@link Outcome#ERROR}
 * if any could not run, else {@link Outcome#PASSED} if every check passed, else {@link
 * Outcome#SKIPPED} (a requirement is never passed on part of its checks). Instances are immutable
 * and thread-safe.
 *
 * @param requirement the requirement
 * @param checks the outcome of each check, in catalogue order
 * @param duration how long its checks took
 * @since 0.1.0
 */
public record RequirementResult(
    Requirement requirement, List<CheckOutcome> checks, Duration duration) {

  /**
   * Checks the parts and copies the list.
   *
   * @param requirement the requirement
   * @param checks the check outcomes, at least one
   * @param duration how long its checks took
   * @throws IllegalArgumentException if there is no check outcome
   * @throws NullPointerException if a part is null
   */
  public RequirementResult {
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(duration, "duration");
    checks = List.copyOf(checks);
    if (checks.isEmpty()) {
      throw new IllegalArgumentException("requirement " + requirement.id() + " has no outcome");
    }
  }

  /**
   * Returns the requirement's overall outcome.
   *
   * @return the outcome
   */
  public Outcome outcome() {
    if (has(Outcome.FAILED)) {
      return Outcome.FAILED;
    }
    if (has(Outcome.ERROR)) {
      return Outcome.ERROR;
    }
    return checks.stream().allMatch(c -> c.result().outcome() == Outcome.PASSED)
        ? Outcome.PASSED
        : Outcome.SKIPPED;
  }

  private boolean has(Outcome o) {
    return checks.stream().anyMatch(c -> c.result().outcome() == o);
  }
}
