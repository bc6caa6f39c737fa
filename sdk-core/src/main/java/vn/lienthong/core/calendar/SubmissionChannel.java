package vn.lienthong.core.calendar;

/**
 * How a dossier reached the receiving office, which decides when its deadline starts.
 *
 * @since 0.1.0
 */
public enum SubmissionChannel {
  /** Handed in at the one-stop desk (bộ phận một cửa). */
  IN_PERSON,
  /**
   * Submitted online (dịch vụ công trực tuyến); outside office hours it counts from the next office
   * period.
   */
  ONLINE,
  /** Sent by post (dịch vụ bưu chính công ích); counted from its delivery to the office. */
  POSTAL
}
