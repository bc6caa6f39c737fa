package vn.lienthong.conformance;

/**
 * One automated check of the conformance kit, verifying (part of) one requirement of the {@link
 * RequirementCatalogue}, such as {@code rob.invalid-input.problem-details-with-code} for {@code
 * LT-ROB-001}.
 *
 * <p>Implementations must be thread-safe and must not throw for anything the target does: a bad
 * answer is {@link CheckResult#failed}, an unreachable target is {@link CheckResult#error}. An
 * exception escaping {@link #run} is reported as {@link Outcome#ERROR}.
 *
 * <pre>{@code
 * Check check = new Check() {
 *   public String id() { return "api.health.answers"; }
 *   public String requirement() { return "LT-API-001"; }
 *   public CheckResult run(CheckContext context) {
 *     HttpExchange e = context.http().get(context.target().resolve("/health")).exchange();
 *     return e.status() == 200 ? CheckResult.passed("200", List.of(e))
 *         : CheckResult.failed(new Text("trả lời 200", "answers 200"), "" + e.status(), List.of(e));
 *   }
 * };
 * }</pre>
 *
 * @since 0.1.0
 */
public interface Check {

  /**
   * Returns the check id, as listed under the requirement's {@code checks} in the catalogue.
   *
   * @return the id, e.g. {@code sig.result.crypto-policy}
   */
  String id();

  /**
   * Returns the id of the requirement this check verifies.
   *
   * @return the requirement id, e.g. {@code LT-SIG-005}
   */
  String requirement();

  /**
   * Runs the check against the system under test.
   *
   * @param context the target, HTTP client, sandbox endpoints, clock and settings
   * @return what the check found
   */
  CheckResult run(CheckContext context);
}
