package vn.lienthong.conformance;

/**
 * Which requirements a run includes, before {@code --only} narrows them further.
 *
 * <p>Enum constants are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Profile {
  /** Every requirement, REQUIRED and RECOMMENDED (the default; đầy đủ). */
  FULL,
  /** Only REQUIRED requirements: the quick conformance verdict (chỉ yêu cầu bắt buộc). */
  REQUIRED_ONLY;

  /**
   * Tells whether the profile includes a requirement.
   *
   * @param requirement the requirement
   * @return true if it is run under this profile
   */
  public boolean includes(Requirement requirement) {
    return this == FULL || requirement.required();
  }
}
