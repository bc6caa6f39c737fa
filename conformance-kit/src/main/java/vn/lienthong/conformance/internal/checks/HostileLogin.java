package vn.lienthong.conformance.internal.checks;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.lienthong.conformance.CheckContext;
import vn.lienthong.conformance.HttpExchange;
import vn.lienthong.conformance.TargetHttp;
import vn.lienthong.conformance.Text;
import vn.lienthong.sandbox.identity.HostileMode;

/**
 * Drives one web login of the target through the kit's identity provider, in normal mode or with a
 * {@link HostileMode}: start at the target's login path, follow its redirects to the provider, let
 * the provider log the configured persona in at once (the kit controls the provider, so it uses the
 * sandbox's automation headers), follow the callback back to the target, then ask for the protected
 * page: a 200 answer there means the target opened a session. Stateless and thread-safe.
 */
final class HostileLogin {

  /** The header that picks the persona at the sandbox provider. */
  static final String PERSONA_HEADER = "X-Sandbox-Persona";

  /** The header that asks the sandbox provider for a defect. */
  static final String HOSTILE_HEADER = "X-Sandbox-Hostile";

  static final String DEFAULT_CITIZEN = "citizen-lan";
  static final String DEFAULT_OFFICER = "officer-receiver";

  private static final String CONTROL_KEY = "idn.hostile-provider.control";

  /**
   * What one login did.
   *
   * @param problem why the login could not be driven (kit-side or protocol trouble), null if it
   *     could
   * @param session whether the protected page answered 200 afterwards
   * @param callbackStatus the status of the target's callback, 0 when never reached
   * @param probeStatus the status of the protected page, 0 when never asked
   * @param evidence the requests made
   */
  record Attempt(
      @Nullable Text problem,
      boolean session,
      int callbackStatus,
      int probeStatus,
      List<HttpExchange> evidence) {}

  private HostileLogin() {}

  /** The settings the checks need, or the text saying which one is missing. */
  static Optional<Text> missingSetting(CheckContext context) {
    if (context.setting(CheckContext.LOGIN_PATH).isEmpty()) {
      return Optional.of(Checks.notConfigured(CheckContext.LOGIN_PATH));
    }
    if (context.setting(CheckContext.PROTECTED_PATH).isEmpty()) {
      return Optional.of(Checks.notConfigured(CheckContext.PROTECTED_PATH));
    }
    if (providers(context).isEmpty()) {
      return Optional.of(
          new Text(
              "Bộ công cụ không chạy nhà cung cấp định danh giả lập (sandbox) nào và chưa cấu hình "
                  + CheckContext.IDENTITY_PROVIDER
                  + ".",
              "The kit runs no sandbox identity provider and "
                  + CheckContext.IDENTITY_PROVIDER
                  + " is not set."));
    }
    return Optional.empty();
  }

  /** The control login in normal mode, once per run. */
  static Attempt control(CheckContext context) {
    return context.shared(CONTROL_KEY, Attempt.class, () -> attempt(context, null));
  }

  /** One login, with a defect or (null) in normal mode. */
  static Attempt attempt(CheckContext context, @Nullable HostileMode mode) {
    LoginBrowser browser = new LoginBrowser(TargetHttp.DEFAULT_TIMEOUT);
    String origin = LoginBrowser.origin(context.target());
    int callbackStatus = 0;
    try {
      LoginBrowser.Page page = browser.get(at(context, CheckContext.LOGIN_PATH), Map.of());
      while (page.redirect() && LoginBrowser.origin(page.location()).equals(origin)) {
        page = browser.get(page.location(), Map.of());
      }
      if (!page.redirect()) {
        return broken(
            browser,
            new Text(
                "Trang đăng nhập không chuyển tới nhà cung cấp định danh (HTTP "
                    + page.status()
                    + ").",
                "The login path did not redirect to an identity provider (HTTP "
                    + page.status()
                    + ")."));
      }
      URI authorize = page.location();
      if (providers(context).stream().noneMatch(p -> authorize.toString().startsWith(p))) {
        return broken(
            browser,
            new Text(
                "Hệ thống chuyển tới nhà cung cấp định danh khác, không phải của bộ công cụ: "
                    + Checks.cut(authorize.toString(), 200),
                "The target sends its login to another identity provider than the kit's: "
                    + Checks.cut(authorize.toString(), 200)));
      }
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put(PERSONA_HEADER, persona(context, authorize));
      if (mode != null) {
        headers.put(HOSTILE_HEADER, mode.parameterValue());
      }
      page = browser.get(authorize, headers);
      if (!page.redirect() || !LoginBrowser.origin(page.location()).equals(origin)) {
        return broken(
            browser,
            new Text(
                "Nhà cung cấp định danh của bộ công cụ không chuyển về hệ thống (HTTP "
                    + page.status()
                    + "); kiểm tra client_id và redirect_uri đã đăng ký.",
                "The kit's identity provider did not redirect back to the target (HTTP "
                    + page.status()
                    + "); check the registered client id and redirect URI."));
      }
      page = browser.get(page.location(), Map.of());
      callbackStatus = page.status();
      while (page.redirect()
          && LoginBrowser.origin(page.location()).equals(origin)
          && browser.evidence().size() < LoginBrowser.MAX_STEPS - 1) {
        page = browser.get(page.location(), Map.of());
      }
      LoginBrowser.Page probe = browser.get(at(context, CheckContext.PROTECTED_PATH), Map.of());
      return new Attempt(
          null, probe.status() == 200, callbackStatus, probe.status(), browser.evidence());
    } catch (IOException | IllegalArgumentException e) {
      return broken(
          browser,
          new Text(
              "Không hoàn tất được lượt đăng nhập: " + e.getMessage(),
              "Could not complete the login: " + e.getMessage()));
    }
  }

  /** A path setting resolved against the target, or taken as is when it is an absolute URL. */
  private static URI at(CheckContext context, String setting) {
    String value = context.setting(setting).orElseThrow();
    URI u = URI.create(value);
    return u.isAbsolute() ? u : context.resolve(value);
  }

  private static Attempt broken(LoginBrowser browser, Text problem) {
    return new Attempt(problem, false, 0, 0, browser.evidence());
  }

  static List<String> providers(CheckContext context) {
    List<String> out = new ArrayList<>();
    context.setting(CheckContext.IDENTITY_PROVIDER).ifPresent(out::add);
    context.sandbox().values().forEach(u -> out.add(u.toString()));
    return out;
  }

  private static String persona(CheckContext context, URI authorize) {
    boolean officer = authorize.getPath().contains("officer");
    return officer
        ? context.setting(CheckContext.OFFICER_PERSONA).orElse(DEFAULT_OFFICER)
        : context.setting(CheckContext.PERSONA).orElse(DEFAULT_CITIZEN);
  }
}
