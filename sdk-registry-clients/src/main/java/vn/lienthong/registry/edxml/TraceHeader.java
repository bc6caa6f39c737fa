package vn.lienthong.registry.edxml;

import java.time.LocalDateTime;
import java.util.Objects;
import vn.lienthong.core.id.AgencyCode;

/**
 * One hop of a package's journey: the organ that handled it and when, in Viet Nam time.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param organ the organ
 * @param timestamp the local time in Viet Nam, to the second
 * @since 0.1.0
 */
public record TraceHeader(AgencyCode organ, LocalDateTime timestamp) {

  /**
   * Creates a trace header; the time is truncated to seconds.
   *
   * @param organ the organ
   * @param timestamp the local time in Viet Nam
   * @throws NullPointerException if an argument is null
   */
  public TraceHeader {
    Objects.requireNonNull(organ, "organ");
    timestamp = Objects.requireNonNull(timestamp, "timestamp").withNano(0);
  }
}
