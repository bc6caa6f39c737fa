package vn.lienthong.conformance.internal.checks;

import java.util.Arrays;
import java.util.List;
import vn.lienthong.conformance.Check;
import vn.lienthong.conformance.CheckContext;
import vn.lienthong.conformance.CheckResult;
import vn.lienthong.conformance.TargetResponse;
import vn.lienthong.conformance.Text;
import vn.lienthong.core.privacy.Masking;
import vn.lienthong.core.text.VietnameseText;

/**
 * {@code priv.public-lookup.masked-names} ({@code LT-PRIV-001}): the public look-up does not show
 * the applicant's name unmasked. The tester gives the full name of the applicant of the looked-up
 * dossier ({@link CheckContext#PUBLIC_LOOKUP_APPLICANT}); the answer fails if it contains that
 * name, or the name without the family name, with or without diacritics and in any case. Stateless
 * and thread-safe.
 */
public final class MaskedNamesCheck implements Check {

  private static final Text EXPECTED =
      new Text(
          "Trang tra cứu công khai chỉ hiển thị họ tên đã che (ví dụ Nguyễn V. A.)",
          "the public look-up shows the name masked only (e.g. Nguyễn V. A.)");

  @Override
  public String id() {
    return "priv.public-lookup.masked-names";
  }

  @Override
  public String requirement() {
    return "LT-PRIV-001";
  }

  @Override
  public CheckResult run(CheckContext context) {
    String path = context.setting(CheckContext.PUBLIC_LOOKUP_PATH).orElse(null);
    String name = context.setting(CheckContext.PUBLIC_LOOKUP_APPLICANT).orElse(null);
    if (path == null && name == null) {
      // the dossier the Commune API scenario filed, and its applicant
      path = Walkthrough.publicLookup(context).orElse(null);
      name = path == null ? null : CommuneApi.APPLICANT_NAME;
    }
    if (path == null || name == null) {
      return CheckResult.skipped(
          Checks.notConfigured(
              CheckContext.PUBLIC_LOOKUP_PATH + " + " + CheckContext.PUBLIC_LOOKUP_APPLICANT));
    }
    TargetResponse r = context.http().get(context.resolve(path));
    if (r.status() != 200) {
      return CheckResult.error(
          "the public look-up answered " + r.status() + ", not 200: nothing to examine",
          List.of(r.exchange()));
    }
    String text = " " + VietnameseText.collapseWhitespace(VietnameseText.fold(r.text())) + " ";
    String[] words = VietnameseText.collapseWhitespace(VietnameseText.fold(name)).split(" ");
    String full = String.join(" ", words);
    String withoutFamily = String.join(" ", Arrays.copyOfRange(words, 1, words.length));
    boolean shown = contains(text, full) || (words.length >= 3 && contains(text, withoutFamily));
    String masked = Masking.personName(name);
    if (shown) {
      return CheckResult.failed(
          EXPECTED,
          "Hiển thị họ tên đầy đủ của người nộp (đã che trong báo cáo này: " + masked + ")",
          "the applicant's full name is shown (masked here: " + masked + ")",
          List.of(r.exchange()));
    }
    return CheckResult.passed(
        "the full name is not shown"
            + (r.text().contains(masked) ? "; the masked form " + masked + " is" : ""),
        List.of(r.exchange()));
  }

  private static boolean contains(String text, String words) {
    if (words.isBlank()) {
      return false;
    }
    int i = text.indexOf(words);
    while (i >= 0) {
      boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
      int end = i + words.length();
      boolean after = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (before && after) {
        return true;
      }
      i = text.indexOf(words, i + 1);
    }
    return false;
  }
}
