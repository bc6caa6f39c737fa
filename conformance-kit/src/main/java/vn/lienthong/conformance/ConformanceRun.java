package vn.lienthong.conformance;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.lienthong.core.ErrorDetails;
import vn.lienthong.core.InvalidInputException;
import vn.lienthong.core.LienThongException;
import vn.lienthong.core.privacy.SafeLogger;

/**
 * Runs the conformance checks against a system under test and returns a {@link RunReport}: the
 * library API vendors use in their own JUnit builds and the engine of the runner CLI.
 *
 * <p>Requirements are selected by the {@link Profile} and {@code only} patterns, then run in
 * catalogue order, their checks one after the other. The registry is verified against the catalogue
 * when the run is built, so a catalogue check nobody implements fails fast. Instances are immutable
 * and thread-safe; each {@link #execute()} is a new run.
 *
 * <pre>{@code
 * RunReport report = ConformanceRun.builder()
 *     .target(URI.create("http://127.0.0.1:8080"))
 *     .only("LT-SIG-*")
 *     .setting(CheckContext.RESULT_PDF_FILE, "ket-qua.pdf")
 *     .build()
 *     .execute();
 * assertThat(report.conforms()).isTrue();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ConformanceRun {

  private static final SafeLogger LOG = SafeLogger.of(ConformanceRun.class);

  private final RequirementCatalogue catalogue;
  private final CheckRegistry registry;
  private final List<Requirement> selected;
  private final Profile profile;
  private final CheckContext contextTemplate;
  private final URI target;
  private final Map<String, URI> sandbox;
  private final Clock clock;
  private final ProgressListener listener;

  private ConformanceRun(Builder b, URI target, CheckRegistry registry) {
    this.catalogue = b.catalogue;
    this.registry = registry.verify(b.catalogue);
    this.profile = b.profile;
    this.target = target;
    this.sandbox = Map.copyOf(b.sandbox);
    this.clock = b.clock;
    this.listener = b.listener;
    List<Requirement> base = b.only == null ? catalogue.all() : select(catalogue, b.only);
    this.selected = base.stream().filter(profile::includes).toList();
    this.contextTemplate = b.context.build();
  }

  /**
   * Starts a run.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the kit version written in reports.
   *
   * @return the version from the jar manifest, or {@code 0.1.0-SNAPSHOT} when run from classes
   */
  public static String kitVersion() {
    String v = ConformanceRun.class.getPackage().getImplementationVersion();
    return v == null ? "0.1.0-SNAPSHOT" : v;
  }

  /**
   * Returns the requirements this run will check, in catalogue order.
   *
   * @return the selected requirements
   */
  public List<Requirement> requirements() {
    return selected;
  }

  /**
   * Runs the selected requirements' checks.
   *
   * @return the report
   */
  public RunReport execute() {
    CheckContext context = contextTemplate.fresh();
    Instant started = clock.instant();
    List<RequirementResult> results = new ArrayList<>();
    for (Requirement r : selected) {
      listener.started(r);
      long t0 = System.nanoTime();
      List<CheckOutcome> outcomes = new ArrayList<>();
      for (String id : r.checks()) {
        outcomes.add(new CheckOutcome(id, runOne(id, context)));
      }
      RequirementResult result =
          new RequirementResult(r, outcomes, Duration.ofNanos(System.nanoTime() - t0));
      results.add(result);
      listener.finished(result);
    }
    return new RunReport(
        target,
        profile,
        started,
        clock.instant(),
        kitVersion(),
        catalogue.areas(),
        results,
        sandbox);
  }

  private CheckResult runOne(String id, CheckContext context) {
    Check check = registry.find(id).orElse(null);
    if (check == null) {
      Text reason =
          registry
              .pendingReason(id)
              .orElse(new Text("Chưa cài đặt phép kiểm tra này.", "Not implemented yet."));
      return CheckResult.skipped(reason);
    }
    try {
      return Objects.requireNonNull(check.run(context), "check returned null");
    } catch (LienThongException e) {
      return CheckResult.error(e.code() + " " + e.message(Locale.ENGLISH), List.of());
    } catch (RuntimeException e) {
      LOG.warn("check {} could not run: {}", id, e.getClass().getName());
      return CheckResult.error(
          "the check could not run: " + e.getClass().getSimpleName(), List.of());
    }
  }

  private static List<Requirement> select(RequirementCatalogue catalogue, String only) {
    try {
      return catalogue.select(only);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          ConformanceErrorCode.RUN_SETTING_INVALID,
          ErrorDetails.field("only")
              .rule("every pattern matches a requirement")
              .rejectedValue(only));
    }
  }

  @Override
  public String toString() {
    return "ConformanceRun[" + target + ", " + selected.size() + " requirements]";
  }

  /**
   * Builds {@link ConformanceRun}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable URI target;
    private @Nullable String only;
    private Profile profile = Profile.FULL;
    private RequirementCatalogue catalogue = RequirementCatalogue.standard();
    private @Nullable CheckRegistry registry;
    private final Map<String, URI> sandbox = new LinkedHashMap<>();
    private Clock clock = Clock.systemUTC();
    private ProgressListener listener = ProgressListener.NONE;
    private final CheckContext.Builder context = CheckContext.builder();

    private Builder() {}

    /**
     * Sets the base URL of the system under test (required).
     *
     * @param target an absolute http(s) URL
     * @return this builder
     * @throws InvalidInputException {@code LT-CONF-0103} if it is not an absolute http(s) URL
     */
    public Builder target(URI target) {
      try {
        context.target(target);
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(
            ConformanceErrorCode.RUN_SETTING_INVALID,
            ErrorDetails.field("target")
                .rule("an absolute http or https URL")
                .rejectedValue(target.toString()));
      }
      this.target = target;
      return this;
    }

    /**
     * Narrows the run to requirements matching comma-separated ids or globs ({@code LT-SIG-*}).
     *
     * @param patterns the patterns, or null for all
     * @return this builder
     */
    public Builder only(@Nullable String patterns) {
      this.only = patterns == null || patterns.isBlank() ? null : patterns;
      return this;
    }

    /**
     * Sets the profile (default {@link Profile#FULL}).
     *
     * @param profile the profile
     * @return this builder
     */
    public Builder profile(Profile profile) {
      this.profile = Objects.requireNonNull(profile, "profile");
      return this;
    }

    /**
     * Sets the catalogue (default {@link RequirementCatalogue#standard()}).
     *
     * @param catalogue the catalogue
     * @return this builder
     */
    public Builder catalogue(RequirementCatalogue catalogue) {
      this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
      return this;
    }

    /**
     * Sets the checks (default {@link CheckRegistry#standard()}).
     *
     * @param registry the registry
     * @return this builder
     */
    public Builder registry(CheckRegistry registry) {
      this.registry = Objects.requireNonNull(registry, "registry");
      return this;
    }

    /**
     * Sets the HTTP client used to reach the target.
     *
     * @param http the client
     * @return this builder
     */
    public Builder http(TargetHttp http) {
      context.http(http);
      return this;
    }

    /**
     * Records the sandbox endpoints the target was told to use.
     *
     * @param endpoints name to URI
     * @return this builder
     */
    public Builder sandbox(Map<String, URI> endpoints) {
      sandbox.putAll(endpoints);
      context.sandbox(endpoints);
      return this;
    }

    /**
     * Uses a sandbox running in this process: records its endpoints, and lets the portal-sync and
     * outage checks read what its portal received and switch its faults.
     *
     * <pre>{@code
     * try (Sandbox sandbox = Sandbox.create().start()) {
     *   // configure the target with sandbox.uri("/portal") and sandbox.lgsp().tokenEndpoint()
     *   RunReport report = ConformanceRun.builder().target(target).sandbox(sandbox).build().execute();
     * }
     * }</pre>
     *
     * @param sandbox a started sandbox
     * @return this builder
     * @throws IllegalStateException if the sandbox is not started
     */
    public Builder sandbox(vn.lienthong.sandbox.Sandbox sandbox) {
      context.runningSandbox(sandbox);
      for (String prefix : sandbox.services().keySet()) {
        this.sandbox.put(prefix, sandbox.uri(prefix));
      }
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
      context.clock(clock);
      return this;
    }

    /**
     * Sets the progress listener.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(ProgressListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      context.listener(listener);
      return this;
    }

    /**
     * Sets a setting read by checks, such as {@link CheckContext#INVALID_INPUT_PATH}.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder setting(String key, String value) {
      context.setting(key, value);
      return this;
    }

    /**
     * Adds trust anchors for signature checks.
     *
     * @param anchors the certificates
     * @return this builder
     */
    public Builder trustAnchors(List<X509Certificate> anchors) {
      context.trustAnchors(anchors);
      return this;
    }

    /**
     * Sets the operator of an interactive run.
     *
     * @param operator the operator, or null for none
     * @return this builder
     */
    public Builder operator(@Nullable Operator operator) {
      context.operator(operator);
      return this;
    }

    /**
     * Builds the run, verifying the checks against the catalogue.
     *
     * @return the run
     * @throws IllegalStateException if the target is missing
     * @throws InvalidInputException {@code LT-CONF-0103} if a pattern of {@link #only} matches no
     *     requirement
     * @throws vn.lienthong.core.ConfigurationException {@code LT-CONF-0101/0102} if the registry
     *     and the catalogue disagree
     */
    public ConformanceRun build() {
      if (target == null) {
        throw new IllegalStateException("target required");
      }
      return new ConformanceRun(
          this, target, registry == null ? CheckRegistry.standard() : registry);
    }
  }
}
