package vn.lienthong.conformance;

/**
 * Hears about a run's progress, one requirement at a time (the runner prints a line per
 * requirement).
 *
 * <p>Called from the thread that executes the run; implementations need not be thread-safe unless
 * shared between runs.
 *
 * <pre>{@code
 * ProgressListener listener = result -> System.out.println(result.requirement().id() + " " + result.outcome());
 * }</pre>
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ProgressListener {

  /** A listener that ignores everything. */
  ProgressListener NONE = result -> {};

  /**
   * Called before a requirement's checks run.
   *
   * @param requirement the requirement
   */
  default void started(Requirement requirement) {}

  /**
   * Called when a requirement's checks have run.
   *
   * @param result the requirement's result
   */
  void finished(RequirementResult result);
}
