package vn.lienthong.core.forms;

/**
 * The level of government competent to decide a procedure under the two-level local government
 * (from 1 July 2025 there are no districts).
 *
 * @since 0.1.0
 */
public enum CompetentLevel {
  /** Commune level (cấp xã: xã, phường, đặc khu). */
  COMMUNE,
  /** Provincial level (cấp tỉnh: tỉnh, thành phố). */
  PROVINCE
}
