package vn.lienthong.conformance;

import java.net.URI;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of a conformance run: the target, when, with which kit version and profile, and the
 * result of every requirement run.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * RunReport report = ConformanceRun.builder().target(uri).build().execute();
 * if (!report.conforms()) {
 *   report.results().stream().filter(r -> r.outcome() == Outcome.FAILED).forEach(System.out::println);
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class RunReport {

  private final URI target;
  private final Profile profile;
  private final Instant startedAt;
  private final Instant finishedAt;
  private final String kitVersion;
  private final Map<String, Text> areas;
  private final List<RequirementResult> results;
  private final Map<String, URI> sandbox;

  /**
   * Creates a report; used by {@link ConformanceRun} and by readers of saved reports.
   *
   * @param target the system under test
   * @param profile the profile run
   * @param startedAt when the run started
   * @param finishedAt when it finished
   * @param kitVersion the kit version
   * @param areas the catalogue's areas (code to name), in catalogue order
   * @param results the requirement results, in catalogue order
   * @param sandbox the sandbox endpoints offered to the target (name to URI)
   * @throws NullPointerException if an argument is null
   */
  public RunReport(
      URI target,
      Profile profile,
      Instant startedAt,
      Instant finishedAt,
      String kitVersion,
      Map<String, Text> areas,
      List<RequirementResult> results,
      Map<String, URI> sandbox) {
    this.target = Objects.requireNonNull(target, "target");
    this.profile = Objects.requireNonNull(profile, "profile");
    this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
    this.finishedAt = Objects.requireNonNull(finishedAt, "finishedAt");
    this.kitVersion = Objects.requireNonNull(kitVersion, "kitVersion");
    this.areas = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(areas));
    this.results = List.copyOf(results);
    this.sandbox = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sandbox));
  }

  /**
   * Returns the system under test.
   *
   * @return its base URL
   */
  public URI target() {
    return target;
  }

  /**
   * Returns the profile run.
   *
   * @return the profile
   */
  public Profile profile() {
    return profile;
  }

  /**
   * Returns when the run started.
   *
   * @return the instant
   */
  public Instant startedAt() {
    return startedAt;
  }

  /**
   * Returns when the run finished.
   *
   * @return the instant
   */
  public Instant finishedAt() {
    return finishedAt;
  }

  /**
   * Returns the version of the kit that made the report.
   *
   * @return the version
   */
  public String kitVersion() {
    return kitVersion;
  }

  /**
   * Returns the catalogue's areas, in catalogue order.
   *
   * @return area code to name
   */
  public Map<String, Text> areas() {
    return areas;
  }

  /**
   * Returns the requirement results, in catalogue order.
   *
   * @return the results
   */
  public List<RequirementResult> results() {
    return results;
  }

  /**
   * Returns the sandbox endpoints offered to the target during the run.
   *
   * @return name to URI, empty when none was started
   */
  public Map<String, URI> sandbox() {
    return sandbox;
  }

  /**
   * Finds the result of a requirement.
   *
   * @param requirementId the id, e.g. {@code LT-SIG-001}
   * @return the result, empty if the requirement was not run
   */
  public Optional<RequirementResult> result(String requirementId) {
    return results.stream().filter(r -> r.requirement().id().equals(requirementId)).findFirst();
  }

  /**
   * Tells whether the system conforms: every REQUIRED requirement run passed (and at least one was
   * run).
   *
   * @return true if it conforms
   */
  public boolean conforms() {
    List<RequirementResult> required =
        results.stream().filter(r -> r.requirement().required()).toList();
    return !required.isEmpty() && required.stream().allMatch(r -> r.outcome() == Outcome.PASSED);
  }

  /**
   * Counts requirement outcomes.
   *
   * @return outcome to count, every outcome present
   */
  public Map<Outcome, Integer> counts() {
    return counts(null);
  }

  /**
   * Counts requirement outcomes in one area.
   *
   * @param area the area code, or null for all areas
   * @return outcome to count, every outcome present
   */
  public Map<Outcome, Integer> counts(@org.jspecify.annotations.Nullable String area) {
    Map<Outcome, Integer> m = new EnumMap<>(Outcome.class);
    for (Outcome o : Outcome.values()) {
      m.put(o, 0);
    }
    for (RequirementResult r : results) {
      if (area == null || r.requirement().area().equals(area)) {
        m.merge(r.outcome(), 1, Integer::sum);
      }
    }
    return m;
  }

  @Override
  public String toString() {
    return "RunReport["
        + target
        + ", "
        + results.size()
        + " requirements, conforms="
        + conforms()
        + "]";
  }
}
