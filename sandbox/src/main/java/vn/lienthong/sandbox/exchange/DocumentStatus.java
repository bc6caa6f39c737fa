package vn.lienthong.sandbox.exchange;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One status message a receiver reported for a package: 01 arrived (đã đến), 02 refused (từ chối),
 * 03 accepted (tiếp nhận), 04 assigned (phân công), 05 in progress (đang xử lý), 06 done (hoàn
 * thành).
 *
 * @param from the reporting organ id
 * @param statusCode {@code 01} to {@code 06}
 * @param description the reason (required for 02), or null
 * @param timestamp the receiver's timestamp, RFC 3339
 * @since 0.1.0
 */
public record DocumentStatus(
    String from, String statusCode, @Nullable String description, String timestamp) {

  /**
   * Checks for nulls.
   *
   * @param from the organ
   * @param statusCode the code
   * @param description the reason
   * @param timestamp the timestamp
   * @throws NullPointerException if a required argument is null
   */
  public DocumentStatus {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(statusCode, "statusCode");
    Objects.requireNonNull(timestamp, "timestamp");
  }

  /**
   * Returns the reason, if one was given.
   *
   * @return the description
   * @since 0.1.0
   */
  public Optional<String> reason() {
    return Optional.ofNullable(description);
  }
}
