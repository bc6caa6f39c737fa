package vn.lienthong.conformance.internal.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.lienthong.conformance.Check;
import vn.lienthong.conformance.CheckContext;
import vn.lienthong.conformance.CheckResult;
import vn.lienthong.conformance.HttpExchange;
import vn.lienthong.conformance.Text;
import vn.lienthong.sandbox.identity.HostileMode;

/**
 * {@code LT-IDN-001}: the kit plays a hostile identity provider. One login in normal mode must open
 * a session (the control; otherwise the check cannot judge and reports an error), and one login
 * with the given defect in the ID token must not. Stateless and thread-safe.
 */
public final class HostileProviderCheck implements Check {

  /** The defects checked, each with its check id. */
  public enum Kind {
    /** The ID token's signature bytes are altered. */
    BAD_SIGNATURE(
        "bad-signature", HostileMode.BAD_SIGNATURE, "có chữ ký bị sửa", "has an altered signature"),
    /** The ID token is unsigned. */
    ALG_NONE("alg-none", HostileMode.ALG_NONE, "không ký (alg: none)", "is unsigned (alg: none)"),
    /** The ID token names another issuer. */
    WRONG_ISSUER(
        "wrong-issuer",
        HostileMode.WRONG_ISS,
        "ghi sai bên phát hành (iss)",
        "names another issuer (iss)"),
    /** The ID token is meant for another client. */
    WRONG_AUDIENCE(
        "wrong-audience",
        HostileMode.WRONG_AUD,
        "dành cho ứng dụng khác (aud)",
        "is meant for another client (aud)"),
    /** The ID token expired ten minutes ago. */
    EXPIRED("expired", HostileMode.EXPIRED, "đã hết hạn (exp)", "has expired (exp)"),
    /** The ID token carries another nonce. */
    WRONG_NONCE("wrong-nonce", HostileMode.WRONG_NONCE, "mang nonce khác", "carries another nonce");

    private final String suffix;
    private final HostileMode mode;
    private final String vi;
    private final String en;

    Kind(String suffix, HostileMode mode, String vi, String en) {
      this.suffix = suffix;
      this.mode = mode;
      this.vi = vi;
      this.en = en;
    }

    /**
     * Returns the sandbox hostile mode that produces the defect.
     *
     * @return the mode
     */
    public HostileMode mode() {
      return mode;
    }
  }

  private final Kind kind;

  /**
   * Creates the check for one defect.
   *
   * @param kind the defect
   */
  public HostileProviderCheck(Kind kind) {
    this.kind = kind;
  }

  @Override
  public String id() {
    return "idn.hostile-provider." + kind.suffix;
  }

  @Override
  public String requirement() {
    return "LT-IDN-001";
  }

  @Override
  public CheckResult run(CheckContext context) {
    Optional<Text> missing = HostileLogin.missingSetting(context);
    if (missing.isPresent()) {
      return CheckResult.skipped(missing.get());
    }
    HostileLogin.Attempt control = HostileLogin.control(context);
    if (control.problem() != null) {
      return CheckResult.error(
          "control login (normal mode) could not be driven: " + control.problem().en(),
          control.evidence());
    }
    if (!control.session()) {
      return CheckResult.error(
          "control login (normal mode) opened no session: "
              + CheckContext.PROTECTED_PATH
              + " answered "
              + control.probeStatus()
              + " after a valid login, so a refusal would prove nothing",
          control.evidence());
    }
    HostileLogin.Attempt hostile = HostileLogin.attempt(context, kind.mode);
    if (hostile.problem() != null) {
      return CheckResult.error(
          "login with "
              + kind.mode.parameterValue()
              + " could not be driven: "
              + hostile.problem().en(),
          hostile.evidence());
    }
    List<HttpExchange> evidence = new ArrayList<>(hostile.evidence());
    if (hostile.session()) {
      return CheckResult.failed(
          new Text(
              "Hệ thống từ chối đăng nhập khi mã thông báo định danh (ID token) " + kind.vi,
              "the target refuses a login whose ID token " + kind.en),
          "Đăng nhập với ID token "
              + kind.vi
              + " vẫn được chấp nhận: trang "
              + context.setting(CheckContext.PROTECTED_PATH).orElse("")
              + " trả lời 200 (đã mở phiên đăng nhập).",
          "a login whose ID token "
              + kind.en
              + " was accepted: "
              + context.setting(CheckContext.PROTECTED_PATH).orElse("")
              + " answered 200 (a session was opened)",
          evidence);
    }
    return CheckResult.passed(
        "login refused (callback HTTP "
            + hostile.callbackStatus()
            + ", protected page HTTP "
            + hostile.probeStatus()
            + "); control login opened a session",
        evidence);
  }
}
