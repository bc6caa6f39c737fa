package vn.lienthong.conformance.internal.checks;

import java.util.List;

/** Test access to the look-up check's scanner. */
public final class PublicLookupCheckAccess {

  private PublicLookupCheckAccess() {}

  public static List<String> personalIds(String text) {
    return PublicLookupCheck.personalIds(text);
  }
}
