package vn.lienthong.conformance.internal.checks;

import java.util.ArrayList;
import java.util.List;
import vn.lienthong.conformance.Check;
import vn.lienthong.conformance.CheckContext;
import vn.lienthong.conformance.CheckResult;
import vn.lienthong.conformance.TargetResponse;
import vn.lienthong.conformance.Text;
import vn.lienthong.core.id.PersonalIdNumber;
import vn.lienthong.core.privacy.Masking;

/**
 * {@code priv.public-lookup.no-personal-id} ({@code LT-PRIV-001}): the public look-up of a dossier
 * shows no 12-digit personal identification number. Numbers standing alone (not glued to letters or
 * other digits, as in dossier codes and hashes) are taken as personal ids. Stateless and
 * thread-safe.
 */
public final class PublicLookupCheck implements Check {

  private static final Text EXPECTED =
      new Text(
          "Trang tra cứu công khai không hiển thị số định danh cá nhân (12 chữ số)",
          "the public look-up shows no personal identification number (12 digits)");

  @Override
  public String id() {
    return "priv.public-lookup.no-personal-id";
  }

  @Override
  public String requirement() {
    return "LT-PRIV-001";
  }

  @Override
  public CheckResult run(CheckContext context) {
    String path =
        context
            .setting(CheckContext.PUBLIC_LOOKUP_PATH)
            .or(() -> Walkthrough.publicLookup(context))
            .orElse(null);
    if (path == null) {
      return CheckResult.skipped(Checks.notConfigured(CheckContext.PUBLIC_LOOKUP_PATH));
    }
    TargetResponse r = context.http().get(context.resolve(path));
    if (r.status() != 200) {
      return CheckResult.error(
          "the public look-up answered " + r.status() + ", not 200: nothing to examine",
          List.of(r.exchange()));
    }
    List<String> found = personalIds(r.text());
    if (!found.isEmpty()) {
      String example = Masking.personalIdNumber(found.get(0));
      return CheckResult.failed(
          EXPECTED,
          "Hiển thị "
              + found.size()
              + " số định danh cá nhân, ví dụ "
              + example
              + " (đã che trong báo cáo này)",
          found.size() + " personal id(s) shown, e.g. " + example + " (masked here)",
          List.of(r.exchange()));
    }
    return CheckResult.passed(
        "no personal id in " + r.body().length + " bytes", List.of(r.exchange()));
  }

  /** Finds 12-digit numbers standing alone. */
  static List<String> personalIds(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (!isDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && isDigit(text.charAt(i))) {
        i++;
      }
      boolean alone =
          (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
              && (i == n || !Character.isLetterOrDigit(text.charAt(i)));
      String run = text.substring(start, i);
      if (alone && run.length() == PersonalIdNumber.LENGTH && PersonalIdNumber.isValid(run)) {
        out.add(run);
      }
    }
    return out;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
