package vn.lienthong.conformance;

/**
 * How binding a requirement is: a system conforms only if every {@link #REQUIRED} requirement
 * passes; {@link #RECOMMENDED} failures are reported but do not fail the run.
 *
 * @since 0.1.0
 */
public enum Level {
  /** Must pass for the system to conform (bắt buộc). */
  REQUIRED("Bắt buộc"),
  /** Should pass; reported as a warning when it does not (khuyến nghị). */
  RECOMMENDED("Khuyến nghị");

  private final String vietnamese;

  Level(String vietnamese) {
    this.vietnamese = vietnamese;
  }

  /**
   * Returns the level's name as shown in Vietnamese reports.
   *
   * @return the Vietnamese name
   */
  public String vietnamese() {
    return vietnamese;
  }
}
