package vn.lienthong.conformance.internal.checks;

import vn.lienthong.conformance.Text;

/** Shared texts and helpers of the kit's checks. Stateless and thread-safe. */
final class Checks {

  private Checks() {}

  static Text notConfigured(String setting) {
    return new Text(
        "Chưa cấu hình tham số " + setting + " nên không kiểm tra được.",
        "Not configured: set " + setting + " to run this check.");
  }

  static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max) + "…";
  }
}
