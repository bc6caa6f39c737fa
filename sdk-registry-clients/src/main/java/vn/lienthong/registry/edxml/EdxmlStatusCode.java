package vn.lienthong.registry.edxml;

import java.util.Optional;

/**
 * The processing status a receiver reports back to the sender of a document (QCVN 102:2016 status
 * messages).
 *
 * <p>Enum constants are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum EdxmlStatusCode {
  /** 01: arrived (đã đến). */
  ARRIVED("01"),
  /** 02: refused, with a reason (từ chối). */
  REFUSED("02"),
  /** 03: accepted (tiếp nhận). */
  ACCEPTED("03"),
  /** 04: assigned to an officer (phân công). */
  ASSIGNED("04"),
  /** 05: in progress (đang xử lý). */
  IN_PROGRESS("05"),
  /** 06: done (hoàn thành). */
  DONE("06");

  private final String code;

  EdxmlStatusCode(String code) {
    this.code = code;
  }

  /**
   * Returns the code written in edXML.
   *
   * @return {@code 01} to {@code 06}
   */
  public String code() {
    return code;
  }

  /**
   * Returns the status with a code.
   *
   * @param code the code
   * @return the status, or empty for an unknown code
   */
  public static Optional<EdxmlStatusCode> fromCode(String code) {
    for (EdxmlStatusCode s : values()) {
      if (s.code.equals(code)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
