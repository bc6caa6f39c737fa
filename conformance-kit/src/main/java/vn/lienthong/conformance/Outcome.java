package vn.lienthong.conformance;

/**
 * The outcome of a check or of a requirement.
 *
 * <p>{@link #ERROR} means the check itself could not run (the target was unreachable, an answer was
 * too large, the kit is misconfigured); it says nothing about conformance and is reported apart
 * from {@link #FAILED}. Enum constants are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Outcome {
  /** The system does what the requirement asks (đạt). */
  PASSED("Đạt"),
  /** The system does not do what the requirement asks (không đạt). */
  FAILED("Không đạt"),
  /** Not checked: not selected, not configured or not yet implemented (bỏ qua). */
  SKIPPED("Bỏ qua"),
  /** The check could not run, e.g. the target was unreachable (lỗi khi kiểm tra). */
  ERROR("Lỗi khi kiểm tra");

  private final String vietnamese;

  Outcome(String vietnamese) {
    this.vietnamese = vietnamese;
  }

  /**
   * Returns the outcome's name as shown in Vietnamese reports.
   *
   * @return the Vietnamese name
   */
  public String vietnamese() {
    return vietnamese;
  }
}
