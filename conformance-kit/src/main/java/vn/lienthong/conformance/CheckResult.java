package vn.lienthong.conformance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.privacy.Scrubber;

/**
 * What one check found: its {@link Outcome}, and for a failure what was expected and what was
 * observed, with the HTTP exchanges as evidence.
 *
 * <p>Observed values come from the system under test, so they are scrubbed of personal numbers
 * ({@link Scrubber}) and cut to {@link #MAX_OBSERVED} characters here; reports escape them again.
 * Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * return CheckResult.failed(
 *     new Text("Phản hồi có mã lỗi (code)", "a response with an error code"),
 *     "problem details without 'code'",
 *     List.of(exchange));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CheckResult {

  /** The most characters of an observed value or reason kept. */
  public static final int MAX_OBSERVED = 1000;

  private final Outcome outcome;
  private final @Nullable Text expected;
  private final String observed;
  private final List<HttpExchange> evidence;

  private CheckResult(
      Outcome outcome, @Nullable Text expected, String observed, List<HttpExchange> evidence) {
    this.outcome = outcome;
    this.expected = expected;
    this.observed = Scrubber.scrub(observed, MAX_OBSERVED);
    this.evidence = List.copyOf(evidence);
  }

  /**
   * A passed check.
   *
   * @param observed what was seen, for the record (may be empty)
   * @param evidence the exchanges that show it
   * @return the result
   * @throws NullPointerException if an argument is null
   */
  public static CheckResult passed(String observed, List<HttpExchange> evidence) {
    return new CheckResult(Outcome.PASSED, null, observed, evidence);
  }

  /**
   * A failed check: the system does not do what the requirement asks.
   *
   * @param expected what the system should have done
   * @param observed what it did (from the target: scrubbed and cut here)
   * @param evidence the exchanges that show it
   * @return the result
   * @throws NullPointerException if an argument is null
   */
  public static CheckResult failed(Text expected, String observed, List<HttpExchange> evidence) {
    return new CheckResult(
        Outcome.FAILED, Objects.requireNonNull(expected, "expected"), observed, evidence);
  }

  /**
   * A skipped check, with the reason (not configured, not yet implemented, nothing to judge).
   *
   * @param reason why, in Vietnamese and English
   * @return the result
   * @throws NullPointerException if the argument is null
   */
  public static CheckResult skipped(Text reason) {
    return new CheckResult(
        Outcome.SKIPPED, Objects.requireNonNull(reason, "reason"), "", List.of());
  }

  /**
   * A check that could not run, e.g. because the target was unreachable.
   *
   * @param reason what went wrong, log-safe (scrubbed and cut here)
   * @param evidence the exchanges made before it went wrong
   * @return the result
   * @throws NullPointerException if an argument is null
   */
  public static CheckResult error(String reason, List<HttpExchange> evidence) {
    return new CheckResult(Outcome.ERROR, null, reason, evidence);
  }

  /**
   * Returns the outcome.
   *
   * @return the outcome
   */
  public Outcome outcome() {
    return outcome;
  }

  /**
   * Returns what was expected (for {@link Outcome#FAILED}) or why the check was skipped (for {@link
   * Outcome#SKIPPED}).
   *
   * @return the text, empty for passed checks and errors
   */
  public Optional<Text> expected() {
    return Optional.ofNullable(expected);
  }

  /**
   * Returns what was observed (or, for {@link Outcome#ERROR}, what went wrong), scrubbed of
   * personal numbers.
   *
   * @return the observed value, possibly empty
   */
  public String observed() {
    return observed;
  }

  /**
   * Returns the HTTP exchanges kept as evidence.
   *
   * @return the exchanges, possibly empty
   */
  public List<HttpExchange> evidence() {
    return evidence;
  }

  @Override
  public String toString() {
    return "CheckResult[" + outcome + (observed.isEmpty() ? "" : ": " + observed) + "]";
  }
}
