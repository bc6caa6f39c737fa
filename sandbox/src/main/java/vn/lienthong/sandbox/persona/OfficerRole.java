package vn.lienthong.sandbox.persona;

import java.util.Locale;

/**
 * What an officer may do in a one-stop shop (một cửa), as the {@code vn_roles} claim names it. Enum
 * constants are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum OfficerRole {
  /** Receives dossiers at the one-stop desk (cán bộ tiếp nhận). */
  RECEIVER,
  /** Examines and processes dossiers (cán bộ xử lý). */
  PROCESSOR,
  /** Approves and signs results (lãnh đạo phê duyệt, ký). */
  APPROVER,
  /** Records and dispatches documents (văn thư). */
  CLERK,
  /** Administers the system for a unit. */
  ADMIN;

  /**
   * Returns the claim value.
   *
   * @return the lower-case name, such as {@code receiver}
   * @since 0.1.0
   */
  public String claimValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
