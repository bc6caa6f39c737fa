package vn.lienthong.core.admin;

/** Shape checks shared by the records of this package. */
final class Codes {

  private Codes() {}

  static boolean isDigits(String s, int length) {
    if (s.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
