package vn.lienthong.sandbox.internal.lgsp;

/**
 * What happens to one call: the latency to add, the failure (if any) and the slow-body time.
 *
 * @param latencyMillis delay before processing
 * @param failure the failure
 * @param slowBodyMillis time over which the answer body is written
 */
public record FaultPlan(long latencyMillis, Failure failure, long slowBodyMillis) {

  /** No fault. */
  public static final FaultPlan NONE = new FaultPlan(0, Failure.NONE, 0);

  /** The failure injected into one call. */
  public enum Failure {
    /** Answer normally. */
    NONE,
    /** Answer 503 without processing. */
    SERVER_ERROR,
    /** Close the connection without processing. */
    DROP_BEFORE,
    /** Process, then close the connection without answering. */
    DROP_AFTER
  }
}
