package vn.lienthong.conformance;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import vn.lienthong.sandbox.Sandbox;

/**
 * What a {@link Check} gets to do its work: the target's base URL, an HTTP client with timeouts and
 * size caps, the sandbox endpoints the target was told to use, a clock, the progress listener, the
 * run's settings (such as which path to probe), trust anchors for signatures, and the operator when
 * the run is interactive.
 *
 * <p>Checks that examine the same thing (the several signature checks on one result PDF) share the
 * work through {@link #shared}. Instances are thread-safe; one is made per run.
 *
 * <pre>{@code
 * CheckContext context = CheckContext.builder()
 *     .target(URI.create("http://127.0.0.1:8080"))
 *     .setting(CheckContext.INVALID_INPUT_PATH, "/api/v1/dossiers")
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CheckContext {

  /**
   * Setting: the path (relative to the target) of an endpoint that takes JSON by POST and must
   * reject malformed JSON with problem details ({@code LT-ROB-001}).
   */
  public static final String INVALID_INPUT_PATH = "rob.invalid-input.path";

  /**
   * Setting: the path (relative to the target) of the public look-up of one dossier, code included,
   * whose answer must not show personal ids ({@code LT-PRIV-001}).
   */
  public static final String PUBLIC_LOOKUP_PATH = "priv.public-lookup.path";

  /**
   * Setting: the full name of the applicant of the dossier behind {@link #PUBLIC_LOOKUP_PATH},
   * which the look-up must not show unmasked ({@code LT-PRIV-001}).
   */
  public static final String PUBLIC_LOOKUP_APPLICANT = "priv.public-lookup.applicant-name";

  /** Setting: a result PDF on disk to check ({@code LT-SIG-*}). */
  public static final String RESULT_PDF_FILE = "sig.result.file";

  /** Setting: the path (relative to the target) from which to fetch a result PDF. */
  public static final String RESULT_PDF_PATH = "sig.result.path";

  /**
   * Setting: text found in the agency certificate's subject, which tells the agency's signature
   * from the competent person's ({@code LT-SIG-003}); when absent, a certificate whose common name
   * (CN; the whole subject when it has none) names a People's Committee ("ỦY BAN NHÂN DÂN", "UBND")
   * or an agency ("CƠ QUAN") is taken as the agency's: a person's certificate names the person in
   * CN and the agency only in O.
   */
  public static final String AGENCY_SUBJECT = "sig.agency-subject";

  /**
   * Setting: the path (relative to the target) where a web login starts, such as {@code
   * /dang-nhap}, or an absolute URL on the target's host (when the web pages live outside the API's
   * base path); it must redirect to the kit's identity provider ({@code LT-IDN-001}).
   */
  public static final String LOGIN_PATH = "idn.login-path";

  /**
   * Setting: the path (relative to the target) of a page only a logged-in user gets with 200, such
   * as {@code /cong-dan/ho-so} (or an absolute URL, as for {@link #LOGIN_PATH}); anything else (a
   * redirect to the login, 401, 403) means no session ({@code LT-IDN-001}).
   */
  public static final String PROTECTED_PATH = "idn.protected-path";

  /**
   * Setting: the URL prefix of the kit's identity provider, when it is not one of the {@link
   * #sandbox()} endpoints (such as a standalone sandbox started apart).
   */
  public static final String IDENTITY_PROVIDER = "idn.provider";

  /** Setting: the sandbox citizen persona the kit logs in (default {@code citizen-lan}). */
  public static final String PERSONA = "idn.persona";

  /**
   * Setting: the sandbox officer persona the kit logs in when the login goes to the officer issuer
   * (default {@code officer-receiver}).
   */
  public static final String OFFICER_PERSONA = "idn.officer-persona";

  /**
   * Setting: a Commune API bearer token of an officer whose assignments do not cover the kit's
   * competent commune ({@link #COMPETENT_COMMUNE}), for {@code LT-IDN-002}.
   */
  public static final String FOREIGN_OFFICER_TOKEN = "idn.jurisdiction.officer-token";

  /**
   * Setting: the code of a dossier outside the jurisdiction of the officer of {@link
   * #FOREIGN_OFFICER_TOKEN}; when absent the kit files one for {@link #COMPETENT_COMMUNE} through
   * the portal channel ({@code LT-IDN-002}).
   */
  public static final String FOREIGN_DOSSIER = "idn.jurisdiction.dossier";

  /**
   * Setting: the bearer token the target trusts for portal-side calls of the Commune API (the LGSP
   * gateway's token in a province; the reference app's sandbox value by default).
   */
  public static final String PORTAL_TOKEN = "api.portal-token";

  /**
   * Setting: the competent commune's code the kit files its dossiers for (default {@code 00004}).
   */
  public static final String COMPETENT_COMMUNE = "api.competent-commune";

  /**
   * Setting: the code of the commune office that received the kit's dossiers, another commune than
   * the competent one (default {@code 00008}).
   */
  public static final String RECEIVING_OFFICE = "api.receiving-office";

  /**
   * Setting: the {@code LT-Client} id the kit sends as the portal (a test client id by default).
   */
  public static final String PORTAL_CLIENT = "api.portal-client";

  /**
   * Setting: how many seconds the portal-sync checks ({@code LT-LIFE-002}, {@code LT-LIFE-003})
   * wait for the target's updates to reach the kit's sandbox portal (default {@value
   * #DEFAULT_PORTAL_WAIT_SECONDS}).
   */
  public static final String PORTAL_WAIT_SECONDS = "life.portal.wait-seconds";

  /** The default of {@link #PORTAL_WAIT_SECONDS}. */
  public static final int DEFAULT_PORTAL_WAIT_SECONDS = 20;

  /**
   * Setting: how many seconds the kit keeps the sandbox portal down in the outage check ({@code
   * LT-ROB-003}; default {@value #DEFAULT_OUTAGE_DOWN_SECONDS}).
   */
  public static final String OUTAGE_DOWN_SECONDS = "rob.outage.down-seconds";

  /** The default of {@link #OUTAGE_DOWN_SECONDS}. */
  public static final int DEFAULT_OUTAGE_DOWN_SECONDS = 2;

  /**
   * Setting: how many seconds the outage check waits, once the portal is back, for the updates kept
   * during the outage ({@code LT-ROB-003}; default {@value #DEFAULT_OUTAGE_WAIT_SECONDS}).
   */
  public static final String OUTAGE_WAIT_SECONDS = "rob.outage.wait-seconds";

  /** The default of {@link #OUTAGE_WAIT_SECONDS}. */
  public static final int DEFAULT_OUTAGE_WAIT_SECONDS = 60;

  /** The longest wait any of the wait settings may ask for, in seconds. */
  public static final int MAX_WAIT_SECONDS = 600;

  private final URI target;
  private final TargetHttp http;
  private final Map<String, URI> sandbox;
  private final Clock clock;
  private final ProgressListener listener;
  private final Map<String, String> settings;
  private final List<X509Certificate> trustAnchors;
  private final @Nullable Operator operator;
  private final @Nullable Sandbox runningSandbox;
  private final Map<String, Object> shared = new ConcurrentHashMap<>();

  private CheckContext(CheckContext prototype) {
    this.target = prototype.target;
    this.http = prototype.http;
    this.sandbox = prototype.sandbox;
    this.clock = prototype.clock;
    this.listener = prototype.listener;
    this.settings = prototype.settings;
    this.trustAnchors = prototype.trustAnchors;
    this.operator = prototype.operator;
    this.runningSandbox = prototype.runningSandbox;
  }

  /**
   * Returns a context with the same settings and nothing shared yet: one per run.
   *
   * @return a fresh context
   */
  public CheckContext fresh() {
    return new CheckContext(this);
  }

  private CheckContext(Builder b) {
    this.target = Objects.requireNonNull(b.target, "target");
    this.http = b.http == null ? TargetHttp.create(TargetHttp.DEFAULT_TIMEOUT) : b.http;
    this.sandbox = Map.copyOf(b.sandbox);
    this.clock = b.clock;
    this.listener = b.listener;
    this.settings = Map.copyOf(b.settings);
    this.trustAnchors = List.copyOf(b.trustAnchors);
    this.operator = b.operator;
    this.runningSandbox = b.runningSandbox;
  }

  /**
   * Starts a context.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the base URL of the system under test.
   *
   * @return the base URL
   */
  public URI target() {
    return target;
  }

  /**
   * Resolves a path against the target's base URL.
   *
   * @param path a path such as {@code /api/v1/dossiers}
   * @return the absolute URI
   * @throws IllegalArgumentException if the path is not a valid URI reference
   */
  public URI resolve(String path) {
    String base = target.toString();
    String joined =
        base.endsWith("/") && path.startsWith("/")
            ? base + path.substring(1)
            : base.endsWith("/") || path.startsWith("/") ? base + path : base + "/" + path;
    return URI.create(joined);
  }

  /**
   * Returns the HTTP client to reach the target.
   *
   * @return the client
   */
  public TargetHttp http() {
    return http;
  }

  /**
   * Returns the sandbox endpoints the target was told to use.
   *
   * @return name (such as {@code /idp}) to URI; empty when no sandbox runs
   */
  public Map<String, URI> sandbox() {
    return sandbox;
  }

  /**
   * Returns the sandbox the kit started in this process for the target to use, whose portal and
   * faults the portal-sync and outage checks read and switch.
   *
   * @return the running sandbox, empty when the kit runs without one
   */
  public Optional<Sandbox> runningSandbox() {
    return Optional.ofNullable(runningSandbox);
  }

  /**
   * Returns a wait setting in seconds.
   *
   * @param key the setting, such as {@link #PORTAL_WAIT_SECONDS}
   * @param fallback the default
   * @return the wait
   * @throws vn.lienthong.core.InvalidInputException {@code LT-CONF-0103} if the value is not a
   *     whole number from 0 to {@link #MAX_WAIT_SECONDS}
   */
  public java.time.Duration waitSetting(String key, int fallback) {
    String v = setting(key).orElse(null);
    if (v == null) {
      return java.time.Duration.ofSeconds(fallback);
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n >= 0 && n <= MAX_WAIT_SECONDS) {
        return java.time.Duration.ofSeconds(n);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new vn.lienthong.core.InvalidInputException(
        ConformanceErrorCode.RUN_SETTING_INVALID,
        vn.lienthong.core.ErrorDetails.field(key)
            .rule("whole seconds 0-" + MAX_WAIT_SECONDS)
            .rejectedValue(v));
  }

  /**
   * Returns the run's clock.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Returns the progress listener.
   *
   * @return the listener
   */
  public ProgressListener listener() {
    return listener;
  }

  /**
   * Returns a setting.
   *
   * @param key the key, such as {@link #INVALID_INPUT_PATH}
   * @return the value, empty when not set or blank
   */
  public Optional<String> setting(String key) {
    return Optional.ofNullable(settings.get(key)).filter(v -> !v.isBlank());
  }

  /**
   * Returns every setting.
   *
   * @return key to value
   */
  public Map<String, String> settings() {
    return settings;
  }

  /**
   * Returns the trust anchors signatures must chain to.
   *
   * @return the certificates, empty when none was configured
   */
  public List<X509Certificate> trustAnchors() {
    return trustAnchors;
  }

  /**
   * Returns the operator, when the run is interactive.
   *
   * @return the operator, empty otherwise
   */
  public Optional<Operator> operator() {
    return Optional.ofNullable(operator);
  }

  /**
   * Computes a value once per run and shares it between checks, such as a validated result PDF.
   *
   * @param key the key; use the check family's package-like prefix
   * @param type the value's type
   * @param compute computes the value the first time
   * @param <T> the value's type
   * @return the shared value
   * @throws ClassCastException if the key already holds a value of another type
   */
  public <T> T shared(String key, Class<T> type, Supplier<T> compute) {
    return type.cast(shared.computeIfAbsent(key, k -> compute.get()));
  }

  @Override
  public String toString() {
    return "CheckContext[" + target + "]";
  }

  /**
   * Builds {@link CheckContext}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable URI target;
    private @Nullable TargetHttp http;
    private final Map<String, URI> sandbox = new LinkedHashMap<>();
    private Clock clock = Clock.systemUTC();
    private ProgressListener listener = ProgressListener.NONE;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private final List<X509Certificate> trustAnchors = new java.util.ArrayList<>();
    private @Nullable Operator operator;
    private @Nullable Sandbox runningSandbox;

    private Builder() {}

    /**
     * Sets the base URL of the system under test (required).
     *
     * @param target an absolute http or https URL
     * @return this builder
     * @throws IllegalArgumentException if it is not an absolute http(s) URL
     */
    public Builder target(URI target) {
      String scheme = target.getScheme();
      if (!"http".equals(scheme) && !"https".equals(scheme) || target.getHost() == null) {
        throw new IllegalArgumentException("target must be an absolute http(s) URL: " + target);
      }
      this.target = target;
      return this;
    }

    /**
     * Sets the HTTP client (default: {@link TargetHttp#DEFAULT_TIMEOUT}).
     *
     * @param http the client
     * @return this builder
     */
    public Builder http(TargetHttp http) {
      this.http = Objects.requireNonNull(http, "http");
      return this;
    }

    /**
     * Adds the sandbox endpoints offered to the target.
     *
     * @param endpoints name to URI
     * @return this builder
     */
    public Builder sandbox(Map<String, URI> endpoints) {
      this.sandbox.putAll(endpoints);
      return this;
    }

    /**
     * Sets the sandbox running in this process for the target, and adds its endpoints.
     *
     * @param sandbox a started sandbox
     * @return this builder
     * @throws IllegalStateException if the sandbox is not started
     */
    public Builder runningSandbox(Sandbox sandbox) {
      for (String prefix : sandbox.services().keySet()) {
        this.sandbox.put(prefix, sandbox.uri(prefix));
      }
      this.runningSandbox = sandbox;
      return this;
    }

    /**
     * Sets the clock (default: the system clock).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the progress listener (default: none).
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(ProgressListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Sets one setting.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder setting(String key, String value) {
      settings.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Adds settings.
     *
     * @param values key to value
     * @return this builder
     */
    public Builder settings(Map<String, String> values) {
      values.forEach(this::setting);
      return this;
    }

    /**
     * Adds trust anchors for signature checks.
     *
     * @param anchors the certificates
     * @return this builder
     */
    public Builder trustAnchors(List<X509Certificate> anchors) {
      trustAnchors.addAll(anchors);
      return this;
    }

    /**
     * Sets the operator for steps the target cannot be driven through.
     *
     * @param operator the operator, or null for a non-interactive run
     * @return this builder
     */
    public Builder operator(@Nullable Operator operator) {
      this.operator = operator;
      return this;
    }

    /**
     * Builds the context.
     *
     * @return the context
     * @throws IllegalStateException if the target is missing
     */
    public CheckContext build() {
      if (target == null) {
        throw new IllegalStateException("target required");
      }
      return new CheckContext(this);
    }
  }
}
