package vn.lienthong.sandbox.internal.lgsp;

import vn.lienthong.sandbox.internal.http.HttpReply;

/** Helpers applying a {@link FaultPlan}: sleeping and marking a reply for a slow body. */
public final class Faults {

  private Faults() {}

  /**
   * Sleeps, keeping the interrupt flag.
   *
   * @param millis how long; nothing when 0 or less
   */
  public static void sleep(long millis) {
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Marks a reply so the router writes its body over the given time.
   *
   * @param reply the reply
   * @param millis the time, nothing when 0 or less
   * @return the marked reply
   */
  public static HttpReply pace(HttpReply reply, long millis) {
    return millis <= 0 ? reply : reply.header(HttpReply.PACE_HEADER, Long.toString(millis));
  }
}
