package vn.lienthong.identity.officer;

import java.util.Optional;

/**
 * What an officer may do in a one-stop shop (bộ phận một cửa) and the offices behind it.
 *
 * <p>Enum constants are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum OfficerRole {
  /** Receives dossiers (tiếp nhận hồ sơ). */
  RECEIVER("receiver", "tiếp nhận"),
  /** Processes dossiers (xử lý hồ sơ). */
  PROCESSOR("processor", "xử lý"),
  /** Approves and signs results (phê duyệt, ký). */
  APPROVER("approver", "phê duyệt"),
  /** Keeps records and issues documents (văn thư). */
  CLERK("clerk", "văn thư"),
  /** Administers the system (quản trị). */
  ADMIN("admin", "quản trị");

  private final String claimValue;
  private final String vietnamese;

  OfficerRole(String claimValue, String vietnamese) {
    this.claimValue = claimValue;
    this.vietnamese = vietnamese;
  }

  /**
   * Returns the value used in the {@code vn_roles} claim.
   *
   * @return the claim value, such as {@code processor}
   * @since 0.1.0
   */
  public String claimValue() {
    return claimValue;
  }

  /**
   * Returns the Vietnamese name of the role.
   *
   * @return the name, such as {@code xử lý}
   * @since 0.1.0
   */
  public String vietnamese() {
    return vietnamese;
  }

  /**
   * Returns the role a claim value names.
   *
   * @param value the claim value
   * @return the role, or empty for any other value
   * @since 0.1.0
   */
  public static Optional<OfficerRole> fromClaimValue(String value) {
    for (OfficerRole r : values()) {
      if (r.claimValue.equals(value)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
