package vn.lienthong.conformance;

import java.text.Normalizer;
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
  private final String observedVi;
  private final List<HttpExchange> evidence;

  private CheckResult(
      Outcome outcome,
      @Nullable Text expected,
      String observed,
      String observedVi,
      List<HttpExchange> evidence) {
    this.outcome = outcome;
    this.expected = expected;
    this.observed = Scrubber.scrub(observed, MAX_OBSERVED);
    this.observedVi =
        Scrubber.scrub(Normalizer.normalize(observedVi, Normalizer.Form.NFC), MAX_OBSERVED);
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
    return new CheckResult(Outcome.PASSED, null, observed, observed, evidence);
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
    return failed(expected, observed, observed, evidence);
  }

  /**
   * A failed check, with what was observed told in Vietnamese for the HTML report and in English.
   *
   * @param expected what the system should have done
   * @param observedVi what it did, in Vietnamese (scrubbed, NFC-normalised and cut here)
   * @param observedEn what it did, in English (scrubbed and cut here)
   * @param evidence the exchanges that show it
   * @return the result
   * @throws NullPointerException if an argument is null
   */
  public static CheckResult failed(
      Text expected, String observedVi, String observedEn, List<HttpExchange> evidence) {
    return new CheckResult(
        Outcome.FAILED,
        Objects.requireNonNull(expected, "expected"),
        observedEn,
        observedVi,
        evidence);
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
        Outcome.SKIPPED, Objects.requireNonNull(reason, "reason"), "", "", List.of());
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
    return new CheckResult(Outcome.ERROR, null, reason, reason, evidence);
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
   * Returns what was observed in English (or, for {@link Outcome#ERROR}, what went wrong), scrubbed
   * of personal numbers.
   *
   * @return the observed value, possibly empty
   */
  public String observed() {
    return observed;
  }

  /**
   * Returns what was observed in Vietnamese, for people reading the HTML report; the English text
   * of {@link #observed()} when the check gave no Vietnamese one.
   *
   * @return the observed value in Vietnamese, possibly empty
   */
  public String observedVi() {
    return observedVi;
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
